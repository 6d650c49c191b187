import {
  costCategoryGroup,
  formatMoney,
  type IloIndicator,
  type IsoDate,
  type MetricValue,
  type Money,
  type StandardRef,
  type UnforcedIssue,
} from '@unforced/core';
import { CITATIONS } from '../findings/citations.js';
import type { LoanSimulation } from '../loans/simulate-loan.js';
import type { CheckEnv, KeyedFinding } from '../support/check-env.js';
import { MoneyBag } from '../support/money-bag.js';
import { formatTotals } from '../support/wording.js';
import { type CostFacts, mostCommonCurrency, type WorkerFacts } from '../support/worker-facts.js';
import { corridorEstimateFor } from './corridor-estimate.js';

/** Shared by every repay-worker finding (findings are values, never mutated). */
const REPAY_STANDARDS: readonly StandardRef[] = [
  CITATIONS.rbaRepay90,
  CITATIONS.generalPrinciple7,
  CITATIONS.employerPays,
];
const NO_INDICATORS: readonly IloIndicator[] = [];

/** One amount the employer owes a worker, and why. */
export interface RemediationItem {
  readonly source:
    | 'cost'
    | 'recruitment-deductions'
    | 'unlawful-deductions'
    | 'loan-overpayment'
    | 'estimate';
  /** The cost id, loan id or estimate line the amount comes from. */
  readonly ref: string;
  readonly amount: Money;
  readonly basis: 'observed' | 'inferred';
}

/** What the employer owes one worker, and by when. */
export interface WorkerRemediation {
  readonly items: readonly RemediationItem[];
  /** The exact totals per currency, sorted by currency code. */
  readonly byCurrency: readonly Money[];
  /** The total in the worker's currency; absent when an FX rate is missing. */
  readonly inWorkerCurrency?: Money;
  /** The total in the employer's currency; absent when an FX rate is missing. */
  readonly inEmployerCurrency?: Money;
  /** 90 days after `asOf` (RBA VAP 8.0.2). */
  readonly dueDate: IsoDate;
  /** `inferred` when any part comes from a corridor estimate. */
  readonly basis: 'observed' | 'inferred';
}

/** The outcome of {@link workerRemediation}. */
export interface WorkerRemediationOutput {
  readonly remediation: WorkerRemediation;
  readonly findings: KeyedFinding[];
  readonly issues: UnforcedIssue[];
}

/** One observed item per currency of deductions seen on the payslips (none when the total overflows). */
function addPayslipItems(
  items: RemediationItem[],
  source: 'recruitment-deductions' | 'unlawful-deductions',
  deducted: MoneyBag,
): void {
  const amounts = deducted.amounts();
  if (amounts.isErr()) return;
  for (let i = 0; i < amounts.value.length; i += 1)
    items.push({ source, ref: 'payslips', amount: amounts.value[i] as Money, basis: 'observed' });
}

function itemsOf(facts: WorkerFacts, unlawful: MoneyBag, loans: readonly LoanSimulation[], env: CheckEnv) {
  const items: RemediationItem[] = [];
  // Indexed loops: see checkEmployerPays.
  const borne = facts.recruitmentCostsBorne;
  for (let i = 0; i < borne.length; i += 1) {
    const c = borne[i] as CostFacts;
    if (c.outstanding.amountMinor > 0)
      items.push({ source: 'cost', ref: c.cost.id, amount: c.outstanding, basis: 'observed' });
  }
  addPayslipItems(items, 'recruitment-deductions', facts.excessRecruitmentDeductions);
  addPayslipItems(items, 'unlawful-deductions', unlawful);
  for (let i = 0; i < loans.length; i += 1) {
    const loan = loans[i] as LoanSimulation;
    if (loan.overpaid.amountMinor > 0)
      items.push({ source: 'loan-overpayment', ref: loan.loanId, amount: loan.overpaid, basis: 'observed' });
  }
  const estimate =
    facts.worker.costs.length === 0
      ? corridorEstimateFor(facts.worker, env.options.corridorCosts)
      : undefined;
  if (estimate !== undefined)
    estimate.items.forEach((line, index) => {
      if (costCategoryGroup(line.category) !== 'none' && line.amount.amountMinor > 0)
        items.push({
          source: 'estimate',
          ref: `${estimate.source}#${index + 1}`,
          amount: line.amount,
          basis: 'inferred',
        });
    });
  return { items, estimate };
}

/** Metrics of the repay-worker finding, one literal per shape (no spreads, no fields added later). */
function repayMetrics(
  items: number,
  r: WorkerRemediation,
  owedByCurrency: string,
): Readonly<Record<string, MetricValue>> {
  const w = r.inWorkerCurrency;
  const e = r.inEmployerCurrency;
  if (w === undefined)
    return e === undefined ? { items, owedByCurrency } : { items, owedInEmployerCurrency: e, owedByCurrency };
  return e === undefined
    ? { items, owedInWorkerCurrency: w, owedByCurrency }
    : { items, owedInWorkerCurrency: w, owedInEmployerCurrency: e, owedByCurrency };
}

/** The finding that the employer owes the worker `remediation` (RBA VAP 8.0.2: repay within 90 days). */
function repayFinding(facts: WorkerFacts, remediation: WorkerRemediation, env: CheckEnv): KeyedFinding {
  const headline = remediation.inWorkerCurrency ?? remediation.inEmployerCurrency;
  const byCurrency = remediation.byCurrency;
  const total = headline !== undefined ? formatMoney(headline) : formatTotals(byCurrency);
  const employer =
    remediation.inEmployerCurrency !== undefined &&
    remediation.inEmployerCurrency.currency !== headline?.currency
      ? ` (${formatMoney(remediation.inEmployerCurrency)})`
      : '';
  const sameAsHeadline =
    byCurrency.length === 1 &&
    byCurrency[0]?.amountMinor === headline?.amountMinor &&
    byCurrency[0]?.currency === headline?.currency;
  const action = `Repay ${total} to the worker.`;
  return {
    key: '',
    finding: env.ctx.finding({
      code: 'recruitment.remediation.repay-worker',
      severity: 'high',
      indicators: NO_INDICATORS,
      subject: facts.subject,
      message: `The employer owes the worker ${total}${employer}${remediation.basis === 'inferred' ? ', estimated from the corridor cost table' : ''}, due by ${remediation.dueDate}.`,
      metrics: repayMetrics(
        remediation.items.length,
        remediation,
        sameAsHeadline || headline === undefined ? total : formatTotals(byCurrency),
      ),
      standards: REPAY_STANDARDS,
      remediation:
        headline === undefined
          ? { action, period: 'repay', step: 'remediate' }
          : { action, period: 'repay', step: 'remediate', amount: headline },
      basis: remediation.basis,
    }),
  };
}

/**
 * What the employer owes a worker (RBA VAP 8.0.2: repay within 90 days): recruitment costs borne and not
 * yet reimbursed, recruitment deductions beyond the recorded costs, unlawful deductions, and loan
 * overpayments, in the worker's currency and, with a rate, the employer's. A worker with no cost records
 * at all gets the caller's corridor estimate instead, labelled `inferred`. Amounts are exact per
 * currency; each currency's total is converted once. Never negative.
 *
 * @example
 * ```ts
 * workerRemediation(facts, unlawful, loans, env).remediation.inWorkerCurrency; // NPR 170,000.00
 * ```
 */
export function workerRemediation(
  facts: WorkerFacts,
  unlawful: MoneyBag,
  loans: readonly LoanSimulation[],
  env: CheckEnv,
): WorkerRemediationOutput {
  const { items, estimate } = itemsOf(facts, unlawful, loans, env);
  const bag = new MoneyBag();
  for (let i = 0; i < items.length; i += 1) bag.add((items[i] as RemediationItem).amount);
  const issues: UnforcedIssue[] = [];
  const workerCurrency =
    estimate !== undefined
      ? mostCommonCurrency(
          items.map((i) => i.amount.currency),
          facts.workerCurrency,
        )
      : facts.workerCurrency;
  const inWorker = bag.convertTo(workerCurrency, env.fx);
  const inEmployer = bag.convertTo(facts.employerCurrency, env.fx);
  if (inWorker.isErr())
    issues.push({ code: inWorker.error.code, message: `remediation: ${inWorker.error.message}`, path: [] });
  if (inEmployer.isErr())
    issues.push({
      code: inEmployer.error.code,
      message: `remediation: ${inEmployer.error.message}`,
      path: [],
    });
  const amounts = bag.amounts();
  const byCurrency = amounts.isOk() ? amounts.value : [];
  const basis = estimate !== undefined && items.some((i) => i.basis === 'inferred') ? 'inferred' : 'observed';
  const dueDate = env.ctx.dueDate('repay');
  const inWorkerCurrency = inWorker.isOk() ? inWorker.value : undefined;
  const inEmployerCurrency = inEmployer.isOk() ? inEmployer.value : undefined;
  // One literal per shape, fields in the order of the interface (the order of the JSON).
  const remediation: WorkerRemediation =
    inWorkerCurrency === undefined
      ? inEmployerCurrency === undefined
        ? { items, byCurrency, dueDate, basis }
        : { items, byCurrency, inEmployerCurrency, dueDate, basis }
      : inEmployerCurrency === undefined
        ? { items, byCurrency, inWorkerCurrency, dueDate, basis }
        : { items, byCurrency, inWorkerCurrency, inEmployerCurrency, dueDate, basis };
  if (items.length === 0) return { remediation, findings: [], issues };
  // A literal of the exact size (a first push would give the array room for 17).
  const findings: KeyedFinding[] = [repayFinding(facts, remediation, env)];
  if (estimate !== undefined && basis === 'inferred')
    findings.push({
      key: '',
      finding: env.ctx.finding({
        code: 'recruitment.remediation.estimated-costs',
        severity: 'medium',
        indicators: [],
        subject: facts.subject,
        message: `The record has no costs for this worker; what the worker likely paid is estimated from the corridor cost table (${estimate.source}). Ask the worker and collect receipts.`,
        metrics: {
          estimateSource: estimate.source,
          estimatedItems: items.filter((i) => i.source === 'estimate').length,
        },
        standards: [CITATIONS.generalPrinciple7, CITATIONS.methodology],
        remediation: {
          action: 'Interview the worker about what they paid and record it.',
          period: 'review',
          step: 'identify',
        },
        basis: 'inferred',
      }),
    });
  return { remediation, findings, issues };
}
