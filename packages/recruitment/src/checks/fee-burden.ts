import {
  formatMoney,
  type IloIndicator,
  type Money,
  type Severity,
  type StandardRef,
  type UnforcedIssue,
} from '@unforced/core';
import { CITATIONS } from '../findings/citations.js';
import { type FeeBand, feeBandOf } from '../rba/fee-matrix.js';
import type { CheckEnv, KeyedFinding } from '../support/check-env.js';
import { MoneyBag } from '../support/money-bag.js';
import { metricRatio } from '../support/wording.js';
import type { CostFacts, WorkerFacts } from '../support/worker-facts.js';

/**
 * What the worker bore in fees and related costs, against one month's gross base wage (RBA VAP 8.0.2
 * A1). `charged`, `monthsOfWage` and `band` are absent when an FX rate needed to convert is missing.
 */
export interface FeeBurden {
  /** Everything charged (before any reimbursement), in the wage currency. */
  readonly charged?: Money;
  /** `charged` / monthly gross base wage, rounded to 4 decimals (a metric, never used for money). */
  readonly monthsOfWage?: number;
  readonly band?: FeeBand;
  /** Every fee was reimbursed in full within 90 days of payment (RBA scenario 2). */
  readonly repaidWithin90Days: boolean;
}

/** Shared by every fee-burden finding (findings are values, never mutated). */
const STANDARDS: readonly StandardRef[] = [CITATIONS.rbaFeeMatrix, CITATIONS.generalPrinciple7];
const DEBT_BONDAGE: readonly IloIndicator[] = ['debt-bondage'];
const NONE: readonly IloIndicator[] = [];

/** Severity of the fee-burden finding by band (the scale of the RBA matrix's columns). */
const SEVERITY_BY_BAND: Readonly<Record<FeeBand, Severity>> = {
  'below-5': 'low',
  '5-to-100': 'medium',
  '100-to-150': 'high',
  '150-plus': 'critical',
};

const BAND_LABELS: Readonly<Record<FeeBand, string>> = {
  'below-5': 'under 5%',
  '5-to-100': '5% to under 100%',
  '100-to-150': '100% to under 150%',
  '150-plus': '150% or more',
};

/** Every cost was repaid in full within 90 days (a loop: no callback per worker). */
function allRepaidWithin90Days(costs: readonly CostFacts[]): boolean {
  for (let i = 0; i < costs.length; i += 1) if (!(costs[i] as CostFacts).repaidWithin90Days) return false;
  return true;
}

/** The outcome of {@link checkFeeBurden}. */
export interface FeeBurdenOutput {
  readonly burden?: FeeBurden;
  readonly findings: KeyedFinding[];
  readonly issues: UnforcedIssue[];
}

/**
 * Fee burden: every recruitment fee, related cost and illegitimate cost the worker bore (plus excess
 * recruitment deductions), converted with the caller's rates into the wage currency (each currency's
 * total converted once, exactly) and divided by the contract's monthly gross base wage. The band is
 * decided in exact integer arithmetic; the months figure is a rounded metric. A fee of at least a month's
 * wage is tagged as evidence of debt bondage (ILO indicator 9).
 *
 * @example
 * ```ts
 * checkFeeBurden(facts, env).burden?.monthsOfWage; // 3.5273 for NPR 170,000 against MYR 1,700 at 28.35
 * ```
 */
export function checkFeeBurden(facts: WorkerFacts, env: CheckEnv): FeeBurdenOutput {
  const bag = new MoneyBag();
  const borne = facts.recruitmentCostsBorne;
  for (let i = 0; i < borne.length; i += 1) bag.add((borne[i] as CostFacts).cost.amount);
  const excess = facts.excessRecruitmentDeductions;
  bag.addBag(excess);
  if (bag.isZero()) return { findings: [], issues: [] };
  const repaidWithin90Days = allRepaidWithin90Days(borne) && excess.isZero();
  const converted = bag.convertTo(facts.wage.currency, env.fx);
  const band = converted.andThen((charged) => feeBandOf(charged, facts.wage));
  if (converted.isErr() || band.isErr()) {
    const error = converted.isErr() ? converted.error : band.isErr() ? band.error : undefined;
    const issues =
      error === undefined
        ? []
        : [{ code: error.code, message: `fee burden: ${error.message}`, path: ['costs'] }];
    return { burden: { repaidWithin90Days }, findings: [], issues };
  }
  const charged = converted.value;
  const monthsOfWage = metricRatio(charged.amountMinor, facts.wage.amountMinor);
  const indicators = band.value === '100-to-150' || band.value === '150-plus' ? DEBT_BONDAGE : NONE;
  // Built without a spec object: one per worker of a batch.
  const finding = env.ctx.observedFinding(
    'recruitment.fee-burden.months-of-wage',
    SEVERITY_BY_BAND[band.value],
    indicators,
    facts.subject,
    `The worker bore ${formatMoney(charged)} in recruitment fees and related costs: ${monthsOfWage} months of the gross base wage of ${formatMoney(facts.wage)} (RBA fee band ${BAND_LABELS[band.value]}${repaidWithin90Days ? ', repaid within 90 days' : ''}).`,
    {
      feesCharged: charged,
      monthlyGrossBaseWage: facts.wage,
      feeMonthsOfWage: monthsOfWage,
      feeBand: band.value,
      repaidWithin90Days,
    },
    STANDARDS,
    undefined,
  );
  return {
    burden: { charged, monthsOfWage, band: band.value, repaidWithin90Days },
    findings: [{ key: '', finding }],
    issues: [],
  };
}
