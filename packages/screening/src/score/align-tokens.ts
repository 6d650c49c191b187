import type { IndexedName, QueryToken } from '../index/indexed-name.js';
import { QUALIFIER_FACTOR } from '../index/token-weights.js';
import { tokenSimilarity } from './token-similarity.js';

/** How two parts of names were paired: the same token, a spelling variant, or words written joined or apart. */
export type PairingKind = 'exact' | 'spelling' | 'joined';

/** A pairing of query tokens with candidate tokens (one with one, or one with two adjacent for `joined`). */
export interface TokenPairing {
  readonly query: readonly number[];
  readonly candidate: readonly number[];
  readonly similarity: number;
  readonly kind: PairingKind;
  /** The candidate-side weight of the pairing. */
  readonly weight: number;
}

/** The result of {@link alignTokens}. */
export interface Alignment {
  readonly pairings: readonly TokenPairing[];
  readonly queryMatched: Uint8Array;
  readonly candidateMatched: Uint8Array;
  /** Σ similarity × weight over the pairings. */
  readonly matchedWeight: number;
  /** Weight of the query: the pairings' weights plus the unmatched query tokens' own weights. */
  readonly queryWeight: number;
  readonly candidateWeight: number;
}

function queryWeightOf(token: QueryToken): number {
  return token.token.qualifier ? token.weight * QUALIFIER_FACTOR : token.weight;
}

/**
 * Aligns the tokens of a query with those of a list name, in any order: the pairs of equal or
 * similar tokens are taken greedily by similarity × weight (so an order-swapped name aligns fully),
 * then leftover tokens are tried as one word written in two (`hua fu` / `huafu`, `tianhongxinba` /
 * `tianhong xinba`).
 *
 * @example
 * ```ts
 * const alignment = alignTokens(queryTokens, indexedName);
 * alignment.matchedWeight / alignment.candidateWeight; // share of the listed name found in the query
 * ```
 */
export function alignTokens(query: readonly QueryToken[], name: IndexedName): Alignment {
  const n = query.length;
  const m = name.ids.length;
  const queryMatched = new Uint8Array(n);
  const candidateMatched = new Uint8Array(m);
  const options: Array<[number, number, number, number]> = [];
  for (let i = 0; i < n; i++) {
    const q = query[i] as QueryToken;
    for (let j = 0; j < m; j++) {
      const id = name.ids[j] ?? -1;
      const similarity = q.id === id && id >= 0 ? 1 : (q.similar.get(id) ?? 0);
      if (similarity > 0) options.push([i, j, similarity, similarity * (name.weights[j] ?? 0)]);
    }
  }
  options.sort((a, b) => b[3] - a[3] || a[0] - b[0] || a[1] - b[1]);
  const pairings: TokenPairing[] = [];
  let matchedWeight = 0;
  for (const [i, j, similarity] of options) {
    if (queryMatched[i] === 1 || candidateMatched[j] === 1) continue;
    queryMatched[i] = 1;
    candidateMatched[j] = 1;
    const weight = name.weights[j] ?? 0;
    matchedWeight += similarity * weight;
    pairings.push({
      query: [i],
      candidate: [j],
      similarity,
      kind: similarity === 1 ? 'exact' : 'spelling',
      weight,
    });
  }
  const texts = name.tokens.map((t) => t.text);
  for (let i = 0; i < n; i++) {
    if (queryMatched[i] === 1) continue;
    const text = query[i]?.token.text ?? '';
    for (let j = 0; j + 1 < m; j++) {
      if (candidateMatched[j] === 1 || candidateMatched[j + 1] === 1) continue;
      const similarity = tokenSimilarity(text, `${texts[j]}${texts[j + 1]}`);
      if (similarity === 0) continue;
      queryMatched[i] = 1;
      candidateMatched[j] = 1;
      candidateMatched[j + 1] = 1;
      const weight = (name.weights[j] ?? 0) + (name.weights[j + 1] ?? 0);
      matchedWeight += similarity * weight;
      pairings.push({ query: [i], candidate: [j, j + 1], similarity, kind: 'joined', weight });
      break;
    }
  }
  for (let j = 0; j < m; j++) {
    if (candidateMatched[j] === 1) continue;
    for (let i = 0; i + 1 < n; i++) {
      if (queryMatched[i] === 1 || queryMatched[i + 1] === 1) continue;
      const joined = `${query[i]?.token.text ?? ''}${query[i + 1]?.token.text ?? ''}`;
      const similarity = tokenSimilarity(joined, texts[j] ?? '');
      if (similarity === 0) continue;
      queryMatched[i] = 1;
      queryMatched[i + 1] = 1;
      candidateMatched[j] = 1;
      const weight = name.weights[j] ?? 0;
      matchedWeight += similarity * weight;
      pairings.push({ query: [i, i + 1], candidate: [j], similarity, kind: 'joined', weight });
      break;
    }
  }
  let queryWeight = 0;
  for (const pairing of pairings) queryWeight += pairing.weight;
  for (let i = 0; i < n; i++) if (queryMatched[i] === 0) queryWeight += queryWeightOf(query[i] as QueryToken);
  return {
    pairings,
    queryMatched,
    candidateMatched,
    matchedWeight,
    queryWeight,
    candidateWeight: name.totalWeight,
  };
}
