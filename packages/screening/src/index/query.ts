import type { NormalisedName } from '../normalise/name-token.js';
import { type IndexData, resegment } from './index-data.js';
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
  acc: Float64Array;
  touched: Int32Array;
}

/**
 * Candidate generation (blocking): the names that share a token, a spelling variant of a token, or a
 * word written joined or apart with the query, each with an upper bound of the share of its weight the
 * query can cover. Names whose bound is below `minCoverage` cannot reach the threshold and are dropped;
 * of the rest, the `limit` with the highest bounds are returned (ties by list, entry and name order, so
 * the result does not depend on the order of the lists).
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
  const { acc, touched } = scratch;
  let count = 0;
  const add = (name: number, amount: number): void => {
    if (acc[name] === 0) {
      touched[count] = name;
      count += 1;
    }
    acc[name] = (acc[name] ?? 0) + amount;
  };
  const { vocabulary, postings, joinedPostings } = data;
  for (let i = 0; i < query.length; i++) {
    const q = query[i] as QueryToken;
    for (const [id, similarity] of q.similar) {
      const amount = similarity * vocabulary.weight(id);
      const list = postings[id];
      if (list !== undefined) for (const name of list) add(name, amount);
    }
    const joinedHits = joinedPostings.get(q.token.text);
    if (joinedHits !== undefined) for (const [name, weight] of joinedHits) add(name, weight);
    const next = query[i + 1];
    if (next !== undefined) {
      const id = vocabulary.ids.get(`${q.token.text}${next.token.text}`);
      const list = id === undefined ? undefined : postings[id];
      if (id !== undefined && list !== undefined) for (const name of list) add(name, vocabulary.weight(id));
    }
  }
  const kept: Array<[number, number]> = [];
  for (let k = 0; k < count; k++) {
    const name = touched[k] ?? 0;
    const bound = (acc[name] ?? 0) / (data.names[name]?.totalWeight ?? 1);
    acc[name] = 0;
    if (bound >= minCoverage) kept.push([name, bound]);
  }
  kept.sort((a, b) => {
    const diff = b[1] - a[1];
    if (Math.abs(diff) > 1e-9) return diff;
    const ka = data.nameKeys[a[0]] ?? '';
    const kb = data.nameKeys[b[0]] ?? '';
    return ka < kb ? -1 : ka > kb ? 1 : 0;
  });
  return kept.slice(0, limit).map((k) => k[0]);
}
