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
  const max = maxEditsFor(Math.max(a.length, b.length));
  if (max === 0 || boundedEditDistance(a, b, max) > max) return 0;
  // A different first letter is rarely a typo and often another syllable (hongtai / zhongtai).
  if (a.charCodeAt(0) !== b.charCodeAt(0) && Math.max(a.length, b.length) < 10) return 0;
  const similarity = jaroWinkler(a, b);
  return similarity >= MIN_TOKEN_SIMILARITY ? similarity : 0;
}
