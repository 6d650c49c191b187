import { BUSINESS_WORDS, COMMON_WORDS } from '../data/generic-words.js';

const BUSINESS: ReadonlySet<string> = new Set(BUSINESS_WORDS);
const COMMON: ReadonlySet<string> = new Set(COMMON_WORDS);

/** What kind of word a token is, for its weight cap. */
export type TokenClass = 'business' | 'place' | 'common' | 'distinctive';

/** Weight caps, as shares of the weight of a word the lists have never seen. */
export const WEIGHT_CAPS: Readonly<Record<Exclude<TokenClass, 'distinctive'>, number>> = {
  business: 0.2,
  place: 0.3,
  common: 0.5,
};

/** The weight of a parenthesised qualifier relative to the same word outside parentheses. */
export const QUALIFIER_FACTOR = 0.5;

/**
 * The class of a token: a place name, a business word (`textile`, `trade`), a common English word
 * (`camel`, `western`) or a distinctive word.
 *
 * @example
 * ```ts
 * tokenClass('textile', false); // 'business'
 * tokenClass('huafu', false); // 'distinctive'
 * ```
 */
export function tokenClass(text: string, place: boolean): TokenClass {
  if (place) return 'place';
  if (BUSINESS.has(text)) return 'business';
  if (COMMON.has(text)) return 'common';
  return 'distinctive';
}

/**
 * The weight of a token: its inverse document frequency over the list entries, `ln(1 + N / df)`,
 * capped for generic classes at a share of the weight of an unseen word, `ln(1 + 2N)`. A word the lists
 * never use (`df` = 0) weighs as much as an unseen word. So on a small list "Xinjiang" or "Textile"
 * still weigh little even where they happen to be rare.
 *
 * @example
 * ```ts
 * // 144 entries, "huafu" in 12 of them: ln(1 + 144/12) = ln 13 ≈ 2.565
 * tokenWeight(12, 144, 'distinctive'); // ≈ 2.565
 * ```
 */
export function tokenWeight(df: number, entries: number, cls: TokenClass): number {
  const unseen = Math.log(1 + 2 * Math.max(1, entries));
  const idf = df === 0 ? unseen : Math.log(1 + Math.max(1, entries) / df);
  if (cls === 'distinctive') return idf;
  return Math.min(idf, WEIGHT_CAPS[cls] * unseen);
}
