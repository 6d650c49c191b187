import type { CostCategory } from '@unforced/core';

/**
 * How strongly a phrase decides the category when a description matches several phrases:
 * - `illegitimate`: always wins, so an illegitimate charge hidden in a mixed line is never softened;
 * - `named-fee`: names the recruiter or its service (agent, placement, commission): a recruitment fee
 *   even when the line also names what it paid for ("agency fee incl. visa");
 * - `related`: a related cost (medical, visa, ticket…);
 * - `generic-fee`: a bare "service charge" or "processing fee", which yields to a related cost in the same
 *   line ("visa processing fee" is administrative);
 * - `unrelated`: a cost that is not a recruitment cost (food, rent), which yields to everything else.
 */
export type KeywordRank = 'illegitimate' | 'named-fee' | 'related' | 'generic-fee' | 'unrelated';

/** One phrase of the classification table. */
export interface CostKeyword {
  /** The phrase as it appears in records; matched word by word after normalisation. */
  readonly phrase: string;
  readonly category: CostCategory;
  /** A finer item than the category, matched against a legal rule's employer-pays items (e.g. `visa`). */
  readonly concept: string;
  readonly rank: KeywordRank;
}

/**
 * Builds table entries for phrases that share a category, concept and rank.
 *
 * @example
 * ```ts
 * keywordGroup('medical', 'medical-exam', 'related', ['GAMCA']);
 * ```
 */
export function keywordGroup(
  category: CostCategory,
  concept: string,
  rank: KeywordRank,
  phrases: readonly string[],
): CostKeyword[] {
  return phrases.map((phrase) => ({ phrase, category, concept, rank }));
}
