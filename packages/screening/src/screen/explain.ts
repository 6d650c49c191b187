import type { IndexedName, QueryToken } from '../index/indexed-name.js';
import type { NameToken, TokenVia } from '../normalise/name-token.js';
import type { Alignment } from '../score/align-tokens.js';
import { round4 } from './round4.js';
import type { TokenMatchExplanation } from './screening-result.js';

function label(text: string, original: string): string {
  return original === text ? text : `${text} (${original})`;
}

/** The words of one side of a pairing (each labelled, joined by spaces) and how they were read (each way once, in order). */
interface Side {
  readonly text: string;
  readonly via: TokenVia[];
}

function sideOf<T>(indices: readonly number[], tokens: readonly T[], tokenOf: (item: T) => NameToken): Side {
  let text = '';
  let count = 0;
  const via: TokenVia[] = [];
  for (const k of indices) {
    const item = tokens[k];
    if (item === undefined) continue;
    const token = tokenOf(item);
    const written = label(token.text, token.original);
    text = count === 0 ? written : `${text} ${written}`;
    count += 1;
    if (!via.includes(token.via)) via.push(token.via);
  }
  return { text, via };
}

const queryTokenOf = (q: QueryToken): NameToken => q.token;
const nameTokenOf = (t: NameToken): NameToken => t;

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
  const tokens: TokenMatchExplanation[] = [];
  for (const pairing of alignment.pairings) {
    const q = sideOf(pairing.query, query, queryTokenOf);
    const c = sideOf(pairing.candidate, name.tokens, nameTokenOf);
    tokens.push({
      query: q.text,
      candidate: c.text,
      kind: pairing.kind,
      similarity: round4(pairing.similarity),
      weight: round4(pairing.weight),
      queryVia: q.via,
      candidateVia: c.via,
    });
  }
  const unmatchedQuery: string[] = [];
  for (let i = 0; i < query.length; i++) {
    const q = query[i] as QueryToken;
    if (alignment.queryMatched[i] === 0) unmatchedQuery.push(label(q.token.text, q.token.original));
  }
  const unmatchedCandidate: string[] = [];
  for (let j = 0; j < name.tokens.length; j++) {
    const t = name.tokens[j] as NameToken;
    if (alignment.candidateMatched[j] === 0) unmatchedCandidate.push(label(t.text, t.original));
  }
  return { tokens, unmatchedQuery, unmatchedCandidate };
}
