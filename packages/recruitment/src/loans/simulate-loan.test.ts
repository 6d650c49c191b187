import { Loan, WorkerRecord } from '@unforced/core';
import { describe, expect, it } from 'vitest';
import { loansOfDeductions } from '../support/deduction-attribution.js';
import { createFxConverter } from '../support/fx.js';
import type { PayslipSeries } from '../support/worker-facts.js';
import { buildWorker, myr, payslip, type WorkerDraft } from '../testing/builders.js';
import { runChecks } from '../testing/run.js';
import { simulateLoan } from './simulate-loan.js';

const fx = createFxConverter([], '2026-11-22');

function loanOf(input: Record<string, unknown>) {
  return Loan.parse({
    id: 'L-1',
    kind: 'loan',
    issuedOn: '2026-03-20',
    lender: { kind: 'employer' },
    ...input,
  });
}

function payslipsOf(input: Partial<WorkerDraft>, loans: Loan[]): PayslipSeries {
  const worker = WorkerRecord.parse(buildWorker({ id: 'W', ...input }));
  return {
    payslips: worker.payslips,
    payslipIndices: undefined,
    payslipLoans: worker.payslips.map((p) => loansOfDeductions(p, loans)),
  };
}

/** No payslips at all: the simulation runs on the schedule alone. */
const NONE: PayslipSeries = { payslips: [], payslipIndices: undefined, payslipLoans: undefined };

describe('simulateLoan', () => {
  it('repays MYR 3,000 at MYR 600 a month in 5 months, interest-free', () => {
    const loan = loanOf({
      principal: myr(3_000),
      schedule: { installment: myr(600), frequency: 'monthly', firstDueOn: '2026-04-30' },
    });
    const { simulation } = simulateLoan(loan, NONE, fx);
    expect(simulation).toMatchObject({
      monthsToRepay: 5,
      grows: false,
      neverRepaid: false,
      basis: 'scheduled',
    });
    expect(simulation.interestCharged).toEqual(myr(0));
  });

  it('charges interest month by month, rounded half-even to the sen', () => {
    // MYR 100.00 at 12% a year (1% a month), MYR 50.00 a month:
    // m1: +1.00 interest → 101.00 − 50 = 51.00; m2: +0.51 → 51.51 − 50 = 1.51;
    // m3: 1.51 × 1% = 0.0151 → 0.02 → 1.53, repaid. 3 months, interest 1.00 + 0.51 + 0.02 = MYR 1.53.
    const loan = loanOf({
      principal: myr(100),
      annualInterestPercent: '12',
      schedule: { installment: myr(50), frequency: 'monthly', firstDueOn: '2026-04-30' },
    });
    const { simulation } = simulateLoan(loan, NONE, fx);
    expect(simulation.monthsToRepay).toBe(3);
    expect(simulation.interestCharged).toEqual({ amountMinor: 153, currency: 'MYR' });
    expect(simulation.grows).toBe(true); // 101.00 after the first month is above the 100.00 borrowed
  });

  it('finds a debt that interest makes grow for ever (induced debt)', () => {
    // MYR 1,000 at 12%: interest MYR 10.00 a month exceeds the MYR 5.00 instalment.
    const loan = loanOf({
      principal: myr(1_000),
      annualInterestPercent: '12',
      schedule: { installment: myr(5), frequency: 'monthly', firstDueOn: '2026-04-30' },
    });
    const { simulation } = simulateLoan(loan, NONE, fx);
    expect(simulation.monthsToRepay).toBeUndefined();
    expect(simulation).toMatchObject({ neverRepaid: true, grows: true });
  });

  it('counts loan fees in the debt', () => {
    // MYR 300 + MYR 60 fees at MYR 60 a month: 360 / 60 = 6 months.
    const loan = loanOf({
      principal: myr(300),
      fees: myr(60),
      schedule: { installment: myr(60), frequency: 'monthly', firstDueOn: '2026-04-30' },
    });
    expect(simulateLoan(loan, NONE, fx).simulation).toMatchObject({
      monthsToRepay: 6,
      initialDebt: myr(360),
    });
  });

  it('uses the deductions on the payslips, and finds what was deducted after the debt was repaid', () => {
    // MYR 300 loan; MYR 100 deducted on each of 4 payslips: repaid in month 3, MYR 100 overpaid.
    const loan = loanOf({ principal: myr(300) });
    const deduction = [{ amount: myr(100), reason: 'loan', kind: 'loan-repayment', loanId: 'L-1' }];
    const slips = payslipsOf(
      { loans: [loan], payslips: [4, 5, 6, 7].map((m) => payslip(m, myr(1_500), deduction)) },
      [loan],
    );
    const { simulation } = simulateLoan(loan, slips, fx);
    expect(simulation).toMatchObject({
      monthsToRepay: 3,
      observedMonths: 4,
      basis: 'observed',
      overpaid: myr(100),
    });
  });

  it('repeats the last observed repayment when there is no schedule (inferred)', () => {
    // MYR 500; MYR 100 seen on 2 payslips; 3 more months extrapolated: 5 months.
    const loan = loanOf({ principal: myr(500) });
    const deduction = [{ amount: myr(100), reason: 'advance', kind: 'advance-repayment' }];
    const slips = payslipsOf(
      { loans: [loan], payslips: [4, 5].map((m) => payslip(m, myr(1_500), deduction)) },
      [loan],
    );
    const { simulation } = simulateLoan(loan, slips, fx);
    expect(simulation).toMatchObject({
      monthsToRepay: 5,
      basis: 'observed-then-extrapolated',
      balanceAfterObserved: myr(300),
    });
  });

  it('cannot simulate a loan with no schedule and no repayments', () => {
    const { simulation } = simulateLoan(loanOf({ principal: myr(500) }), NONE, fx);
    expect(simulation).toMatchObject({ basis: 'none', neverRepaid: false });
    expect(simulation.monthsToRepay).toBeUndefined();
  });

  it('finds a schedule whose instalments do not cover the debt', () => {
    // MYR 1,000 in 2 instalments of MYR 100: MYR 800 is left.
    const loan = loanOf({
      principal: myr(1_000),
      schedule: { installment: myr(100), frequency: 'monthly', firstDueOn: '2026-04-30', installments: 2 },
    });
    expect(simulateLoan(loan, NONE, fx).simulation).toMatchObject({ neverRepaid: true, grows: true });
  });

  it('needs an FX rate for deductions in another currency', () => {
    const loan = loanOf({ principal: { amountMinor: 1_000_000, currency: 'NPR' } });
    const deduction = [{ amount: myr(100), reason: 'loan', kind: 'loan-repayment', loanId: 'L-1' }];
    const slips = payslipsOf({ loans: [loan], payslips: [payslip(4, myr(1_500), deduction)] }, [loan]);
    const { issues } = simulateLoan(loan, slips, fx);
    expect(issues.map((i) => i.code)).toEqual(['FX_RATE_MISSING']);
    expect(issues[0]?.path).toEqual(['payslips', 0, 'deductions', 0, 'amount']);
  });

  it('names the payslip by its place in the record when the record lists payslips out of order', () => {
    // The April payslip (paid in USD) is listed second, index 1, but simulated first; USD has no rate.
    const loan = loanOf({ principal: myr(3_000) });
    const usd = (amountMinor: number) => ({ amountMinor, currency: 'USD' });
    const report = runChecks([
      buildWorker({
        id: 'W-1',
        loans: [loan],
        payslips: [
          payslip(5, myr(1_500), [
            { amount: myr(100), reason: 'loan', kind: 'loan-repayment', loanId: 'L-1' },
          ]),
          payslip(4, usd(40_000), [
            { amount: usd(5_000), reason: 'loan', kind: 'loan-repayment', loanId: 'L-1' },
          ]),
        ],
      }),
    ]);
    const issues = report.errors.flatMap((e) => e.issues).filter((i) => i.code === 'FX_RATE_MISSING');
    expect(issues.map((i) => i.path)).toContainEqual(['payslips', 1, 'deductions', 0, 'amount']);
    expect(issues.map((i) => i.path)).not.toContainEqual(['payslips', 0, 'deductions', 0, 'amount']);
  });
});
