import { Finding } from '@unforced/core';
import { describe, expect, it } from 'vitest';
import { checkParsedWorkers, checkRecruitment, type RecruitmentReport } from './check-recruitment.js';
import { parseWorkers } from './input/parsed-workers.js';
import { AS_OF, buildWorker, cost, MYR_NPR, myr, npr, payslip } from './testing/builders.js';

function run(workers: unknown[], options: Record<string, unknown> = {}): RecruitmentReport {
  const result = checkRecruitment(workers, { asOf: AS_OF, fxRates: [MYR_NPR], ...options });
  if (result.isErr()) throw result.error;
  return result.value;
}

const findingsOf = (report: RecruitmentReport, id: string, code: string) =>
  report.findings.filter((f) => f.subject.id === id && f.code === code);

/** The first example: a Nepali worker hired for a Malaysian electronics plant. */
const nepaliWorker = (id: string, extra: Record<string, unknown> = {}) =>
  buildWorker({
    id,
    costs: [
      cost('C-1', 'agency fee', npr(150_000), { paidTo: { kind: 'recruiter', id: 'REC-KTM-1' }, ...extra }),
      cost('C-2', 'medical check-up', npr(20_000), { paidOn: '2026-02-12', ...extra }),
    ],
  });

describe('example 1: Nepal → Malaysia, NPR 150,000 agency fee + NPR 20,000 medical, MYR 1,700 wage', () => {
  const report = run([nepaliWorker('W-NP-1')]);

  it('every finding satisfies the Finding contract', () => {
    for (const finding of report.findings)
      expect(Finding.safeParse(finding).success, finding.code).toBe(true);
  });

  it('raises an Employer Pays finding for each cost, whatever Nepal allows', () => {
    const fee = findingsOf(report, 'W-NP-1', 'recruitment.epp.fee-borne-by-worker');
    const medical = findingsOf(report, 'W-NP-1', 'recruitment.epp.related-cost-borne-by-worker');
    expect(fee).toHaveLength(1);
    expect(medical).toHaveLength(1);
    // Not repaid: RBA "major" = high. Both cite ILO General Principle 7 and the EPP.
    expect(fee[0]?.severity).toBe('high');
    expect(medical[0]?.metrics.category).toBe('medical');
    for (const f of [...fee, ...medical]) {
      expect(f.standards).toContainEqual({
        standard: 'ILO-FAIR-RECRUITMENT-2019',
        clause: 'General Principle 7',
      });
      expect(f.standards.map((s) => s.standard)).toContain('EPP');
    }
  });

  it('raises a separate legal-cap finding: NPR 150,000 against the NPR 10,000 FVFT cap', () => {
    const [cap] = findingsOf(report, 'W-NP-1', 'recruitment.legal-cap.exceeded');
    // FVFT caps the agency service charge only (covers: recruitment-fees), so the medical cost is not
    // counted: charged NPR 150,000; excess 150,000 − 10,000 = NPR 140,000 = 14,000,000 paisa.
    expect(cap?.metrics.ruleId).toBe('np-free-visa-free-ticket');
    expect(cap?.metrics.charged).toEqual(npr(150_000));
    expect(cap?.metrics.excess).toEqual(npr(140_000));
    expect(cap?.severity).toBe('high'); // a high-confidence rule
    expect(cap?.standards[0]?.standard).toBe('NATIONAL-LAW');
    expect(cap?.provenance.dataEditions.map((e) => e.datasetId)).toContain('recruitment-fee-caps');
  });

  it('gives the fee burden in months of gross base wage', () => {
    const [burden] = findingsOf(report, 'W-NP-1', 'recruitment.fee-burden.months-of-wage');
    // NPR 170,000 ÷ 28.35 = MYR 5,996.4726… → MYR 5,996.47 (half-even, once);
    // 5,996.47 ÷ 1,700 = 3.52733… months → 3.5273; ≥ 150% of a month → band "150-plus", critical.
    expect(burden?.metrics.feesCharged).toEqual({ amountMinor: 599_647, currency: 'MYR' });
    expect(burden?.metrics.feeMonthsOfWage).toBe(3.5273);
    expect(burden?.metrics.feeBand).toBe('150-plus');
    expect(burden?.severity).toBe('critical');
  });

  it('owes the worker NPR 170,000, due 90 days after asOf', () => {
    const worker = report.workers[0];
    // 2026-11-22 + 90 days: 8 (to 30 Nov) + 31 (Dec) + 31 (Jan) + 20 = 20 Feb 2027.
    expect(worker?.remediation.inWorkerCurrency).toEqual(npr(170_000));
    expect(worker?.remediation.inEmployerCurrency).toEqual({ amountMinor: 599_647, currency: 'MYR' });
    expect(worker?.remediation.dueDate).toBe('2027-02-20');
    const [repay] = findingsOf(report, 'W-NP-1', 'recruitment.remediation.repay-worker');
    expect(repay?.remediation).toMatchObject({ dueDate: '2027-02-20', amount: npr(170_000) });
  });

  it('rates a facility where 5 of 20 sampled workers look like this: Priority', () => {
    const others = Array.from({ length: 15 }, (_, i) => buildWorker({ id: `W-OK-${i}` }));
    const facility = run([...Array.from({ length: 5 }, (_, i) => nepaliWorker(`W-NP-${i}`)), ...others])
      .facilities[0];
    // 5 of 20: more than 3 and 25% > 1%, but ≤ 6 workers → row 2; fee ≥ 150% → column 4: Priority.
    expect(facility?.feeRating.notRepaid.grade).toBe('priority');
    expect(facility?.feeRating.notRepaid.columns.at(-1)).toEqual({
      band: '150-plus',
      workersAtOrAbove: 5,
      row: 2,
      grade: 'priority',
    });
    expect(facility?.feeRating.repaid.grade).toBeUndefined();
  });

  it('rates the same facility Major when every fee was repaid within 90 days (scenario 2)', () => {
    const workers = Array.from({ length: 5 }, (_, i) =>
      buildWorker({
        id: `W-R-${i}`,
        costs: [
          cost('C-1', 'agency fee', npr(150_000), { reimbursed: { amount: npr(150_000), on: '2026-03-01' } }),
          cost('C-2', 'medical check-up', npr(20_000), {
            reimbursed: { amount: npr(20_000), on: '2026-03-01' },
          }),
        ],
      }),
    );
    const report2 = run([
      ...workers,
      ...Array.from({ length: 15 }, (_, i) => buildWorker({ id: `W-OK-${i}` })),
    ]);
    // Paid 10 Feb, repaid 1 Mar (19 days): scenario 2. 5 of 20 > max(1%, 3) → row 2; ≥100% → Major.
    expect(report2.facilities[0]?.feeRating.repaid.grade).toBe('major');
    expect(report2.facilities[0]?.feeRating.notRepaid.grade).toBeUndefined();
    // Repaid within 90 days is still a (lesser) non-conformance: medium, and nothing is owed.
    expect(findingsOf(report2, 'W-R-0', 'recruitment.epp.fee-borne-by-worker')[0]?.severity).toBe('medium');
    expect(report2.workers.find((w) => w.workerId === 'W-R-0')?.remediation.items).toEqual([]);
  });
});

describe('example 2: a MYR 3,000 loan repaid at MYR 600 a month from a MYR 1,500 wage', () => {
  const loan = {
    id: 'L-1',
    kind: 'loan',
    principal: myr(3_000),
    issuedOn: '2026-03-20',
    lender: { kind: 'employer' },
    schedule: { installment: myr(600), frequency: 'monthly', firstDueOn: '2026-04-30' },
  };
  const contract = { monthlyGrossBaseWage: myr(1_500), startDate: '2026-04-01', language: 'ne' };
  const repayment = [{ amount: myr(600), reason: 'loan', kind: 'loan-repayment', loanId: 'L-1' }];
  const withPayslips = buildWorker({
    id: 'W-L-1',
    contract,
    loans: [loan],
    payslips: [4, 5, 6, 7, 8].map((m) => payslip(m, myr(1_500), repayment)),
  });
  const scheduleOnly = buildWorker({ id: 'W-L-2', contract, loans: [loan] });
  const report = run([withPayslips, scheduleOnly]);

  it('is over the RBA limits on size and monthly share', () => {
    // 60% × 1,500 = MYR 900 < 3,000 (200% of a month's wage); 10% × 1,500 = MYR 150 < 600 (40%).
    const [size] = findingsOf(report, 'W-L-1', 'recruitment.loan.principal-over-limit');
    const [share] = findingsOf(report, 'W-L-1', 'recruitment.loan.repayment-over-limit');
    expect(size?.metrics.principalShareOfWage).toBe(2);
    expect(share?.metrics.repaymentShareOfWage).toBe(0.4);
    expect(size?.indicators).toEqual(['debt-bondage']);
  });

  it('takes 5 months to repay, within the 6-month limit, with no interest', () => {
    // 3,000 / 600 = 5 instalments.
    for (const id of ['W-L-1', 'W-L-2']) {
      const sim = report.workers.find((w) => w.workerId === id)?.loans[0];
      expect(sim?.monthsToRepay, id).toBe(5);
      expect(sim?.interestCharged).toEqual(myr(0));
      expect(findingsOf(report, id, 'recruitment.loan.term-over-limit')).toEqual([]);
      expect(findingsOf(report, id, 'recruitment.loan.interest-or-fees-charged')).toEqual([]);
    }
    expect(report.workers.find((w) => w.workerId === 'W-L-1')?.loans[0]?.basis).toBe('observed');
    expect(report.workers.find((w) => w.workerId === 'W-L-2')?.loans[0]?.basis).toBe('scheduled');
  });

  it('raises a debt-bondage finding (ILO indicator 9)', () => {
    const [bondage] = findingsOf(report, 'W-L-1', 'recruitment.debt.bondage-indicator');
    expect(bondage?.indicators).toEqual(['debt-bondage']);
    expect(bondage?.metrics.monthsToRepay).toBe(5);
    // Two limits broken, the debt does not grow and ends in 5 months: high, not critical.
    expect(bondage?.severity).toBe('high');
    expect(bondage?.standards).toContainEqual({
      standard: 'ILO-INDICATORS-2012',
      clause: 'Indicator 9: Debt bondage',
    });
  });

  it('does not treat ordinary loan repayments as money owed', () => {
    expect(report.workers.find((w) => w.workerId === 'W-L-1')?.remediation.items).toEqual([]);
  });
});

describe('example 3: half the sampled workers have their passports in the HR safe', () => {
  const safe = { document: 'passport', heldBy: 'employer', consent: false, observedOn: '2026-10-01' };
  const own = { document: 'passport', heldBy: 'worker', observedOn: '2026-10-01' };
  const workers = Array.from({ length: 10 }, (_, i) =>
    buildWorker({ id: `W-D-${String(i).padStart(2, '0')}`, documents: [i < 5 ? safe : own] }),
  );
  const report = run(workers);

  it('flags each retained passport as retention of identity documents', () => {
    const held = report.findings.filter((f) => f.code === 'recruitment.documents.held-without-consent');
    expect(held.map((f) => f.subject.id)).toEqual(['W-D-00', 'W-D-01', 'W-D-02', 'W-D-03', 'W-D-04']);
    for (const f of held) {
      expect(f.severity).toBe('critical');
      expect(f.indicators).toEqual(['retention-of-identity-documents']);
    }
  });

  it('reports the facility: 5 of 10 sampled workers, 50%', () => {
    const [facility] = findingsOf(report, 'FAC-1', 'recruitment.documents.retained-at-facility');
    expect(facility?.metrics).toMatchObject({ workers: 5, sampleSize: 10, share: 0.5 });
    expect(facility?.severity).toBe('critical');
  });

  it('accepts safekeeping with consent and access within 12 hours, not without', () => {
    const kept = (hours: number) => ({ ...safe, consent: true, accessWithinHours: hours });
    const r = run([
      buildWorker({ id: 'W-K-2', documents: [kept(2)] }),
      buildWorker({ id: 'W-K-12', documents: [kept(12)] }),
      buildWorker({ id: 'W-K-24', documents: [kept(24)] }),
    ]);
    expect(
      r.findings.filter((f) => f.subject.kind === 'worker').map((f) => `${f.subject.id} ${f.code}`),
    ).toEqual(['W-K-24 recruitment.documents.access-over-12-hours']);
  });
});

describe('output is deterministic', () => {
  it('gives byte-identical JSON for the same input, and findings sorted by subject, id and code', () => {
    const input = [nepaliWorker('W-2'), nepaliWorker('W-1')];
    const a = JSON.stringify(run(input));
    const b = JSON.stringify(run(structuredClone(input)));
    expect(a).toBe(b);
    const keys = run(input).findings.map((f) => `${f.subject.kind}|${f.subject.id}|${f.code}`);
    expect(keys).toEqual([...keys].sort());
  });
});

describe('streaming to a sink', () => {
  it('hands each worker’s results to the sink in id order and keeps only facility results', () => {
    const input = [nepaliWorker('W-2'), nepaliWorker('W-1')];
    const full = run(input);
    const seen: string[] = [];
    const streamed: unknown[] = [];
    const parsed = parseWorkers(input)._unsafeUnwrap();
    const report = checkParsedWorkers(
      parsed,
      { asOf: AS_OF, fxRates: [MYR_NPR] },
      {
        worker(assessment, findings) {
          seen.push(assessment.workerId);
          streamed.push(...findings);
        },
      },
    )._unsafeUnwrap();
    expect(seen).toEqual(['W-1', 'W-2']);
    expect(report.workers).toEqual([]);
    expect(report.facilities).toEqual(full.facilities);
    expect([...report.findings, ...streamed]).toEqual(full.findings);
  });
});

describe('fee bands at their exact boundaries, end to end', () => {
  it('places fees of exactly 5%, 100% and 150% of a MYR 1,500 wage in the higher band', () => {
    const paid = (id: string, major: number) =>
      buildWorker({
        id,
        contract: { monthlyGrossBaseWage: myr(1_500), startDate: '2026-04-01', language: 'ne' },
        costs: [cost('C-1', 'agency fee', myr(major))],
      });
    // 5% of 1,500 = 75; 100% = 1,500; 150% = 2,250. A ringgit less stays in the lower band.
    const report = run([
      paid('W-074', 74),
      paid('W-075', 75),
      paid('W-1499', 1_499),
      paid('W-1500', 1_500),
      paid('W-2249', 2_249),
      paid('W-2250', 2_250),
    ]);
    const band = (id: string) => report.workers.find((w) => w.workerId === id)?.feeBurden?.band;
    expect(['W-074', 'W-075', 'W-1499', 'W-1500', 'W-2249', 'W-2250'].map(band)).toEqual([
      'below-5',
      '5-to-100',
      '5-to-100',
      '100-to-150',
      '100-to-150',
      '150-plus',
    ]);
    // 6 of 6 sampled workers: ≤ 6 workers → row 2 in every column; "150-plus" row 2 → Priority.
    expect(report.facilities[0]?.feeRating.notRepaid.grade).toBe('priority');
  });
});
