import { formatMoney, type IloIndicator, type StandardRef } from '@unforced/core';
import { CITATIONS } from '../findings/citations.js';
import type { CheckEnv, KeyedFinding } from '../support/check-env.js';
import type { WorkerFacts } from '../support/worker-facts.js';

/** Shared by every finding of the kind (findings are values, never mutated). */
const UNCLASSIFIED_STANDARDS: readonly StandardRef[] = [
  CITATIONS.recruitmentFees,
  CITATIONS.relatedCosts,
  CITATIONS.illegitimateCosts,
];
const PAYER_STANDARDS: readonly StandardRef[] = [CITATIONS.generalPrinciple7, CITATIONS.employerPays];
const NO_INDICATORS: readonly IloIndicator[] = [];

/**
 * Reports costs that need a person's eye: a description the keyword table cannot place (ILO Definition
 * categories), and recruitment costs whose payer is not recorded. Nothing is silently dropped: an
 * unclassified cost borne by the worker is `medium`, one paid by someone else `low`.
 *
 * @example
 * ```ts
 * checkCostClassification(facts, env).map((f) => f.finding.code); // ['recruitment.cost.unclassified']
 * ```
 */
export function checkCostClassification(facts: WorkerFacts, env: CheckEnv): KeyedFinding[] {
  const out: KeyedFinding[] = [];
  const subject = facts.subject;
  for (const c of facts.costs) {
    if (c.classification.group === 'unclassified') {
      const amount = formatMoney(c.cost.amount);
      const borneOrUnknown = c.borne || c.cost.paidBy === 'unknown';
      out.push({
        key: c.cost.id,
        finding: env.ctx.finding({
          code: 'recruitment.cost.unclassified',
          severity: borneOrUnknown ? 'medium' : 'low',
          indicators: NO_INDICATORS,
          subject,
          message: `Cost ${c.cost.id} (${amount}, paid by ${c.cost.paidBy}) could not be classified from its description; set its ILO category so it can be checked. Until then it is not counted in fees or remediation.`,
          metrics: { costId: c.cost.id, amount: c.cost.amount, paidBy: c.cost.paidBy },
          standards: UNCLASSIFIED_STANDARDS,
          remediation: {
            action:
              'Review the cost and record its ILO category (or confirm it is unrelated to recruitment).',
            period: 'review',
            step: 'identify',
          },
        }),
      });
    } else if (c.isRecruitmentCost && c.cost.paidBy === 'unknown' && !c.cost.recoveredThroughDeductions) {
      const amount = formatMoney(c.cost.amount);
      out.push({
        key: c.cost.id,
        finding: env.ctx.finding({
          code: 'recruitment.cost.payer-unknown',
          severity: 'medium',
          indicators: NO_INDICATORS,
          subject,
          message: `Cost ${c.cost.id} (${amount}) is a recruitment cost but the record does not say who paid it; ask the worker. It is not counted as borne by the worker until then.`,
          metrics: { costId: c.cost.id, amount: c.cost.amount, category: c.classification.category ?? '' },
          standards: PAYER_STANDARDS,
          remediation: {
            action: 'Establish who paid the cost (worker interview, receipts).',
            period: 'review',
            step: 'identify',
          },
        }),
      });
    }
  }
  return out;
}
