import type { Money } from '@unforced/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildWorker, myr } from './testing/builders.js';
import { runChecks } from './testing/run.js';

const DESCRIPTIONS = [
  'agency fee',
  'medical check-up',
  'visa',
  'air ticket',
  'security deposit',
  'misc',
  'canteen food',
  'training',
];
const PAYERS = ['worker', 'worker-family', 'employer', 'recruiter', 'unknown'] as const;
const KINDS = [
  'tax',
  'recruitment-fee',
  'disciplinary',
  'deposit',
  'accommodation',
  'loan-repayment',
  'other',
] as const;

const amount = fc.record({
  amountMinor: fc.integer({ min: 0, max: 50_000_000 }),
  currency: fc.constantFrom('NPR', 'MYR'),
});

const costArb = (id: string) =>
  fc.record({
    id: fc.constant(id),
    description: fc.constantFrom(...DESCRIPTIONS),
    amount,
    paidOn: fc.constantFrom('2026-01-15', '2026-02-10', '2026-03-01'),
    paidBy: fc.constantFrom(...PAYERS),
    recoveredThroughDeductions: fc.boolean(),
  });

const deductionArb = fc.record({
  amount: fc.integer({ min: 0, max: 50_000 }).map((m): Money => ({ amountMinor: m, currency: 'MYR' })),
  reason: fc.constant('as written'),
  kind: fc.constantFrom(...KINDS),
});

const payslipArb = (month: number) =>
  fc.array(deductionArb, { maxLength: 3 }).map((deductions) => {
    const mm = String(month).padStart(2, '0');
    const deducted = deductions.reduce((s, d) => s + d.amount.amountMinor, 0);
    return {
      id: `P-${mm}`,
      periodStart: `2026-${mm}-01`,
      periodEnd: `2026-${mm}-28`,
      gross: myr(1_500),
      deductions,
      net: { amountMinor: 150_000 - deducted, currency: 'MYR' },
      paidOn: `2026-${String(month + 1).padStart(2, '0')}-05`,
    };
  });

const workerArb = (id: string) =>
  fc
    .record({
      costs: fc
        .integer({ min: 0, max: 5 })
        .chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => costArb(`C-${i}`)))),
      months: fc.subarray([4, 5, 6, 7, 8, 9]),
      facility: fc.constantFrom('FAC-A', 'FAC-B'),
    })
    .chain(({ costs, months, facility }) =>
      fc.tuple(...months.map(payslipArb)).map((payslips) =>
        buildWorker({
          id,
          facilityId: facility,
          costs,
          payslips,
          contract: { monthlyGrossBaseWage: myr(1_500), startDate: '2026-04-01', language: 'ne' },
        }),
      ),
    );

const workforceArb = fc
  .integer({ min: 1, max: 6 })
  .chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => workerArb(`W-${i}`))));

const RUNS = { seed: 20_261_122, numRuns: 60 };

const nonNegative = (m: Money | undefined) => m === undefined || m.amountMinor >= 0;

describe('properties of the recruitment checks', () => {
  it('remediation is never negative', () => {
    fc.assert(
      fc.property(workforceArb, (workers) => {
        const report = runChecks(workers);
        for (const w of report.workers) {
          for (const item of w.remediation.items) expect(item.amount.amountMinor).toBeGreaterThanOrEqual(0);
          for (const m of w.remediation.byCurrency) expect(m.amountMinor).toBeGreaterThanOrEqual(0);
          expect(
            nonNegative(w.remediation.inWorkerCurrency) && nonNegative(w.remediation.inEmployerCurrency),
          ).toBe(true);
        }
        for (const f of report.facilities)
          for (const m of f.remediation.byCurrency) expect(m.amountMinor).toBeGreaterThanOrEqual(0);
        for (const f of report.findings) expect(nonNegative(f.remediation?.amount)).toBe(true);
      }),
      RUNS,
    );
  });

  it('adding a cost borne by the worker never lowers what is owed', () => {
    const extra = fc.record({
      description: fc.constantFrom('agency fee', 'medical', 'air ticket', 'bond'),
      amount,
      recovered: fc.boolean(),
    });
    fc.assert(
      fc.property(workerArb('W-1'), extra, (worker, add) => {
        const before = runChecks([worker]).workers[0]?.remediation;
        const more = {
          ...worker,
          costs: [
            ...(worker.costs ?? []),
            {
              id: 'C-new',
              description: add.description,
              amount: add.amount,
              paidOn: '2026-02-01',
              paidBy: add.recovered ? 'employer' : 'worker',
              recoveredThroughDeductions: add.recovered,
            },
          ],
        };
        const after = runChecks([more]).workers[0]?.remediation;
        for (const m of before?.byCurrency ?? []) {
          const later = after?.byCurrency.find((x) => x.currency === m.currency)?.amountMinor ?? 0;
          expect(later).toBeGreaterThanOrEqual(m.amountMinor);
        }
        expect(after?.inEmployerCurrency?.amountMinor ?? 0).toBeGreaterThanOrEqual(
          before?.inEmployerCurrency?.amountMinor ?? 0,
        );
      }),
      RUNS,
    );
  });

  it('results do not depend on the order of records', () => {
    const shuffled = <T>(items: readonly T[], seed: number): T[] =>
      items
        .map((item, i) => ({ item, key: (i * 7919 + seed * 104_729) % 1_000_003 }))
        .sort((a, b) => a.key - b.key)
        .map((x) => x.item);
    fc.assert(
      fc.property(workforceArb, fc.integer({ min: 1, max: 1_000 }), (workers, seed) => {
        const reordered = shuffled(workers, seed).map((w) => ({
          ...w,
          costs: shuffled(w.costs ?? [], seed + 1),
          payslips: shuffled(w.payslips ?? [], seed + 2).map((p) => ({
            ...p,
            deductions: shuffled(p.deductions ?? [], seed + 3),
          })),
        }));
        const strip = (report: ReturnType<typeof runChecks>) =>
          JSON.stringify({
            findings: report.findings,
            workers: report.workers.map(({ row: _row, ...rest }) => rest),
            facilities: report.facilities,
          });
        expect(strip(runChecks(reordered))).toBe(strip(runChecks(workers)));
      }),
      RUNS,
    );
  });
});
