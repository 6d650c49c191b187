import type { IndexData } from '../index/index-data.js';
import type { QueryToken } from '../index/indexed-name.js';
import { QUALIFIER_FACTOR } from '../index/token-weights.js';
import { mayBeSimilar, tokenSimilarity } from './token-similarity.js';

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

/** The figures of an alignment that the name score needs, without the pairings. */
export interface AlignmentScore {
  /** Σ similarity × weight over the pairings. */
  matchedWeight: number;
  /** The pairings' weights plus the unmatched query tokens' own weights. */
  queryWeight: number;
  /** Whether a distinctive word (not a place, business or common word) of the listed name was paired. */
  distinctiveMatched: boolean;
}

// Scratch reused from call to call (screening is synchronous): the token pairs with a similarity, and
// the matched flags of the score-only alignment.
let optionI = new Int32Array(64);
let optionJ = new Int32Array(64);
let optionSimilarity = new Float64Array(64);
let optionScore = new Float64Array(64);
let scratchQuery = new Uint8Array(64);
let scratchCandidate = new Uint8Array(64);

/** The similarity of a query token to vocabulary id `id` (0 when it is not among the ids it meets). */
function similarityTo(q: QueryToken, id: number): number {
  const { similarIds } = q;
  for (let k = 0; k < similarIds.length; k++) if (similarIds[k] === id) return q.similarities[k] as number;
  return 0;
}

function growOptions(size: number): void {
  const grow = <T extends Int32Array | Float64Array>(old: T, make: (n: number) => T): T => {
    const next = make(size);
    next.set(old);
    return next;
  };
  optionI = grow(optionI, (n) => new Int32Array(n));
  optionJ = grow(optionJ, (n) => new Int32Array(n));
  optionSimilarity = grow(optionSimilarity, (n) => new Float64Array(n));
  optionScore = grow(optionScore, (n) => new Float64Array(n));
}

/**
 * The alignment of a query with list name `n` (read from the index's flat token arrays). The pairs of
 * equal or similar tokens are taken greedily, best similarity × weight first (ties: lower query
 * position, then lower name position) — each step takes the best pair whose two tokens are both free,
 * which is the same as walking the pairs in that order and taking every pair still free; then
 * leftover tokens are tried as one word written in two. Writes the figures to `out`; records each
 * pairing in `pairings` when given.
 */
function align(
  query: readonly QueryToken[],
  data: IndexData,
  n: number,
  queryMatched: Uint8Array,
  candidateMatched: Uint8Array,
  pairings: TokenPairing[] | undefined,
  out: AlignmentScore,
): void {
  const { tokenIds: ids, tokenWeights: weights, tokenTexts: texts, distinctive } = data;
  const from = data.tokenStart[n] as number;
  const m = (data.tokenStart[n + 1] as number) - from;
  const count = query.length;
  let options = 0;
  for (let i = 0; i < count; i++) {
    const q = query[i] as QueryToken;
    for (let j = 0; j < m; j++) {
      const id = ids[from + j] as number;
      const similarity = q.id === id && id >= 0 ? 1 : similarityTo(q, id);
      if (similarity <= 0) continue;
      if (options === optionI.length) growOptions(2 * options);
      optionI[options] = i;
      optionJ[options] = j;
      optionSimilarity[options] = similarity;
      optionScore[options] = similarity * (weights[from + j] as number);
      options += 1;
    }
  }
  let matchedWeight = 0;
  let pairWeight = 0;
  let distinctiveMatched = false;
  for (;;) {
    let best = -1;
    let bestScore = 0;
    for (let o = 0; o < options; o++) {
      if (queryMatched[optionI[o] as number] === 1 || candidateMatched[optionJ[o] as number] === 1) continue;
      const score = optionScore[o] as number;
      if (best < 0 || score > bestScore) {
        best = o;
        bestScore = score;
      }
    }
    if (best < 0) break;
    const i = optionI[best] as number;
    const j = optionJ[best] as number;
    const similarity = optionSimilarity[best] as number;
    queryMatched[i] = 1;
    candidateMatched[j] = 1;
    const weight = weights[from + j] as number;
    matchedWeight += similarity * weight;
    pairWeight += weight;
    if (distinctive[ids[from + j] as number] === 1) distinctiveMatched = true;
    pairings?.push({
      query: [i],
      candidate: [j],
      similarity,
      kind: similarity === 1 ? 'exact' : 'spelling',
      weight,
    });
  }
  // A query word written as two adjacent words of the listed name.
  for (let i = 0; i < count; i++) {
    if (queryMatched[i] === 1) continue;
    const text = (query[i] as QueryToken).token.text;
    const first = text.charCodeAt(0);
    for (let j = 0; j + 1 < m; j++) {
      if (candidateMatched[j] === 1 || candidateMatched[j + 1] === 1) continue;
      const left = texts[from + j] as string;
      const right = texts[from + j + 1] as string;
      if (!mayBeSimilar(text.length, first, left.length + right.length, left.charCodeAt(0))) continue;
      const similarity = tokenSimilarity(text, `${left}${right}`);
      if (similarity === 0) continue;
      queryMatched[i] = 1;
      candidateMatched[j] = 1;
      candidateMatched[j + 1] = 1;
      const weight = (weights[from + j] as number) + (weights[from + j + 1] as number);
      matchedWeight += similarity * weight;
      pairWeight += weight;
      if (distinctive[ids[from + j] as number] === 1 || distinctive[ids[from + j + 1] as number] === 1)
        distinctiveMatched = true;
      pairings?.push({ query: [i], candidate: [j, j + 1], similarity, kind: 'joined', weight });
      break;
    }
  }
  // A word of the listed name written as two adjacent query words.
  for (let j = 0; j < m; j++) {
    if (candidateMatched[j] === 1) continue;
    const text = texts[from + j] as string;
    const first = text.charCodeAt(0);
    for (let i = 0; i + 1 < count; i++) {
      if (queryMatched[i] === 1 || queryMatched[i + 1] === 1) continue;
      const left = (query[i] as QueryToken).token.text;
      const right = (query[i + 1] as QueryToken).token.text;
      if (!mayBeSimilar(left.length + right.length, left.charCodeAt(0), text.length, first)) continue;
      const similarity = tokenSimilarity(`${left}${right}`, text);
      if (similarity === 0) continue;
      queryMatched[i] = 1;
      queryMatched[i + 1] = 1;
      candidateMatched[j] = 1;
      const weight = weights[from + j] as number;
      matchedWeight += similarity * weight;
      pairWeight += weight;
      if (distinctive[ids[from + j] as number] === 1) distinctiveMatched = true;
      pairings?.push({ query: [i, i + 1], candidate: [j], similarity, kind: 'joined', weight });
      break;
    }
  }
  let queryWeight = pairWeight;
  for (let i = 0; i < count; i++)
    if (queryMatched[i] === 0) queryWeight += queryWeightOf(query[i] as QueryToken);
  out.matchedWeight = matchedWeight;
  out.queryWeight = queryWeight;
  out.distinctiveMatched = distinctiveMatched;
}

/**
 * The figures of {@link alignTokens} without its pairings and without allocating: what the name score
 * needs to decide whether a candidate is worth explaining. Writes to `out`.
 *
 * @example
 * ```ts
 * const out = { matchedWeight: 0, queryWeight: 0, distinctiveMatched: false };
 * alignmentScore(queryTokens, data, nameIndex, out);
 * ```
 */
export function alignmentScore(
  query: readonly QueryToken[],
  data: IndexData,
  n: number,
  out: AlignmentScore,
): void {
  const m = (data.tokenStart[n + 1] as number) - (data.tokenStart[n] as number);
  if (scratchQuery.length < query.length) scratchQuery = new Uint8Array(2 * query.length);
  if (scratchCandidate.length < m) scratchCandidate = new Uint8Array(2 * m);
  scratchQuery.fill(0, 0, query.length);
  scratchCandidate.fill(0, 0, m);
  align(query, data, n, scratchQuery, scratchCandidate, undefined, out);
}

/**
 * Aligns the tokens of a query with those of list name `n`, in any order: the pairs of equal or
 * similar tokens are taken greedily by similarity × weight (so an order-swapped name aligns fully),
 * then leftover tokens are tried as one word written in two (`hua fu` / `huafu`, `tianhongxinba` /
 * `tianhong xinba`).
 *
 * @example
 * ```ts
 * const alignment = alignTokens(queryTokens, data, nameIndex);
 * alignment.matchedWeight / alignment.candidateWeight; // share of the listed name found in the query
 * ```
 */
export function alignTokens(query: readonly QueryToken[], data: IndexData, n: number): Alignment {
  const m = (data.tokenStart[n + 1] as number) - (data.tokenStart[n] as number);
  const queryMatched = new Uint8Array(query.length);
  const candidateMatched = new Uint8Array(m);
  const pairings: TokenPairing[] = [];
  const out: AlignmentScore = { matchedWeight: 0, queryWeight: 0, distinctiveMatched: false };
  align(query, data, n, queryMatched, candidateMatched, pairings, out);
  return {
    pairings,
    queryMatched,
    candidateMatched,
    matchedWeight: out.matchedWeight,
    queryWeight: out.queryWeight,
    candidateWeight: data.nameWeights[n] as number,
  };
}
