import {
  type CostCategory,
  formatMoney,
  type IloIndicator,
  type Money,
  type Severity,
  type StandardRef,
} from '@unforced/core';
import { CITATIONS } from '../findings/citations.js';
import type { RecruitmentFindingCode } from '../findings/finding-codes.js';
import type { CheckEnv, CheckOutput, KeyedFinding } from '../support/check-env.js';
import { CATEGORY_LABELS } from '../support/wording.js';
import type { CostFacts, WorkerFacts } from '../support/worker-facts.js';

/** Illegitimate costs that hold the worker's money against leaving: evidence of debt bondage. */
const BINDING_COSTS: ReadonlySet<string> = new Set(['bond', 'collateral', 'deposit']);

function codeOf(c: CostFacts): RecruitmentFindingCode {
  if (c.classification.group === 'illegitimate') return 'recruitment.epp.illegitimate-cost';
  if (c.classification.group === 'recruitment-fee') return 'recruitment.epp.fee-borne-by-worker';
  return 'recruitment.epp.related-cost-borne-by-worker';
}

/**
 * Severity of a cost borne by the worker: a recruitment fee or related cost is `high` (RBA "major"),
 * `medium` when repaid in full within 90 days (still a non-conformance); an illegitimate cost is
 * `critical`, `high` when repaid within 90 days.
 */
function severityOf(c: CostFacts): Severity {
  const illegitimate = c.classification.group === 'illegitimate';
  if (c.repaidWithin90Days) return illegitimate ? 'high' : 'medium';
  return illegitimate ? 'critical' : 'high';
}

function citationsFor(clause: StandardRef): readonly StandardRef[] {
  return [CITATIONS.generalPrinciple7, clause, CITATIONS.employerPays, CITATIONS.rbaFees];
}

/** The citations of each kind of cost, built once: [not repaid, repaid within 90 days]. */
const STANDARDS: Readonly<
  Record<
    'recruitment-fee' | 'related-cost' | 'illegitimate' | 'deposit',
    readonly [readonly StandardRef[], readonly StandardRef[]]
  >
> = {
  'recruitment-fee': [
    citationsFor(CITATIONS.recruitmentFees),
    [...citationsFor(CITATIONS.recruitmentFees), CITATIONS.rbaRepay90],
  ],
  'related-cost': [
    citationsFor(CITATIONS.relatedCosts),
    [...citationsFor(CITATIONS.relatedCosts), CITATIONS.rbaRepay90],
  ],
  illegitimate: [
    citationsFor(CITATIONS.illegitimateCosts),
    [...citationsFor(CITATIONS.illegitimateCosts), CITATIONS.rbaRepay90],
  ],
  deposit: [
    [...citationsFor(CITATIONS.illegitimateCosts), CITATIONS.rbaDeposits],
    [...citationsFor(CITATIONS.illegitimateCosts), CITATIONS.rbaDeposits, CITATIONS.rbaRepay90],
  ],
};

const DEBT_BONDAGE: readonly IloIndicator[] = ['debt-bondage'];
const NONE: readonly IloIndicator[] = [];
/** Shared by every finding of the kind (findings are values, never mutated). */
const DEDUCTED_STANDARDS: readonly StandardRef[] = [
  CITATIONS.generalPrinciple7,
  CITATIONS.recruitmentFees,
  CITATIONS.employerPays,
  CITATIONS.rbaFees,
];
/** What to do about a cost already repaid to the worker. */
const KEEP_RECORD = 'Keep the repayment record and stop charging workers.';

function standardsOf(c: CostFacts): readonly StandardRef[] {
  const group = c.classification.group;
  const kind =
    c.classification.category === 'deposit'
      ? 'deposit'
      : group === 'illegitimate' || group === 'recruitment-fee'
        ? group
        : 'related-cost';
  return STANDARDS[kind][c.repaidWithin90Days ? 1 : 0];
}

/** The fixed parts of a cost finding's message, joined once (the message is built for every cost). */
const PAID_PREFIX = 'The worker paid ';
const DEDUCTED_PREFIX = 'The worker had deducted from wages ';
const CATEGORY_CLAUSES = Object.fromEntries(
  Object.entries(CATEGORY_LABELS).map(([category, label]) => [
    category,
    `, ${label}; no worker should pay for a job, whatever local law allows.`,
  ]),
) as Readonly<Record<CostCategory, string>>;
const REPAID_IN_TIME = ' It was repaid within 90 days, which is still a (lesser) non-conformance.';
const REPAID_LATE = ' It was repaid, but not within 90 days.';

function costFinding(c: CostFacts, facts: WorkerFacts, env: CheckEnv): KeyedFinding {
  const category = c.classification.category ?? 'recruitment-fee';
  const deducted = c.cost.recoveredThroughDeductions;
  const indicators = deducted || BINDING_COSTS.has(category) ? DEBT_BONDAGE : NONE;
  const repaid = c.outstanding.amountMinor === 0;
  const amount = formatMoney(c.cost.amount);
  const owed = c.outstanding === c.cost.amount ? amount : formatMoney(c.outstanding);
  const status = c.repaidWithin90Days ? REPAID_IN_TIME : repaid ? REPAID_LATE : ` ${owed} is still owed.`;
  // Built without a spec object: one finding per cost of every worker of a batch.
  return {
    key: c.cost.id,
    finding: env.ctx.observedFinding(
      codeOf(c),
      severityOf(c),
      indicators,
      facts.subject,
      `${deducted ? DEDUCTED_PREFIX : PAID_PREFIX}${amount} for cost ${c.cost.id}${CATEGORY_CLAUSES[category]}${status}`,
      {
        costId: c.cost.id,
        category,
        classifiedBy: c.classification.source,
        amount: c.cost.amount,
        outstanding: c.outstanding,
        recoveredThroughDeductions: c.cost.recoveredThroughDeductions,
        repaidWithin90Days: c.repaidWithin90Days,
      },
      standardsOf(c),
      repaid
        ? env.ctx.remedy(KEEP_RECORD, 'repay', 'prevent')
        : env.ctx.remedy(`Repay ${owed} to the worker.`, 'repay', 'remediate'),
    ),
  };
}

/**
 * The Employer Pays Principle (ILO General Principle 7; RBA Code 8.0 A1; EPP): one finding for every
 * recruitment fee, related cost or illegitimate cost the worker bore, paid directly or recovered from
 * wages, whatever the local law allows; and one for recruitment-fee deductions on payslips beyond the
 * costs recorded as recovered.
 *
 * @example
 * ```ts
 * checkEmployerPays(facts, env).findings.length; // 2 for an agency fee and a medical check paid by the worker
 * ```
 */
export function checkEmployerPays(facts: WorkerFacts, env: CheckEnv): CheckOutput {
  const findings = facts.recruitmentCostsBorne.map((c) => costFinding(c, facts, env));
  const excess = facts.excessRecruitmentDeductions.amounts();
  if (excess.isOk()) {
    // Indexed loops here and in the other checks: `for…of` over arrays of several kinds (a shared frozen
    // empty answer, fresh arrays) was not optimised into a plain loop and allocated an iterator.
    for (let i = 0; i < excess.value.length; i += 1) {
      const amount = excess.value[i] as Money;
      const formatted = formatMoney(amount);
      findings.push({
        key: amount.currency,
        finding: env.ctx.finding({
          code: 'recruitment.epp.fee-deducted-from-wages',
          severity: 'high',
          indicators: DEBT_BONDAGE,
          subject: facts.subject,
          message: `Payslips show ${formatted} deducted for recruitment fees beyond the costs recorded as recovered from wages.`,
          metrics: { deducted: amount },
          standards: DEDUCTED_STANDARDS,
          remediation: {
            action: `Repay ${formatted} to the worker.`,
            period: 'repay',
            step: 'remediate',
          },
        }),
      });
    }
  }
  return { findings, issues: [] };
}
