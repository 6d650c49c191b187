import type { NormalisedName } from '../normalise/name-token.js';
import { type IndexData, joinedBit, resegment, tokenBit, type WeightedPosting } from './index-data.js';
import type { QueryToken } from './indexed-name.js';

/**
 * The query tokens of a normalised name: each token's vocabulary id (or -1 for a word the lists do not
 * use), its weight (its list weight, or an unseen word's) and its spelling neighbours in the
 * vocabulary found through the trigram index.
 *
 * @example
 * ```ts
 * buildQuery(normalised, data).map((q) => q.token.text);
 * ```
 */
export function buildQuery(name: NormalisedName, data: IndexData): QueryToken[] {
  const { vocabulary } = data;
  return resegment(name, vocabulary).map((token) => {
    const id = vocabulary.ids.get(token.text) ?? -1;
    const weight = id >= 0 ? vocabulary.weight(id) : vocabulary.unseenWeight(token.text, token.place);
    const similar = new Map<number, number>();
    if (id >= 0) similar.set(id, 1);
    const near = vocabulary.neighbours(token.text);
    near.ids.forEach((other, k) => {
      similar.set(other, near.similarities[k] ?? 0);
    });
    return { token, id, weight, similar };
  });
}

/** Scratch arrays reused across queries (screening is synchronous, so one set per index suffices). */
export interface Scratch {
  /** Per name, the number of the query that last collected it. */
  readonly seen: Int32Array;
  /** Per name collected by the current query: its bound so far, summed feature by feature. */
  readonly acc: Float64Array;
  /** Per name collected by the current query: the first feature that reached it. */
  readonly first: Int32Array;
  /** The names collected by the current query. */
  readonly collected: Int32Array;
  /** The number of the current query. */
  stamp: number;
}

/** Creates the scratch arrays for an index of `names` names. */
export function createScratch(names: number): Scratch {
  return {
    seen: new Int32Array(names),
    acc: new Float64Array(names),
    first: new Int32Array(names),
    collected: new Int32Array(names),
    stamp: 0,
  };
}

const TOKEN = 0;
const JOINED = 1;
/** Postings no longer than this are always read in full. */
const SHORT_POSTING = 16;
/** At most this many of the longest postings are considered for reading in part. */
const MAX_PARTIAL = 24;

/** How many of the ascending `weights` are at most `limit`. */
function countUpTo(weights: Float64Array, limit: number): number {
  let lo = 0;
  let hi = weights.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((weights[mid] ?? 0) <= limit) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The bound sum of name `n` over every feature, in query order (as a full scan adds it up), and the
 * first feature that reaches it; written to `out`.
 */
function fullSum(
  data: IndexData,
  n: number,
  kinds: readonly number[],
  keys: readonly number[],
  amounts: readonly number[],
  out: { sum: number; first: number },
): void {
  const { tokenIds, tokenWeights, joinedTokenIds } = data;
  const from = data.tokenStart[n] as number;
  const to = data.tokenStart[n + 1] as number;
  const joinedFrom = data.joinedStart[n] as number;
  const joinedTo = data.joinedStart[n + 1] as number;
  let sum = 0;
  let first = -1;
  for (let f = 0; f < kinds.length; f++) {
    const key = keys[f] as number;
    if (kinds[f] === TOKEN) {
      for (let j = from; j < to; j++)
        if (tokenIds[j] === key) {
          if (first < 0) first = f;
          sum += amounts[f] as number;
          break;
        }
    } else
      for (let k = joinedFrom; k < joinedTo; k++)
        if (joinedTokenIds[k] === key) {
          if (first < 0) first = f;
          const j = from + (k - joinedFrom);
          sum += (tokenWeights[j] as number) + (tokenWeights[j + 1] as number);
        }
  }
  out.sum = sum;
  out.first = first;
}

/**
 * Candidate generation (blocking): the names that share a token, a spelling variant of a token, or a
 * word written joined or apart with the query, each with an upper bound of the share of its weight the
 * query can cover. Names whose bound is below `minCoverage` cannot reach the threshold and are dropped;
 * of the rest, the `limit` with the highest bounds are returned (ties by list, entry and name order, so
 * the result does not depend on the order of the lists).
 *
 * The query's features (each token's own id and spelling variants, the joined words, adjacent query
 * tokens written joined) are not all read in full. A name reached only through a set C of features can
 * gain at most A = the sum of their largest amounts, so it can only reach `minCoverage` if its total
 * weight is at most A / minCoverage; postings are ordered by total weight, so for the features in C
 * (the longest postings, typically place and business words) only that light prefix is read. Which
 * features go in C is chosen per query to read the fewest names. The bound of every collected name is
 * then summed exactly as a full scan would sum it, feature by feature in query order, so the names kept
 * and their order are those of a full scan.
 *
 * @example
 * ```ts
 * candidates(query, data, scratch, 0.55, 64); // name indices to score
 * ```
 */
export function candidates(
  query: readonly QueryToken[],
  data: IndexData,
  scratch: Scratch,
  minCoverage: number,
  limit: number,
): number[] {
  const { vocabulary, postings, joinedIds, joinedPostings, joinedMax } = data;
  // The features, in the order a full scan adds them up: kind, key (vocabulary or joined-word id),
  // amount (for a joined word: its largest amount in one name), posting.
  const kinds: number[] = [];
  const keys: number[] = [];
  const amounts: number[] = [];
  const lists: WeightedPosting[] = [];
  const feature = (kind: number, key: number, amount: number, list: WeightedPosting | undefined): void => {
    if (list === undefined) return;
    kinds.push(kind);
    keys.push(key);
    amounts.push(amount);
    lists.push(list);
  };
  for (let i = 0; i < query.length; i++) {
    const q = query[i] as QueryToken;
    for (const [id, similarity] of q.similar)
      feature(TOKEN, id, similarity * vocabulary.weight(id), postings[id]);
    const joined = joinedIds.get(q.token.text);
    if (joined !== undefined) feature(JOINED, joined, joinedMax[joined] ?? 0, joinedPostings[joined]);
    const next = query[i + 1];
    if (next !== undefined) {
      const id = vocabulary.ids.get(`${q.token.text}${next.token.text}`);
      if (id !== undefined) feature(TOKEN, id, vocabulary.weight(id), postings[id]);
    }
  }
  const count = kinds.length;

  // Which long postings to read only up to a weight: try the k longest for every k, keep the cheapest.
  const long: number[] = [];
  for (let f = 0; f < count; f++)
    if ((lists[f] as WeightedPosting).names.length > SHORT_POSTING) long.push(f);
  long.sort(
    (a, b) =>
      (lists[b] as WeightedPosting).names.length - (lists[a] as WeightedPosting).names.length || a - b,
  );
  if (long.length > MAX_PARTIAL) long.length = MAX_PARTIAL;
  const weightLimit = (sum: number): number =>
    minCoverage > 0 ? (sum / minCoverage) * (1 + 1e-9) + 1e-12 : Number.POSITIVE_INFINITY;
  let bestK = 0;
  let bestCost = 0;
  for (const f of long) bestCost += (lists[f] as WeightedPosting).names.length;
  let partialSum = 0;
  for (let k = 1; k <= long.length; k++) {
    partialSum += amounts[long[k - 1] as number] ?? 0;
    const limitWeight = weightLimit(partialSum);
    let cost = 0;
    for (let t = 0; t < long.length; t++) {
      const list = lists[long[t] as number] as WeightedPosting;
      cost += t < k ? countUpTo(list.weights, limitWeight) : list.names.length;
    }
    if (cost < bestCost) {
      bestCost = cost;
      bestK = k;
    }
  }
  const partial = new Set<number>();
  let partialAmount = 0;
  let partialBits = 0;
  for (let t = 0; t < bestK; t++) {
    const f = long[t] as number;
    partial.add(f);
    partialAmount += amounts[f] ?? 0;
    partialBits |= kinds[f] === TOKEN ? tokenBit(keys[f] as number) : joinedBit(keys[f] as number);
  }
  const limitWeight = weightLimit(partialAmount);

  // Collect every name that may reach the bound, adding up its bound feature by feature, in query
  // order, as a full scan does (so the sums are the same to the last bit).
  const { seen, acc, first, collected } = scratch;
  scratch.stamp = scratch.stamp >= 0x7fffffff ? 1 : scratch.stamp + 1;
  if (scratch.stamp === 1) seen.fill(0);
  const stamp = scratch.stamp;
  let collectedCount = 0;
  for (let f = 0; f < count; f++) {
    const list = lists[f] as WeightedPosting;
    const end = partial.has(f) ? countUpTo(list.weights, limitWeight) : list.names.length;
    const names = list.names;
    const token = kinds[f] === TOKEN;
    const amount = amounts[f] as number;
    for (let t = 0; t < end; t++) {
      const name = names[t] as number;
      if (seen[name] !== stamp) {
        seen[name] = stamp;
        acc[name] = 0;
        first[name] = f;
        collected[collectedCount] = name;
        collectedCount += 1;
      }
      acc[name] = (acc[name] as number) + (token ? amount : (list.amounts[t] as number));
    }
  }

  // A name no heavier than the weight limit is in the read part of every posting that holds it: its sum
  // is complete. A heavier one was reached only through postings read in full; its sum is complete too
  // when its signature shows it holds none of the partly read features. Else it may miss what those
  // add, at most `partialAmount`: if even that cannot lift it to the bound it is dropped, else its sum
  // is done again over every feature.
  const { nameWeights, signatures } = data;
  const kept: Array<[number, number, number]> = [];
  const full = { sum: 0, first: -1 };
  for (let c = 0; c < collectedCount; c++) {
    const n = collected[c] as number;
    const weight = nameWeights[n] as number;
    let sum = acc[n] as number;
    let from = first[n] as number;
    if (bestK > 0 && weight > limitWeight && ((signatures[n] as number) & partialBits) !== 0) {
      if ((sum + partialAmount) * (1 + 1e-9) < minCoverage * weight) continue;
      fullSum(data, n, kinds, keys, amounts, full);
      sum = full.sum;
      from = full.first;
    }
    const bound = sum / weight;
    if (bound >= minCoverage) kept.push([n, bound, from]);
  }
  kept.sort((a, b) => a[2] - b[2] || a[0] - b[0]);
  kept.sort((a, b) => {
    const diff = b[1] - a[1];
    if (Math.abs(diff) > 1e-9) return diff;
    const ka = data.nameKeys[a[0]] ?? '';
    const kb = data.nameKeys[b[0]] ?? '';
    return ka < kb ? -1 : ka > kb ? 1 : 0;
  });
  return kept.slice(0, limit).map((k) => k[0]);
}
