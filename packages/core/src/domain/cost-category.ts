import { z } from 'zod';

/**
 * Categories of recruitment costs under the ILO Definition of Recruitment Fees and Related Costs (2019):
 * recruitment fees proper; the seven kinds of related costs; and costs that are never legitimate.
 * `not-recruitment-related` marks a cost that has nothing to do with getting or keeping the job.
 */
export const COST_CATEGORIES = [
  // Recruitment fees: payments for recruitment services (ILO Definition, para. 8).
  'recruitment-fee',
  // Related costs (ILO Definition, para. 12): (i) medical, (ii) insurance, (iii) skills and qualification
  // tests, (iv) training and orientation, (v) equipment, (vi) travel and lodging, (vii) administrative.
  'medical',
  'insurance',
  'skills-test',
  'training-orientation',
  'equipment',
  'travel-lodging',
  'administrative',
  // Illegitimate costs, never allowed (ILO Definition, para. 16).
  'bribe',
  'tribute',
  'extortion',
  'kickback',
  'bond',
  'illegal-cost-recovery',
  'collateral',
  'deposit',
  'not-recruitment-related',
] as const;

/**
 * A recruitment cost category.
 *
 * @example
 * ```ts
 * CostCategory.parse('travel-lodging');
 * ```
 */
export const CostCategory = z.enum(COST_CATEGORIES);

/** A recruitment cost category. */
export type CostCategory = z.infer<typeof CostCategory>;

/** The related-cost categories (ILO Definition, para. 12). */
export const RELATED_COST_CATEGORIES: readonly CostCategory[] = [
  'medical',
  'insurance',
  'skills-test',
  'training-orientation',
  'equipment',
  'travel-lodging',
  'administrative',
];

/** The illegitimate-cost categories (ILO Definition, para. 16). */
export const ILLEGITIMATE_COST_CATEGORIES: readonly CostCategory[] = [
  'bribe',
  'tribute',
  'extortion',
  'kickback',
  'bond',
  'illegal-cost-recovery',
  'collateral',
  'deposit',
];

/**
 * The ILO grouping of a category: a recruitment fee, a related cost, an illegitimate cost, or none.
 *
 * @example
 * ```ts
 * costCategoryGroup('deposit'); // 'illegitimate'
 * ```
 */
export function costCategoryGroup(
  category: CostCategory,
): 'recruitment-fee' | 'related-cost' | 'illegitimate' | 'none' {
  if (category === 'recruitment-fee') return 'recruitment-fee';
  if (RELATED_COST_CATEGORIES.includes(category)) return 'related-cost';
  if (ILLEGITIMATE_COST_CATEGORIES.includes(category)) return 'illegitimate';
  return 'none';
}
