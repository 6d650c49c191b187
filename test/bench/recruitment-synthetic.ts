import { type Money, toDecimalString } from '@unforced/core';

/** A small deterministic generator (LCG), so every run builds the same workforce. */
function createRandom(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (Math.imul(state, 1_664_525) + 1_013_904_223) >>> 0;
    return state / 4_294_967_296;
  };
  return {
    next,
    int: (min: number, max: number) => min + Math.floor(next() * (max - min + 1)),
    pick: <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T,
    chance: (p: number) => next() < p,
  };
}

const ORIGINS = [
  { country: 'NP', currency: 'NPR', language: 'ne' },
  { country: 'BD', currency: 'BDT', language: 'bn' },
  { country: 'IN', currency: 'INR', language: 'hi' },
  { country: 'PH', currency: 'PHP', language: 'fil' },
  { country: 'VN', currency: 'VND', language: 'vi' },
  { country: 'ID', currency: 'IDR', language: 'id' },
  { country: 'MM', currency: 'MMK', language: 'my' },
] as const;

const DESTINATIONS = [
  { country: 'MY', currency: 'MYR', wage: 170_000 },
  { country: 'TW', currency: 'TWD', wage: 2_747_000 },
  { country: 'SA', currency: 'SAR', wage: 150_000 },
] as const;

/** Units of each origin currency per unit of each wage currency (synthetic rates). */
const PER_UNIT: Record<string, number> = {
  NPR: 28,
  BDT: 26,
  INR: 18,
  PHP: 12,
  VND: 5_400,
  IDR: 3_500,
  MMK: 470,
};
const WAGE_IN_USD: Record<string, number> = { MYR: 1, TWD: 0.14, SAR: 1.2 };

const DESCRIPTIONS = [
  'agency fee',
  'service charge',
  'medical check-up',
  'GAMCA medical',
  'visa processing',
  'air ticket',
  'insurance',
  'pre-departure orientation',
  'skills test',
  'security deposit',
  'work permit',
  'recruitmnet fee',
  'levy',
  'misc',
];

/** Caller-supplied rates for every origin/wage currency pair used by the generator. */
export function syntheticFxRates() {
  const rates = [];
  for (const d of DESTINATIONS)
    for (const o of ORIGINS) {
      const rate = Math.round((PER_UNIT[o.currency] ?? 1) * (WAGE_IN_USD[d.currency] ?? 1) * 100) / 100;
      rates.push({ base: d.currency, quote: o.currency, rate: rate.toFixed(2), date: '2026-11-01' });
    }
  return rates;
}

const money = (amountMinor: number, currency: string): Money => ({ amountMinor, currency });

/**
 * A synthetic workforce of `count` workers, about 6 cost items and 12 payslips each (1–3 deductions per
 * payslip), one loan for one worker in five, a passport record each, 100 workers per facility.
 */
export function syntheticWorkers(count: number, seed = 20_261_122) {
  const r = createRandom(seed);
  const workers = [];
  for (let i = 0; i < count; i += 1) {
    const origin = r.pick(ORIGINS);
    const destination = r.chance(0.7) ? DESTINATIONS[0] : r.pick(DESTINATIONS);
    const wage = money(destination.wage, destination.currency);
    const costs = [];
    const costCount = r.int(4, 8);
    for (let c = 0; c < costCount; c += 1) {
      const units = r.int(1_000, 150_000);
      costs.push({
        id: `C-${c}`,
        description: r.pick(DESCRIPTIONS),
        amount: money(origin.currency === 'VND' ? units * 200 : units * 100, origin.currency),
        paidOn: `2025-${String(r.int(8, 10)).padStart(2, '0')}-${String(r.int(10, 28)).padStart(2, '0')}`,
        paidBy: r.chance(0.75) ? 'worker' : 'employer',
        recoveredThroughDeductions: r.chance(0.05),
      });
    }
    const hasLoan = r.chance(0.2);
    const loans = hasLoan
      ? [
          {
            id: 'L-1',
            kind: r.chance(0.3) ? 'recruitment-debt' : 'loan',
            principal: money(destination.wage * r.int(1, 3), destination.currency),
            issuedOn: '2025-11-15',
            lender: { kind: 'employer' },
            ...(r.chance(0.8)
              ? {
                  schedule: {
                    installment: money(Math.round(destination.wage / 5), destination.currency),
                    frequency: 'monthly',
                    firstDueOn: '2025-12-31',
                  },
                }
              : {}),
          },
        ]
      : [];
    const payslips = [];
    for (let m = 0; m < 12; m += 1) {
      const year = m < 2 ? 2025 : 2026;
      const month = m < 2 ? 11 + m : m - 1;
      const mm = String(month).padStart(2, '0');
      const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
      const deductions = [
        {
          amount: money(Math.round(destination.wage * 0.05), destination.currency),
          reason: 'income tax',
          kind: 'tax',
        },
      ];
      const extra = r.int(0, 2);
      for (let k = 0; k < extra; k += 1) {
        const kind = r.pick([
          'accommodation',
          'recruitment-fee',
          'loan-repayment',
          'social-security',
          'disciplinary',
        ] as const);
        if (kind === 'loan-repayment' && !hasLoan) continue;
        deductions.push({
          amount: money(Math.round(destination.wage * 0.04), destination.currency),
          reason: kind,
          kind,
          ...(kind === 'accommodation' && r.chance(0.5) ? { lawfulBasis: 'Employment Act s.24' } : {}),
          ...(kind === 'loan-repayment' ? { loanId: 'L-1' } : {}),
        } as (typeof deductions)[number]);
      }
      const deducted = deductions.reduce((sum, d) => sum + d.amount.amountMinor, 0);
      const nextMonth =
        month === 12 ? `${year + 1}-01-07` : `${year}-${String(month + 1).padStart(2, '0')}-07`;
      payslips.push({
        id: `P-${year}-${mm}`,
        periodStart: `${year}-${mm}-01`,
        periodEnd: `${year}-${mm}-${last}`,
        gross: wage,
        deductions,
        net: money(wage.amountMinor - deducted, wage.currency),
        ...(r.chance(0.97) ? { paidOn: nextMonth } : {}),
      });
    }
    const held = r.chance(0.3);
    workers.push({
      id: `W-${String(i).padStart(6, '0')}`,
      facilityId: `FAC-${String(Math.floor(i / 100)).padStart(4, '0')}`,
      originCountry: origin.country,
      destinationCountry: destination.country,
      occupation: 'machine operator',
      occupationCategory: 'manufacturing',
      languages: [origin.language],
      contract: {
        monthlyGrossBaseWage: wage,
        startDate: '2025-11-01',
        durationMonths: 24,
        language: r.chance(0.9) ? origin.language : 'en',
        signedBeforeDeparture: r.chance(0.85),
      },
      costs,
      loans,
      payslips,
      documents: [
        {
          document: 'passport',
          heldBy: held ? 'employer' : 'worker',
          consent: held ? r.chance(0.3) : true,
          observedOn: '2026-10-01',
        },
      ],
    });
  }
  return workers;
}

type SyntheticWorker = ReturnType<typeof syntheticWorkers>[number];

const quote = (value: string) => (/[",\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);
const line = (values: readonly (string | number | boolean | undefined)[]) =>
  values.map((v) => (v === undefined ? '' : quote(String(v)))).join(',');

/** The same workforce as the CSV files `parseWorkersCsv` reads. */
export function toCsvFiles(workers: readonly SyntheticWorker[]) {
  const w = [
    'worker_id,facility_id,origin_country,destination_country,occupation,occupation_category,languages,wage,wage_currency,contract_start,contract_months,contract_language,signed_before_departure',
  ];
  const c = ['worker_id,cost_id,description,amount,currency,paid_on,paid_by,recovered_through_deductions'];
  const p = ['worker_id,payslip_id,period_start,period_end,currency,gross,net,paid_on'];
  const d = ['worker_id,payslip_id,amount,kind,reason,lawful_basis,loan_id'];
  const l = ['worker_id,loan_id,kind,principal,currency,issued_on,lender_kind,installment,first_due_on'];
  const doc = ['worker_id,document,held_by,consent,observed_on'];
  for (const worker of workers) {
    const k = worker.contract;
    w.push(
      line([
        worker.id,
        worker.facilityId,
        worker.originCountry,
        worker.destinationCountry,
        worker.occupation,
        worker.occupationCategory,
        worker.languages.join(';'),
        toDecimalString(k.monthlyGrossBaseWage),
        k.monthlyGrossBaseWage.currency,
        k.startDate,
        k.durationMonths,
        k.language,
        k.signedBeforeDeparture,
      ]),
    );
    for (const cost of worker.costs)
      c.push(
        line([
          worker.id,
          cost.id,
          cost.description,
          toDecimalString(cost.amount),
          cost.amount.currency,
          cost.paidOn,
          cost.paidBy,
          cost.recoveredThroughDeductions,
        ]),
      );
    for (const slip of worker.payslips) {
      p.push(
        line([
          worker.id,
          slip.id,
          slip.periodStart,
          slip.periodEnd,
          slip.gross.currency,
          toDecimalString(slip.gross),
          toDecimalString(slip.net),
          slip.paidOn,
        ]),
      );
      for (const ded of slip.deductions) {
        const extra = ded as { lawfulBasis?: string; loanId?: string };
        d.push(
          line([
            worker.id,
            slip.id,
            toDecimalString(ded.amount),
            ded.kind,
            ded.reason,
            extra.lawfulBasis,
            extra.loanId,
          ]),
        );
      }
    }
    for (const loan of worker.loans) {
      const schedule = (loan as { schedule?: { installment: Money; firstDueOn: string } }).schedule;
      l.push(
        line([
          worker.id,
          loan.id,
          loan.kind,
          toDecimalString(loan.principal),
          loan.principal.currency,
          loan.issuedOn,
          loan.lender.kind,
          schedule === undefined ? undefined : toDecimalString(schedule.installment),
          schedule?.firstDueOn,
        ]),
      );
    }
    for (const record of worker.documents)
      doc.push(line([worker.id, record.document, record.heldBy, record.consent, record.observedOn]));
  }
  const join = (rows: string[]) => `${rows.join('\n')}\n`;
  return {
    workers: join(w),
    costs: join(c),
    payslips: join(p),
    deductions: join(d),
    loans: join(l),
    documents: join(doc),
  };
}
