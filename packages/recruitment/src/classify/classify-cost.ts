import { type CostCategory, costCategoryGroup } from '@unforced/core';
import { COST_KEYWORDS, type CostKeyword, type KeywordRank } from './cost-keywords.js';
import { editDistance, normaliseDescription } from './normalise-description.js';

/** The ILO grouping of a classified cost, or `unclassified` when neither the record nor the table says. */
export type CostGroup = 'recruitment-fee' | 'related-cost' | 'illegitimate' | 'none' | 'unclassified';

/** How a cost was classified. */
export interface CostClassification {
  /** The ILO category; absent when the cost could not be classified. */
  readonly category?: CostCategory;
  readonly group: CostGroup;
  /** `stated`: the record's own `category`; `keyword`/`fuzzy-keyword`: the table; `none`: unclassified. */
  readonly source: 'stated' | 'keyword' | 'fuzzy-keyword' | 'none';
  /** The phrase of the table that matched, if any. */
  readonly keyword?: string;
  /** The finer item (e.g. `visa`, `air-ticket`), used for a legal rule's employer-pays items. */
  readonly concept?: string;
}

const RANK_ORDER: Readonly<Record<KeywordRank, number>> = {
  illegitimate: 0,
  'named-fee': 1,
  related: 2,
  'generic-fee': 3,
  unrelated: 4,
};

interface PreparedKeyword {
  readonly keyword: CostKeyword;
  readonly words: readonly string[];
  readonly order: number;
}

const PREPARED: readonly PreparedKeyword[] = COST_KEYWORDS.map((keyword, order) => ({
  keyword,
  words: normaliseDescription(keyword.phrase),
  order,
}));

function wordMatches(token: string, word: string, fuzzy: boolean): boolean {
  if (token === word) return true;
  return fuzzy && word.length >= 5 && token.length >= 4 && editDistance(token, word, 1) <= 1;
}

function phraseOccurs(tokens: readonly string[], words: readonly string[], fuzzy: boolean): boolean {
  for (let start = 0; start + words.length <= tokens.length; start += 1) {
    let all = true;
    for (let k = 0; k < words.length && all; k += 1)
      all = wordMatches(tokens[start + k] ?? '', words[k] ?? '', fuzzy);
    if (all) return true;
  }
  return false;
}

function better(a: PreparedKeyword, b: PreparedKeyword): boolean {
  const rank = RANK_ORDER[a.keyword.rank] - RANK_ORDER[b.keyword.rank];
  if (rank !== 0) return rank < 0;
  if (a.words.length !== b.words.length) return a.words.length > b.words.length;
  return a.order < b.order;
}

function bestMatch(tokens: readonly string[], fuzzy: boolean): PreparedKeyword | undefined {
  let best: PreparedKeyword | undefined;
  for (const prepared of PREPARED) {
    if (prepared.words.length === 0 || !phraseOccurs(tokens, prepared.words, fuzzy)) continue;
    if (best === undefined || better(prepared, best)) best = prepared;
  }
  return best;
}

function groupOf(category: CostCategory): CostGroup {
  return costCategoryGroup(category);
}

/**
 * Matches a description against {@link COST_KEYWORDS}: exact phrases first; only when none matches,
 * phrases with one misspelt word (edit distance 1, words of five letters or more). Among matches the
 * rank decides (illegitimate, named fee, related cost, generic fee, unrelated), then the longer phrase,
 * then table order.
 *
 * @example
 * ```ts
 * matchCostKeyword('Visa processing fee')?.category; // 'administrative'
 * ```
 */
export function matchCostKeyword(description: string): (CostKeyword & { fuzzy: boolean }) | undefined {
  const tokens = normaliseDescription(description);
  const exact = bestMatch(tokens, false);
  if (exact !== undefined) return { ...exact.keyword, fuzzy: false };
  const fuzzy = bestMatch(tokens, true);
  return fuzzy === undefined ? undefined : { ...fuzzy.keyword, fuzzy: true };
}

/**
 * Classifies one cost against the ILO Definition of Recruitment Fees and Related Costs (2019). An
 * explicit `category` in the record wins over the description; otherwise the keyword table decides; a
 * description that matches nothing is `unclassified` (reported for review, never dropped).
 *
 * @example
 * ```ts
 * classifyCost('medical check-up (GAMCA)').category; // 'medical'
 * classifyCost('miscellaneous', 'recruitment-fee').source; // 'stated'
 * classifyCost('misc').group; // 'unclassified'
 * ```
 */
export function classifyCost(description: string, category?: CostCategory): CostClassification {
  const match = matchCostKeyword(description);
  if (category !== undefined) {
    const concept = match !== undefined && match.category === category ? match.concept : undefined;
    return concept === undefined
      ? { category, group: groupOf(category), source: 'stated' }
      : { category, group: groupOf(category), source: 'stated', concept };
  }
  if (match === undefined) return { group: 'unclassified', source: 'none' };
  return {
    category: match.category,
    group: groupOf(match.category),
    source: match.fuzzy ? 'fuzzy-keyword' : 'keyword',
    keyword: match.phrase,
    concept: match.concept,
  };
}

/**
 * A classifier that remembers descriptions it has seen, for batches where the same few descriptions
 * recur across thousands of workers. Results are identical to {@link classifyCost}.
 *
 * @example
 * ```ts
 * const classify = createCostClassifier();
 * classify('agency fee').category; // 'recruitment-fee'
 * ```
 */
export function createCostClassifier(): (description: string, category?: CostCategory) => CostClassification {
  const cache = new Map<string, CostClassification>();
  return (description, category) => {
    const key = category === undefined ? description : `${category}\u0000${description}`;
    let result = cache.get(key);
    if (result === undefined) {
      result = classifyCost(description, category);
      cache.set(key, result);
    }
    return result;
  };
}
