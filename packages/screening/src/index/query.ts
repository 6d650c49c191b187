import type { NormalisedName } from '../normalise/name-token.js';
import { type IndexData, joinedBit, type Postings, resegment, tokenBit } from './index-data.js';
import type { QueryToken } from './indexed-name.js';

/** What a query needs of one token text; the same text always gives the same answer. */
export interface TokenInfo {
  /** Vocabulary id, or -1 for a word the lists do not use. */
  readonly id: number;
  /** The vocabulary ids the text meets: its own id (if any) first, then its spelling variants, best first. */
  readonly similarIds: Int32Array;
  /** The similarity of each of `similarIds` (1 for the text itself). */
  readonly similarities: Float64Array;
  /** The joined-word id of this text (two adjacent words of a list name written as one), or -1. */
  readonly joinedId: number;
  /** Whether a longer vocabulary word begins with this text (so this text and the next may join into one). */
  readonly startsLonger: boolean;
}

/** Texts looked up at most this many before the cache starts again. */
const TOKEN_CACHE_LIMIT = 50_000;

/**
 * A token text's {@link TokenInfo}, from the index's bounded cache (it only saves the look-ups and
 * the spelling-variant search; it never changes an answer).
 */
export function tokenInfo(data: IndexData, text: string): TokenInfo {
  const cached = data.tokenCache.get(text);
  if (cached !== undefined) return cached;
  const { vocabulary } = data;
  const id = vocabulary.ids.get(text) ?? -1;
  const similar = new Map<number, number>();
  if (id >= 0) similar.set(id, 1);
  const near = vocabulary.neighbours(text);
  near.ids.forEach((other, k) => {
    similar.set(other, near.similarities[k] ?? 0);
  });
  const info: TokenInfo = {
    id,
    similarIds: Int32Array.from(similar.keys()),
    similarities: Float64Array.from(similar.values()),
    joinedId: data.joinedIds.get(text) ?? -1,
    startsLonger: vocabulary.startsLonger(text),
  };
  if (data.tokenCache.size >= TOKEN_CACHE_LIMIT) data.tokenCache.clear();
  data.tokenCache.set(text, info);
  return info;
}

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
  const tokens = resegment(name, vocabulary);
  const query: QueryToken[] = [];
  for (const token of tokens) {
    const info = tokenInfo(data, token.text);
    const weight =
      info.id >= 0 ? vocabulary.weight(info.id) : vocabulary.unseenWeight(token.text, token.place);
    query.push({
      token,
      id: info.id,
      weight,
      similarIds: info.similarIds,
      similarities: info.similarities,
      joinedId: info.joinedId,
      startsLonger: info.startsLonger,
    });
  }
  return query;
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
  /**
   * The current query's features (see {@link candidates}): kind, key, amount, where its posting
   * starts and ends (in the token or joined-word postings), whether it is read in part.
   */
  kinds: Int32Array;
  keys: Int32Array;
  amounts: Float64Array;
  from: Int32Array;
  to: Int32Array;
  partial: Uint8Array;
}

/** Creates the scratch arrays for an index of `names` names. */
export function createScratch(names: number): Scratch {
  return {
    seen: new Int32Array(names),
    acc: new Float64Array(names),
    first: new Int32Array(names),
    collected: new Int32Array(names),
    stamp: 0,
    kinds: new Int32Array(64),
    keys: new Int32Array(64),
    amounts: new Float64Array(64),
    from: new Int32Array(64),
    to: new Int32Array(64),
    partial: new Uint8Array(64),
  };
}

const TOKEN = 0;
const JOINED = 1;
/** Postings no longer than this are always read in full. */
const SHORT_POSTING = 16;
/** At most this many of the longest postings are considered for reading in part. */
const MAX_PARTIAL = 24;

/** The end of the run of `weights[from … to)` (ascending) that are at most `limit`. */
function endUpTo(weights: Float64Array, from: number, to: number, limit: number): number {
  let lo = from;
  let hi = to;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((weights[mid] as number) <= limit) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Sorts by a total order (`before(a, b)`: a comes first; never true both ways): by insertion, which
 * allocates nothing, when short, else with `Array.prototype.sort`. A total order has one sorted result,
 * so both give the same.
 */
function sortSmall<T>(items: T[], before: (a: T, b: T) => boolean): void {
  if (items.length > 32) {
    items.sort((a, b) => (before(a, b) ? -1 : before(b, a) ? 1 : 0));
    return;
  }
  for (let t = 1; t < items.length; t++) {
    const item = items[t] as T;
    let u = t - 1;
    for (; u >= 0 && !before(items[u] as T, item); u--) items[u + 1] = items[u] as T;
    items[u + 1] = item;
  }
}

/** Adds a feature to the scratch (growing it when full); returns the new count. */
function addFeature(
  scratch: Scratch,
  count: number,
  kind: number,
  key: number,
  amount: number,
  postings: Postings,
): number {
  if (key < 0 || key + 1 >= postings.start.length) return count;
  if (count === scratch.kinds.length) {
    const grow = <T extends Int32Array | Float64Array | Uint8Array>(old: T, make: (n: number) => T): T => {
      const next = make(2 * count);
      next.set(old);
      return next;
    };
    scratch.kinds = grow(scratch.kinds, (n) => new Int32Array(n));
    scratch.keys = grow(scratch.keys, (n) => new Int32Array(n));
    scratch.amounts = grow(scratch.amounts, (n) => new Float64Array(n));
    scratch.from = grow(scratch.from, (n) => new Int32Array(n));
    scratch.to = grow(scratch.to, (n) => new Int32Array(n));
    scratch.partial = grow(scratch.partial, (n) => new Uint8Array(n));
  }
  scratch.kinds[count] = kind;
  scratch.keys[count] = key;
  scratch.amounts[count] = amount;
  scratch.from[count] = postings.start[key] as number;
  scratch.to[count] = postings.start[key + 1] as number;
  return count + 1;
}

/**
 * The bound sum of name `n` over the `count` features, in query order (as a full scan adds it up), and
 * the first feature that reaches it; written to `out`.
 */
function fullSum(
  data: IndexData,
  n: number,
  scratch: Scratch,
  count: number,
  out: { sum: number; first: number },
): void {
  const { tokenIds, tokenWeights, joinedTokenIds } = data;
  const { kinds, keys, amounts } = scratch;
  const from = data.tokenStart[n] as number;
  const to = data.tokenStart[n + 1] as number;
  const joinedFrom = data.joinedStart[n] as number;
  const joinedTo = data.joinedStart[n + 1] as number;
  let sum = 0;
  let first = -1;
  for (let f = 0; f < count; f++) {
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

const weightLimit = (sum: number, minCoverage: number): number =>
  minCoverage > 0 ? (sum / minCoverage) * (1 + 1e-9) + 1e-12 : Number.POSITIVE_INFINITY;

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
  const { vocabulary, postings, joinedPostings, joinedMax } = data;
  // The features, in the order a full scan adds them up: kind, key (vocabulary or joined-word id),
  // amount (for a joined word: its largest amount in one name), posting.
  let count = 0;
  for (let i = 0; i < query.length; i++) {
    const q = query[i] as QueryToken;
    const { similarIds, similarities } = q;
    for (let k = 0; k < similarIds.length; k++) {
      const id = similarIds[k] as number;
      count = addFeature(
        scratch,
        count,
        TOKEN,
        id,
        (similarities[k] as number) * vocabulary.weight(id),
        postings,
      );
    }
    if (q.joinedId >= 0)
      count = addFeature(scratch, count, JOINED, q.joinedId, joinedMax[q.joinedId] ?? 0, joinedPostings);
    const next = query[i + 1];
    // This token and the next written as one word of the lists (only possible when a longer word
    // begins with this one, or the next is empty).
    if (next !== undefined && (q.startsLonger || next.token.text === '')) {
      const id = vocabulary.ids.get(`${q.token.text}${next.token.text}`);
      if (id !== undefined) count = addFeature(scratch, count, TOKEN, id, vocabulary.weight(id), postings);
    }
  }
  const { kinds, keys, amounts, from, to, partial } = scratch;

  // Which long postings to read only up to a weight: try the k longest for every k, keep the cheapest.
  const long: number[] = [];
  for (let f = 0; f < count; f++) if ((to[f] as number) - (from[f] as number) > SHORT_POSTING) long.push(f);
  // Longest first, ties by feature.
  sortSmall(long, (f, g) => {
    const lf = (to[f] as number) - (from[f] as number);
    const lg = (to[g] as number) - (from[g] as number);
    return lf > lg || (lf === lg && f < g);
  });
  if (long.length > MAX_PARTIAL) long.length = MAX_PARTIAL;
  let bestK = 0;
  let bestCost = 0;
  for (const f of long) bestCost += (to[f] as number) - (from[f] as number);
  let partialSum = 0;
  for (let k = 1; k <= long.length; k++) {
    partialSum += amounts[long[k - 1] as number] as number;
    const limitWeight = weightLimit(partialSum, minCoverage);
    let cost = 0;
    for (let t = 0; t < long.length; t++) {
      const f = long[t] as number;
      const weights = kinds[f] === TOKEN ? postings.weights : joinedPostings.weights;
      const start = from[f] as number;
      cost +=
        t < k ? endUpTo(weights, start, to[f] as number, limitWeight) - start : (to[f] as number) - start;
    }
    if (cost < bestCost) {
      bestCost = cost;
      bestK = k;
    }
  }
  partial.fill(0, 0, count);
  let partialAmount = 0;
  let partialBits = 0;
  for (let t = 0; t < bestK; t++) {
    const f = long[t] as number;
    partial[f] = 1;
    partialAmount += amounts[f] as number;
    partialBits |= kinds[f] === TOKEN ? tokenBit(keys[f] as number) : joinedBit(keys[f] as number);
  }
  const limitWeight = weightLimit(partialAmount, minCoverage);

  // Collect every name that may reach the bound, adding up its bound feature by feature, in query
  // order, as a full scan does (so the sums are the same to the last bit).
  const { seen, acc, first, collected } = scratch;
  scratch.stamp = scratch.stamp >= 0x7fffffff ? 1 : scratch.stamp + 1;
  if (scratch.stamp === 1) seen.fill(0);
  const stamp = scratch.stamp;
  let collectedCount = 0;
  for (let f = 0; f < count; f++) {
    const token = kinds[f] === TOKEN;
    const posting = token ? postings : joinedPostings;
    const start = from[f] as number;
    const end =
      partial[f] === 1 ? endUpTo(posting.weights, start, to[f] as number, limitWeight) : (to[f] as number);
    const names = posting.names;
    const added = posting.amounts;
    const amount = amounts[f] as number;
    for (let t = start; t < end; t++) {
      const name = names[t] as number;
      if (seen[name] !== stamp) {
        seen[name] = stamp;
        acc[name] = 0;
        first[name] = f;
        collected[collectedCount] = name;
        collectedCount += 1;
      }
      acc[name] = (acc[name] as number) + (token ? amount : (added[t] as number));
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
      fullSum(data, n, scratch, count, full);
      sum = full.sum;
      from = full.first;
    }
    const bound = sum / weight;
    if (bound >= minCoverage) kept.push([n, bound, from]);
  }
  // The order a full scan meets the names in (by first feature, then by name), then best bound first.
  sortSmall(kept, (x, y) => x[2] < y[2] || (x[2] === y[2] && x[0] < y[0]));
  if (kept.length > 1)
    kept.sort((a, b) => {
      const diff = b[1] - a[1];
      if (Math.abs(diff) > 1e-9) return diff;
      const ka = data.nameKeys[a[0]] ?? '';
      const kb = data.nameKeys[b[0]] ?? '';
      return ka < kb ? -1 : ka > kb ? 1 : 0;
    });
  const out: number[] = [];
  for (let t = 0; t < kept.length && t < limit; t++) out.push((kept[t] as [number, number, number])[0]);
  return out;
}
