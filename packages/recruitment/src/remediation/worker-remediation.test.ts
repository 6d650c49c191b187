import { describe, expect, it } from 'vitest';
import { buildWorker, cost, myr, npr } from '../testing/builders.js';
import { findingsOf, runChecks } from '../testing/run.js';

const corridorCosts = [
  {
    origin: 'NP',
    destination: 'MY',
    source: 'general estimate',
    items: [{ description: 'agency fee', category: 'recruitment-fee', amount: npr(100_000) }],
  },
  {
    origin: 'NP',
    destination: 'MY',
    occupationCategory: 'manufacturing',
    source: 'factory worker survey',
    items: [
      { description: 'agency fee', category: 'recruitment-fee', amount: npr(120_000) },
      { description: 'medical', category: 'medical', amount: npr(8_000) },
      { description: 'food on the way', category: 'not-recruitment-related', amount: npr(2_000) },
    ],
  },
];

describe('remediation', () => {
  it('estimates from the corridor cost table when a worker has no cost records, labelled inferred', () => {
    const report = runChecks([buildWorker({ id: 'W-E' })], { corridorCosts: [...corridorCosts] });
    const remediation = report.workers[0]?.remediation;
    // The occupation-specific estimate wins: 120,000 + 8,000 = NPR 128,000 (the food line is not a
    // recruitment cost). 128,000 ÷ 28.35 = MYR 4,514.9911… → MYR 4,514.99.
    expect(remediation?.inWorkerCurrency).toEqual(npr(128_000));
    expect(remediation?.inEmployerCurrency).toEqual({ amountMinor: 451_499, currency: 'MYR' });
    expect(remediation?.basis).toBe('inferred');
    const [repay] = findingsOf(report, 'W-E', 'recruitment.remediation.repay-worker');
    expect(repay?.basis).toBe('inferred');
    expect(
      findingsOf(report, 'W-E', 'recruitment.remediation.estimated-costs')[0]?.metrics.estimateSource,
    ).toBe('factory worker survey');
  });

  it('uses the records, not the estimate, when there are cost records', () => {
    const worker = buildWorker({ id: 'W-R', costs: [cost('C-1', 'agency fee', npr(5_000))] });
    const report = runChecks([worker], { corridorCosts: [...corridorCosts] });
    expect(report.workers[0]?.remediation).toMatchObject({ basis: 'observed', inWorkerCurrency: npr(5_000) });
  });

  it('owes only what was not reimbursed', () => {
    const worker = buildWorker({
      id: 'W-P',
      costs: [
        cost('C-1', 'agency fee', npr(150_000), { reimbursed: { amount: npr(100_000), on: '2026-09-01' } }),
      ],
    });
    const report = runChecks([worker]);
    expect(report.workers[0]?.remediation.inWorkerCurrency).toEqual(npr(50_000));
    // Partly repaid, and not within 90 days: still high.
    expect(findingsOf(report, 'W-P', 'recruitment.epp.fee-borne-by-worker')[0]?.severity).toBe('high');
  });

  it('totals a facility in the employer’s currency', () => {
    const workers = ['W-1', 'W-2'].map((id) =>
      buildWorker({ id, costs: [cost('C-1', 'agency fee', npr(28_350))] }),
    );
    const facility = runChecks(workers).facilities[0];
    // Each NPR 28,350 ÷ 28.35 = MYR 1,000.00; two workers: MYR 2,000.00.
    expect(facility?.remediation).toMatchObject({
      workersOwed: 2,
      byCurrency: [npr(56_700)],
      inEmployerCurrency: [myr(2_000)],
      dueDate: '2027-02-20',
    });
  });
});
