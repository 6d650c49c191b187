import type { Alignment } from './align-tokens.js';

/** Which rule gave a name its score. */
export type NameRule = 'coverage' | 'containment';

/** Score of one name against another, before supporting evidence. */
export interface NameScore {
  readonly score: number;
  readonly rule: NameRule;
  /** Share of the query's weight found in the listed name. */
  readonly queryCoverage: number;
  /** Share of the listed name's weight found in the query. */
  readonly candidateCoverage: number;
}

/** Containment counts only when at least this share of the listed name is in the query. */
export const CONTAINMENT_MIN_COVERAGE = 0.9;
/** The score of a name that contains a listed name whose listing covers subsidiaries, per unit of coverage. */
export const CONTAINMENT_FACTOR_SUBSIDIARIES = 0.88;
/** The same for a listing that does not name subsidiaries (branches and renamed units still show). */
export const CONTAINMENT_FACTOR = 0.84;
/** A listed name lighter than this share of an unseen word's weight is too generic to be "contained". */
export const CONTAINMENT_MIN_WEIGHT = 0.45;

/**
 * Scores an alignment. The coverage score is the harmonic mean of the two coverages: the share of the
 * query's weight matched in the listed name and the share of the listed name's weight matched in the
 * query, each weighted by IDF, so generic words count little and a missing distinctive word costs
 * much. When nearly all of a listed name that has a distinctive word (not only place, business or
 * common words: "Western Gold" is not recognised inside a longer name, unless the listing covers
 * subsidiaries) is inside a longer query ("… Aksu Branch",
 * a subsidiary named with its parent), the containment score — coverage × 0.88 (listing covers
 * subsidiaries) or × 0.84 — applies if higher, which places it among potential matches to review.
 *
 * @example
 * ```ts
 * // query fully matched (cQ = 1), listed name two-thirds matched (cC = 2/3): 2·1·(2/3) / (1 + 2/3) = 0.8
 * nameScore(alignment, { includesSubsidiaries: false, unseenWeight: 5.67, distinctiveMatched: true }).score; // 0.8
 * ```
 */
export function nameScore(
  alignment: Pick<Alignment, 'matchedWeight' | 'queryWeight' | 'candidateWeight'>,
  context: {
    readonly includesSubsidiaries: boolean;
    readonly unseenWeight: number;
    /** Whether a distinctive word (not a place, business or common word) of the listed name was matched. */
    readonly distinctiveMatched: boolean;
  },
): NameScore {
  const { matchedWeight, queryWeight, candidateWeight } = alignment;
  const queryCoverage = queryWeight > 0 ? Math.min(1, matchedWeight / queryWeight) : 0;
  const candidateCoverage = candidateWeight > 0 ? Math.min(1, matchedWeight / candidateWeight) : 0;
  const sum = queryCoverage + candidateCoverage;
  const coverage = sum > 0 ? (2 * queryCoverage * candidateCoverage) / sum : 0;
  let containment = 0;
  if (
    (context.distinctiveMatched || context.includesSubsidiaries) &&
    candidateCoverage >= CONTAINMENT_MIN_COVERAGE &&
    candidateWeight >= CONTAINMENT_MIN_WEIGHT * context.unseenWeight
  ) {
    const factor = context.includesSubsidiaries ? CONTAINMENT_FACTOR_SUBSIDIARIES : CONTAINMENT_FACTOR;
    containment = factor * candidateCoverage;
  }
  return containment > coverage
    ? { score: containment, rule: 'containment', queryCoverage, candidateCoverage }
    : { score: coverage, rule: 'coverage', queryCoverage, candidateCoverage };
}
