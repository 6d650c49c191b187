import type { IndexedName, QueryToken } from '../index/indexed-name.js';
import type { TokenVia } from '../normalise/name-token.js';
import type { Alignment } from '../score/align-tokens.js';
import { round4 } from './round4.js';
import type { TokenMatchExplanation } from './screening-result.js';

function label(text: string, original: string): string {
  return original === text ? text : `${text} (${original})`;
}

function vias(list: readonly TokenVia[]): TokenVia[] {
  return [...new Set(list)];
}

/**
 * The per-token part of an explanation: each pairing with the words on both sides (the canonical word
 * and, where it differs, the word as written, e.g. `hetian (hotan)`), and the words left unmatched.
 *
 * @example
 * ```ts
 * explainTokens(query, name, alignment).tokens[0]; // { query: 'hetian (hotan)', candidate: 'hetian', kind: 'exact', … }
 * ```
 */
export function explainTokens(
  query: readonly QueryToken[],
  name: IndexedName,
  alignment: Alignment,
): { tokens: TokenMatchExplanation[]; unmatchedQuery: string[]; unmatchedCandidate: string[] } {
  const tokens = alignment.pairings.map((pairing): TokenMatchExplanation => {
    const q = pairing.query.map((i) => query[i]?.token).filter((t) => t !== undefined);
    const c = pairing.candidate.map((j) => name.tokens[j]).filter((t) => t !== undefined);
    return {
      query: q.map((t) => label(t.text, t.original)).join(' '),
      candidate: c.map((t) => label(t.text, t.original)).join(' '),
      kind: pairing.kind,
      similarity: round4(pairing.similarity),
      weight: round4(pairing.weight),
      queryVia: vias(q.map((t) => t.via)),
      candidateVia: vias(c.map((t) => t.via)),
    };
  });
  const unmatchedQuery: string[] = [];
  query.forEach((q, i) => {
    if (alignment.queryMatched[i] === 0) unmatchedQuery.push(label(q.token.text, q.token.original));
  });
  const unmatchedCandidate: string[] = [];
  name.tokens.forEach((t, j) => {
    if (alignment.candidateMatched[j] === 0) unmatchedCandidate.push(label(t.text, t.original));
  });
  return { tokens, unmatchedQuery, unmatchedCandidate };
}
