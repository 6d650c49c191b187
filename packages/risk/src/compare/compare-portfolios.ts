import type { Assessment } from '../assessment/assessment-schema.js';
import type { RiskTier } from '../policy/policy-schema.js';
import { type AssessmentComparison, compareAssessments } from './compare-assessments.js';

/** The comparison of two assessed portfolios. */
export interface PortfolioComparison {
  /** Suppliers only in the later portfolio, and only in the earlier one (sorted ids). */
  readonly added: readonly string[];
  readonly removed: readonly string[];
  /** Every supplier in both, sorted by id, with what changed. */
  readonly compared: readonly AssessmentComparison[];
  /** How many suppliers moved from one tier to another (only moves; sorted by from, then to). */
  readonly tierMoves: ReadonlyArray<{
    readonly from: RiskTier;
    readonly to: RiskTier;
    readonly suppliers: number;
  }>;
  readonly worsened: number;
  readonly improved: number;
  readonly unchanged: number;
}

const TIERS: readonly RiskTier[] = ['low', 'medium', 'high', 'critical'];

/**
 * Compares two assessed portfolios supplier by supplier (matched by supplier id): who was added or
 * removed, each supplier's changes with their reasons, and the tier moves. A supplier id that appears
 * twice on one side is compared using its first assessment in id order; pass `assessPortfolio` output,
 * which never has duplicates.
 *
 * @example
 * ```ts
 * comparePortfolios(lastQuarter.assessments, today.assessments).tierMoves;
 * ```
 */
export function comparePortfolios(
  before: readonly Assessment[],
  after: readonly Assessment[],
): PortfolioComparison {
  const mb = new Map<string, Assessment>();
  const ma = new Map<string, Assessment>();
  for (const a of before) if (!mb.has(a.supplierId)) mb.set(a.supplierId, a);
  for (const a of after) if (!ma.has(a.supplierId)) ma.set(a.supplierId, a);
  const compared: AssessmentComparison[] = [];
  const moves = new Map<string, number>();
  let worsened = 0;
  let improved = 0;
  let unchanged = 0;
  for (const id of [...ma.keys()].filter((k) => mb.has(k)).sort()) {
    const result = compareAssessments(mb.get(id) as Assessment, ma.get(id) as Assessment);
    if (result.isErr()) continue;
    const c = result.value;
    compared.push(c);
    if (c.deltaTenths > 0) worsened += 1;
    else if (c.deltaTenths < 0) improved += 1;
    else unchanged += 1;
    if (c.tierBefore !== c.tierAfter) {
      const key = `${TIERS.indexOf(c.tierBefore)}${TIERS.indexOf(c.tierAfter)}`;
      moves.set(key, (moves.get(key) ?? 0) + 1);
    }
  }
  return {
    added: [...ma.keys()].filter((k) => !mb.has(k)).sort(),
    removed: [...mb.keys()].filter((k) => !ma.has(k)).sort(),
    compared,
    tierMoves: [...moves.keys()].sort().map((key) => ({
      from: TIERS[Number(key[0])] as RiskTier,
      to: TIERS[Number(key[1])] as RiskTier,
      suppliers: moves.get(key) ?? 0,
    })),
    worsened,
    improved,
    unchanged,
  };
}
