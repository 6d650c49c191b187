import { boundedEditDistance, maxEditsFor } from './edit-distance.js';
import { jaroWinkler } from './jaro-winkler.js';

/** Below this Jaro-Winkler similarity two tokens are different words, whatever their edit distance. */
export const MIN_TOKEN_SIMILARITY = 0.84;

/**
 * The similarity of two different tokens as a possible spelling variant of one word: their
 * Jaro-Winkler similarity when they are within {@link maxEditsFor} edits of each other and at least
 * {@link MIN_TOKEN_SIMILARITY} alike, and, below ten letters, when they begin with the same letter;
 * else 0. Equal tokens are 1.
 *
 * @example
 * ```ts
 * tokenSimilarity('textile', 'textle') > 0.9; // true (one deletion)
 * tokenSimilarity('gold', 'good'); // 0 (four letters: no edit allowed)
 * ```
 */
export function tokenSimilarity(a: string, b: string): number {
  if (a === b) return 1;
  const longest = Math.max(a.length, b.length);
  const max = maxEditsFor(longest);
  if (max === 0) return 0;
  // A different first letter is rarely a typo and often another syllable (hongtai / zhongtai). (Checked
  // before the edit distance, which it saves; either check alone gives 0.)
  if (a.charCodeAt(0) !== b.charCodeAt(0) && longest < 10) return 0;
  if (boundedEditDistance(a, b, max) > max) return 0;
  const similarity = jaroWinkler(a, b);
  return similarity >= MIN_TOKEN_SIMILARITY ? similarity : 0;
}

/**
 * Whether {@link tokenSimilarity} of two words with these lengths and first letters (character codes)
 * can be above 0: only equal words when no edit is allowed or the lengths differ by more than the
 * allowed edits; below ten letters, only words that begin alike. A pre-check that saves building joined
 * words that cannot match; when it says `false` the similarity is 0.
 *
 * @example
 * ```ts
 * mayBeSimilar(5, 104, 9, 122); // false: 'huafu' and a nine-letter word beginning with z
 * ```
 */
export function mayBeSimilar(la: number, a0: number, lb: number, b0: number): boolean {
  const longest = Math.max(la, lb);
  const max = maxEditsFor(longest);
  if (max === 0 || Math.abs(la - lb) > max) return la === lb && a0 === b0;
  return a0 === b0 || longest >= 10;
}
