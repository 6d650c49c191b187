import {
  divideRounded,
  type Loan,
  type Money,
  type Payslip,
  parseDecimalRatio,
  type UnforcedError,
  type UnforcedIssue,
} from '@unforced/core';
import type { FxConverter } from '../support/fx.js';
import { loansOfPayslip, type PayslipSeries, recordIndexOfPayslip } from '../support/worker-facts.js';

/**
 * The longest a simulation runs before a debt counts as never repaid: ten years.
 *
 * @example
 * ```ts
 * SIMULATION_HORIZON_MONTHS / 12; // 10 years
 * ```
 */
export const SIMULATION_HORIZON_MONTHS = 120;

/** The month-by-month simulation of one loan, advance or recruitment debt. */
export interface LoanSimulation {
  readonly loanId: string;
  /** Principal plus loan fees: what the worker owed at the start. */
  readonly initialDebt: Money;
  /** Months from the first simulated month to a zero balance; absent when never repaid or not simulable. */
  readonly monthsToRepay?: number;
  /** Interest charged over the simulation. */
  readonly interestCharged: Money;
  /** The largest monthly repayment, observed on payslips or scheduled. */
  readonly largestMonthlyRepayment: Money;
  /** Payslip months that entered the simulation. */
  readonly observedMonths: number;
  /** The balance after the last observed payslip (the initial debt when none). */
  readonly balanceAfterObserved: Money;
  /** The balance rose above the initial debt at some point, or never reached zero. */
  readonly grows: boolean;
  readonly neverRepaid: boolean;
  /** Deducted after the debt was already repaid. */
  readonly overpaid: Money;
  /** What drove the simulation: payslips, the schedule, both, payslips then the last repayment repeated, or nothing. */
  readonly basis:
    | 'observed'
    | 'scheduled'
    | 'observed-then-scheduled'
    | 'observed-then-extrapolated'
    | 'none';
}

/** The outcome of {@link simulateLoan}: the simulation and any problem (e.g. a missing FX rate). */
export interface LoanSimulationOutput {
  readonly simulation: LoanSimulation;
  readonly issues: UnforcedIssue[];
}

function observedRepayments(
  loan: Loan,
  series: PayslipSeries,
  fx: FxConverter,
  issues: UnforcedIssue[],
): bigint[] {
  const months: bigint[] = [];
  const payslips = series.payslips;
  for (let s = 0; s < payslips.length; s += 1) {
    const payslip = payslips[s] as Payslip;
    if (payslip.periodEnd < loan.issuedOn) continue;
    const loanOf = loansOfPayslip(series, s);
    let paid = 0n;
    const deductions = payslip.deductions;
    for (let index = 0; index < deductions.length; index += 1) {
      const deduction = deductions[index];
      if (deduction === undefined || loanOf[index]?.id !== loan.id) continue;
      const converted = fx.convert(deduction.amount, loan.principal.currency);
      if (converted.isErr()) {
        const at = recordIndexOfPayslip(series, s);
        issues.push(issueOf(converted.error, ['payslips', at, 'deductions', index, 'amount']));
        continue;
      }
      paid += BigInt(converted.value.amountMinor);
    }
    months.push(paid);
  }
  return months;
}

function issueOf(error: UnforcedError, path: (string | number)[]): UnforcedIssue {
  return { code: error.code, message: error.message, path };
}

const MAX_SAFE = BigInt(Number.MAX_SAFE_INTEGER);

/** Money from a bigint balance, saturating at the largest safe integer (a debt that size is never repaid). */
const money = (minor: bigint, currency: string): Money => ({
  amountMinor: Number(minor > MAX_SAFE ? MAX_SAFE : minor),
  currency,
});

/**
 * Simulates a debt month by month: interest accrues on the balance (the stated annual rate / 12,
 * rounded half-even to minor units), then the month's repayment is taken. Months come first from the
 * payslips issued after the loan (the repayments actually deducted), then from the schedule's instalment
 * (up to its number of instalments); with no schedule, the last observed repayment is repeated and the
 * result is inferred. The run stops at a zero balance or after {@link SIMULATION_HORIZON_MONTHS}.
 *
 * @example
 * ```ts
 * simulateLoan(loan, [], fx).simulation.monthsToRepay; // 5 for MYR 3,000 at MYR 600 a month
 * ```
 */
export function simulateLoan(loan: Loan, payslips: PayslipSeries, fx: FxConverter): LoanSimulationOutput {
  const issues: UnforcedIssue[] = [];
  const currency = loan.principal.currency;
  const initial = BigInt(loan.principal.amountMinor) + BigInt(loan.fees?.amountMinor ?? 0);
  const rate =
    loan.annualInterestPercent === undefined ? undefined : parseDecimalRatio(loan.annualInterestPercent);
  const rateNumerator = rate?.isOk() ? rate.value.numerator : 0n;
  const rateDenominator = rate?.isOk() ? rate.value.denominator * 1200n : 1n;
  const observed = observedRepayments(loan, payslips, fx, issues);
  const schedule = loan.schedule;
  const paidInstallments = observed.filter((paid) => paid > 0n).length;
  const remainingInstallments =
    schedule?.installments === undefined
      ? Number.POSITIVE_INFINITY
      : Math.max(0, schedule.installments - paidInstallments);
  const lastPaid = [...observed].reverse().find((paid) => paid > 0n);
  const projected = schedule !== undefined ? BigInt(schedule.installment.amountMinor) : lastPaid;

  let balance = initial;
  let interest = 0n;
  let overpaid = 0n;
  let largest = projected ?? 0n;
  let peak = initial;
  let monthsToRepay: number | undefined;
  let balanceAfterObserved = initial;
  let projectedMonths = 0;
  for (let month = 1; month <= SIMULATION_HORIZON_MONTHS && monthsToRepay === undefined; month += 1) {
    const isObserved = month <= observed.length;
    let payment: bigint;
    if (isObserved) payment = observed[month - 1] ?? 0n;
    else if (projected !== undefined && projectedMonths < remainingInstallments) {
      payment = projected;
      projectedMonths += 1;
    } else break; // nothing left to simulate: no schedule, or its instalments are used up
    if (balance > MAX_SAFE) break; // a debt this large is never repaid
    const accrued =
      rateNumerator === 0n ? 0n : divideRounded(balance * rateNumerator, rateDenominator, 'half-even');
    interest += accrued;
    balance += accrued;
    if (balance > peak) peak = balance;
    if (payment > largest) largest = payment;
    const applied = payment < balance ? payment : balance;
    overpaid += payment - applied;
    balance -= applied;
    if (isObserved) balanceAfterObserved = balance;
    if (balance === 0n) monthsToRepay = month;
  }
  // Observed months after the balance reached zero: anything still deducted was overpaid.
  if (monthsToRepay !== undefined) for (const paid of observed.slice(monthsToRepay)) overpaid += paid;
  const simulable = projected !== undefined;
  const neverRepaid = simulable && monthsToRepay === undefined;
  const basis: LoanSimulation['basis'] = !simulable
    ? 'none'
    : observed.length === 0
      ? 'scheduled'
      : projectedMonths === 0
        ? 'observed'
        : schedule !== undefined
          ? 'observed-then-scheduled'
          : 'observed-then-extrapolated';
  const simulation: LoanSimulation = {
    loanId: loan.id,
    initialDebt: money(initial, currency),
    interestCharged: money(interest, currency),
    largestMonthlyRepayment: money(largest, currency),
    observedMonths: observed.length,
    balanceAfterObserved: money(balanceAfterObserved, currency),
    grows: peak > initial || neverRepaid,
    neverRepaid,
    overpaid: money(overpaid, currency),
    basis,
    ...(monthsToRepay === undefined ? {} : { monthsToRepay }),
  };
  return { simulation, issues };
}
