import {
  type CostItem,
  daysBetween,
  type FindingSubject,
  type Loan,
  type Money,
  type Payslip,
  type UnforcedIssue,
  type WorkerRecord,
} from '@unforced/core';
import type { CostClassification } from '../classify/classify-cost.js';
import type { CheckEnv } from './check-env.js';
import { isRecruitmentDebt, loansOfDeductions, NO_LOANS } from './deduction-attribution.js';
import { MoneyBag } from './money-bag.js';

/** One cost of a worker, classified, with what is still owed on it. */
export interface CostFacts {
  /** Index in `worker.costs`, for issue paths. */
  readonly index: number;
  readonly cost: CostItem;
  readonly classification: CostClassification;
  /** The worker paid it (or the family did) or it was recovered from wages. */
  readonly borne: boolean;
  /** A recruitment fee, related cost or illegitimate cost. */
  readonly isRecruitmentCost: boolean;
  /** The amount not yet given back to the worker (in the cost's currency, never negative). */
  readonly outstanding: Money;
  /** Reimbursed in full within 90 days of payment (RBA VAP scenario 2). */
  readonly repaidWithin90Days: boolean;
}

/**
 * A worker's payslips in period order, with their deductions linked to loans: parallel arrays rather than
 * an object per payslip (large batches have a dozen payslips per worker, usually already in order and
 * without loans, and then nothing is allocated here at all).
 */
export interface PayslipSeries {
  /** Sorted by period start, then id: the record's own array when it is already in that order. */
  readonly payslips: readonly Payslip[];
  /** Where each of `payslips` is in `worker.payslips` (for issue paths); `undefined`: the same place. */
  readonly payslipIndices: readonly number[] | undefined;
  /**
   * The loan each deduction repays, per payslip (aligned with `payslips`, then with each payslip's
   * deductions); `undefined` when the worker has no loans. Read it with {@link loansOfPayslip}.
   */
  readonly payslipLoans: readonly (readonly (Loan | undefined)[])[] | undefined;
}

/**
 * The loan each deduction of the `position`-th payslip of a series repays (`undefined` where none).
 *
 * @example
 * ```ts
 * loansOfPayslip(facts, 0)[1]?.id; // 'L-1' when the first payslip's second deduction repays loan L-1
 * ```
 */
export function loansOfPayslip(series: PayslipSeries, position: number): readonly (Loan | undefined)[] {
  return series.payslipLoans?.[position] ?? NO_LOANS;
}

/** Where the `position`-th payslip of a series is in the worker's record (for issue paths). */
export function recordIndexOfPayslip(series: PayslipSeries, position: number): number {
  return series.payslipIndices?.[position] ?? position;
}

/** What every check needs to know about one worker, computed once. */
export interface WorkerFacts extends PayslipSeries {
  readonly worker: WorkerRecord;
  /** The subject of the worker's findings (one object shared by all of them). */
  readonly subject: FindingSubject;
  readonly wage: Money;
  /** The currency the worker paid in (remediation is given in it). */
  readonly workerCurrency: string;
  readonly employerCurrency: string;
  /** Costs sorted by id. */
  readonly costs: readonly CostFacts[];
  /** Recruitment costs the worker bore. */
  readonly recruitmentCostsBorne: readonly CostFacts[];
  /** Deductions for recruitment fees or recruitment debt (ILO C095 Art. 9). */
  readonly recruitmentDeductions: MoneyBag;
  /**
   * Recruitment deductions beyond the costs recorded as recovered from wages, per currency (the offset is
   * made within a currency only, exactly, so adding a recovered cost never lowers what is owed).
   */
  readonly excessRecruitmentDeductions: MoneyBag;
  readonly issues: UnforcedIssue[];
}

const WORKER_PAYERS: ReadonlySet<string> = new Set(['worker', 'worker-family']);

function costFacts(cost: CostItem, index: number, env: CheckEnv, issues: UnforcedIssue[]): CostFacts {
  const classification = env.classify(cost.description, cost.category);
  const group = classification.group;
  const borne = WORKER_PAYERS.has(cost.paidBy) || cost.recoveredThroughDeductions;
  const isRecruitmentCost =
    group === 'recruitment-fee' || group === 'related-cost' || group === 'illegitimate';
  let outstanding = cost.amount;
  let repaidWithin90Days = false;
  if (cost.reimbursed !== undefined) {
    const back = env.fx.convert(cost.reimbursed.amount, cost.amount.currency);
    if (back.isErr()) {
      issues.push({
        code: back.error.code,
        message: back.error.message,
        path: ['costs', index, 'reimbursed', 'amount'],
      });
    } else {
      const left = Math.max(0, cost.amount.amountMinor - back.value.amountMinor);
      outstanding = { amountMinor: left, currency: cost.amount.currency };
      repaidWithin90Days = left === 0 && daysBetween(cost.paidOn, cost.reimbursed.on) <= 90;
    }
  }
  return { index, cost, classification, borne, isRecruitmentCost, outstanding, repaidWithin90Days };
}

function workerCurrencyOf(costs: readonly CostFacts[], fallback: string): string {
  return mostCommonCurrency(
    costs.map((c) => c.cost.amount.currency),
    fallback,
  );
}

/**
 * The currency that occurs most often (ties: the first in code order), or `fallback` for none.
 *
 * @example
 * ```ts
 * mostCommonCurrency(['NPR', 'MYR', 'NPR'], 'MYR'); // 'NPR'
 * ```
 */
export function mostCommonCurrency(currencies: readonly string[], fallback: string): string {
  let best: string | undefined;
  let bestCount = 0;
  for (const currency of currencies) {
    if (currency === best) continue;
    let count = 0;
    for (const other of currencies) if (other === currency) count += 1;
    if (count > bestCount || (count === bestCount && best !== undefined && currency < best)) {
      best = currency;
      bestCount = count;
    }
  }
  return best ?? fallback;
}

function compareCosts(a: CostFacts, b: CostFacts): number {
  return a.cost.id < b.cost.id ? -1 : a.cost.id > b.cost.id ? 1 : 0;
}

function comparePayslips(x: Payslip, y: Payslip): number {
  if (x.periodStart !== y.periodStart) return x.periodStart < y.periodStart ? -1 : 1;
  return x.id < y.id ? -1 : x.id > y.id ? 1 : 0;
}

/** Whether a list is already in order (records usually are), to skip sorting it. */
function isSorted<T>(items: readonly T[], compare: (a: T, b: T) => number): boolean {
  for (let i = 1; i < items.length; i += 1) if (compare(items[i - 1] as T, items[i] as T) > 0) return false;
  return true;
}

/** The worker's payslips in period order, each deduction linked to the loan it repays. */
function payslipSeries(worker: WorkerRecord): PayslipSeries {
  const record = worker.payslips;
  let payslips: readonly Payslip[] = record;
  let payslipIndices: number[] | undefined;
  if (!isSorted(record, comparePayslips)) {
    payslipIndices = record.map((_, index) => index);
    payslipIndices.sort((a, b) => comparePayslips(record[a] as Payslip, record[b] as Payslip) || a - b);
    payslips = payslipIndices.map((index) => record[index] as Payslip);
  }
  const loans = worker.loans;
  const payslipLoans = loans.length === 0 ? undefined : payslips.map((p) => loansOfDeductions(p, loans));
  return { payslips, payslipIndices, payslipLoans };
}

/**
 * Classifies a worker's costs, links deductions to loans and works out the amounts every check shares.
 * Recruitment deductions on payslips are taken to recover the costs recorded as
 * `recoveredThroughDeductions` in the same currency first; only the excess counts as a further fee, so
 * nothing is counted twice. (Record a recovered cost in the payslip currency: across currencies no
 * offset is made.)
 *
 * @example
 * ```ts
 * const facts = workerFacts(worker, env);
 * facts.recruitmentCostsBorne.length;
 * ```
 */
export function workerFacts(worker: WorkerRecord, env: CheckEnv): WorkerFacts {
  const issues: UnforcedIssue[] = [];
  // Loops into arrays of the exact size: no callbacks, no arrays grown by pushing (once per worker).
  const records = worker.costs;
  const costs: CostFacts[] = new Array(records.length);
  let borneCount = 0;
  for (let i = 0; i < records.length; i += 1) {
    const facts = costFacts(records[i] as CostItem, i, env, issues);
    costs[i] = facts;
    if (facts.borne && facts.isRecruitmentCost) borneCount += 1;
  }
  if (!isSorted(costs, compareCosts)) costs.sort(compareCosts);
  const recruitmentCostsBorne: CostFacts[] = new Array(borneCount);
  for (let i = 0, k = 0; i < costs.length; i += 1) {
    const c = costs[i] as CostFacts;
    if (c.borne && c.isRecruitmentCost) recruitmentCostsBorne[k++] = c;
  }
  const series = payslipSeries(worker);
  const recruitmentDeductions = new MoneyBag();
  const { payslips } = series;
  for (let s = 0; s < payslips.length; s += 1) {
    const deductions = (payslips[s] as Payslip).deductions;
    const loanOf = loansOfPayslip(series, s);
    for (let k = 0; k < deductions.length; k += 1) {
      const deduction = deductions[k];
      const loan = loanOf[k];
      if (
        deduction !== undefined &&
        (deduction.kind === 'recruitment-fee' || (loan !== undefined && isRecruitmentDebt(loan)))
      )
        recruitmentDeductions.add(deduction.amount);
    }
  }
  const recovered = new MoneyBag();
  for (let i = 0; i < recruitmentCostsBorne.length; i += 1) {
    const c = recruitmentCostsBorne[i] as CostFacts;
    if (c.cost.recoveredThroughDeductions) recovered.add(c.cost.amount);
  }
  const wage = worker.contract.monthlyGrossBaseWage;
  return {
    worker,
    subject: { kind: 'worker', id: worker.id },
    wage,
    workerCurrency: workerCurrencyOf(recruitmentCostsBorne, wage.currency),
    employerCurrency: env.options.employerCurrency ?? wage.currency,
    costs,
    recruitmentCostsBorne,
    payslips,
    payslipIndices: series.payslipIndices,
    payslipLoans: series.payslipLoans,
    recruitmentDeductions,
    excessRecruitmentDeductions: recruitmentDeductions.positiveExcessOver(recovered),
    issues,
  };
}
