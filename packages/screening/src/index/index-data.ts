import type { UnforcedIssue } from '@unforced/core';
import { ABBREVIATIONS } from '../data/abbreviations.js';
import { PLACE_NAME_GROUPS } from '../data/place-names.js';
import type { ScreeningList, ScreeningListEntry } from '../lists/screening-list.js';
import type { NameToken, NormalisedName } from '../normalise/name-token.js';
import { normaliseName } from '../normalise/normalise-name.js';
import type { IndexedName } from './indexed-name.js';
import type { TokenInfo } from './query.js';
import { segmentSyllables } from './segment-syllables.js';
import { QUALIFIER_FACTOR } from './token-weights.js';
import { Vocabulary } from './vocabulary.js';

/** Other spellings indexed under a canonical token: place-name variants and abbreviated or plural forms. */
const SPELLINGS: ReadonlyMap<string, readonly string[]> = (() => {
  const map = new Map<string, string[]>(PLACE_NAME_GROUPS.map((g) => [g.canonical, [...g.variants]]));
  for (const [written, canonical] of ABBREVIATIONS) {
    if (canonical.includes(' ') || written.length < 5) continue;
    const list = map.get(canonical) ?? [];
    list.push(written);
    map.set(canonical, list);
  }
  return map;
})();

/** An entry with the list it belongs to. */
export interface IndexedEntry {
  readonly list: ScreeningList;
  readonly entry: ScreeningListEntry;
  readonly key: string;
}

/**
 * Postings in flat arrays: for each token (or joined word) k, the names holding it are positions
 * `start[k]` … `start[k + 1]` of `names`, ordered by their total weight (in `weights`), lightest first,
 * ties by name index: a query can then stop reading a long posting where its names become too heavy
 * to reach the threshold through it (see `candidates`). A name holding a joined word at two places
 * appears twice, one after the other, with what each place adds in `amounts` (empty for tokens).
 */
export interface Postings {
  readonly start: Int32Array;
  readonly names: Int32Array;
  readonly weights: Float64Array;
  readonly amounts: Float64Array;
}

function buildPostings(
  lists: readonly (readonly number[])[],
  totalWeights: Float64Array,
  amounts?: readonly (readonly number[])[],
): Postings {
  const start = new Int32Array(lists.length + 1);
  lists.forEach((list, k) => {
    start[k + 1] = (start[k] ?? 0) + list.length;
  });
  const size = start[lists.length] ?? 0;
  const names = new Int32Array(size);
  const weights = new Float64Array(size);
  const added = new Float64Array(amounts === undefined ? 0 : size);
  lists.forEach((list, k) => {
    // A stable sort by weight of hits that come in name order: ties stay by name, then by position.
    const order = list.map((_, t) => t);
    order.sort((a, b) => (totalWeights[list[a] ?? 0] ?? 0) - (totalWeights[list[b] ?? 0] ?? 0));
    let at = start[k] ?? 0;
    for (const t of order) {
      const n = list[t] ?? 0;
      names[at] = n;
      weights[at] = totalWeights[n] ?? 0;
      if (amounts !== undefined) added[at] = amounts[k]?.[t] ?? 0;
      at += 1;
    }
  });
  return { start, names, weights, amounts: added };
}

/** The signature bit of a vocabulary id. */
export const tokenBit = (id: number): number => 1 << (id & 31);
/** The signature bit of a joined-word id. */
export const joinedBit = (id: number): number => 1 << ((id + 16) & 31);

/** Everything a screening index holds; built once by {@link buildIndexData}. */
export interface IndexData {
  readonly lists: readonly ScreeningList[];
  readonly entries: readonly IndexedEntry[];
  readonly names: readonly IndexedName[];
  readonly nameKeys: readonly string[];
  readonly vocabulary: Vocabulary;
  /** Per vocabulary id, the names holding that token, lightest first. */
  readonly postings: Postings;
  /**
   * Two adjacent tokens of a name written as one word → its joined-word id (the names keep, per pair of
   * adjacent tokens, the id in `IndexedName.joined`).
   */
  readonly joinedIds: ReadonlyMap<string, number>;
  /** Joined-word id → the names holding it, lightest first. */
  readonly joinedPostings: Postings;
  /** Joined-word id → the most it adds to one name's bound (the largest weight of its pairs in one name). */
  readonly joinedMax: Float64Array;
  /** `totalWeight` of every name, by name index. */
  readonly nameWeights: Float64Array;
  /**
   * The tokens of every name in flat arrays: name n's tokens are `tokenIds[tokenStart[n] … tokenStart[n +
   * 1])` with their weights in `tokenWeights`, and its joined-word ids `joinedTokenIds[joinedStart[n] …
   * joinedStart[n + 1])` (the same as `IndexedName.ids`, `.weights` and `.joined`, read without touching
   * the name objects).
   */
  readonly tokenStart: Int32Array;
  readonly tokenIds: Int32Array;
  readonly tokenWeights: Float64Array;
  readonly tokenTexts: readonly string[];
  readonly joinedStart: Int32Array;
  readonly joinedTokenIds: Int32Array;
  /**
   * Per name, a 32-bit signature of its tokens and joined words ({@link tokenBit}, {@link joinedBit}):
   * a name whose signature lacks a feature's bit does not hold that feature.
   */
  readonly signatures: Int32Array;
  /** Per vocabulary id, 1 for a distinctive word (not a place, business or common word). */
  readonly distinctive: Uint8Array;
  /** Per entry, 1 when its listing covers subsidiaries. */
  readonly entrySubsidiaries: Uint8Array;
  /** Per name, its entry's index. */
  readonly nameEntries: Int32Array;
  /** `scheme:value` → entry indices. */
  readonly identifiers: ReadonlyMap<string, readonly number[]>;
  /** A bounded cache of what queries need of each token text (`tokenInfo` in `query.ts`). */
  readonly tokenCache: Map<string, TokenInfo>;
}

/**
 * The key under which an identifier is indexed: its scheme and its value in upper case without spaces,
 * dots or hyphens.
 *
 * @example
 * ```ts
 * identifierKey({ scheme: 'uscc', value: '9165-2900 ma775kq01x' }); // 'uscc:91652900MA775KQ01X'
 * ```
 */
export function identifierKey(identifier: { readonly scheme: string; readonly value: string }): string {
  return `${identifier.scheme}:${identifier.value.toUpperCase().replace(/[\s.\-/]/g, '')}`;
}

/**
 * Re-segments a name's transliterated Han tokens with the vocabulary.
 *
 * @example
 * ```ts
 * const tokens = resegment(normalised, vocabulary);
 * ```
 */
export function resegment(name: NormalisedName, vocabulary: Vocabulary): readonly NameToken[] {
  // Only transliterated Han runs carry syllables; a name without any is unchanged.
  if (!name.tokens.some((token) => token.syllables !== undefined)) return name.tokens;
  return name.tokens.flatMap((token) => segmentSyllables(token, (word) => vocabulary.ids.has(word)));
}

/**
 * Normalises every name and alias of every entry, builds the vocabulary with document frequencies
 * over entries, the postings and the joined-word postings. A name that cannot be screened is an issue
 * with its path (`lists[i].entries[j].names[k]` or `.aliases[k]`).
 */
export function buildIndexData(lists: readonly ScreeningList[]): {
  data: IndexData;
  issues: UnforcedIssue[];
} {
  const issues: UnforcedIssue[] = [];
  const entries: IndexedEntry[] = [];
  const pending: Array<{
    entry: number;
    ordinal: number;
    kind: 'name' | 'alias';
    text: string;
    name: NormalisedName;
  }> = [];
  lists.forEach((list, l) => {
    list.entries.forEach((entry, e) => {
      const index = entries.length;
      entries.push({ list, entry, key: `${list.id}\u0000${entry.id}` });
      const texts: Array<['name' | 'alias', string, number]> = [
        ...entry.names.map((t, k): ['name', string, number] => ['name', t, k]),
        ...entry.aliases.map((t, k): ['alias', string, number] => ['alias', t, k]),
      ];
      texts.forEach(([kind, text, k], ordinal) => {
        const normalised = normaliseName(text);
        if (normalised.isErr()) {
          const { code, message } = normalised.error;
          issues.push({
            code,
            message,
            path: ['lists', l, 'entries', e, kind === 'name' ? 'names' : 'aliases', k],
          });
          return;
        }
        pending.push({ entry: index, ordinal, kind, text, name: normalised.value });
      });
    });
  });
  const vocabulary = new Vocabulary();
  // Pass 1: words written in Latin script (and Han words with a dictionary reading) fix the vocabulary
  // that transliterated Han runs are segmented by in pass 2.
  for (const p of pending)
    for (const token of p.name.tokens)
      if (token.syllables === undefined) vocabulary.intern(token.text, token.place);
  const tokenLists = pending.map((p) => resegment(p.name, vocabulary));
  const perEntry = entries.map(() => new Set<number>());
  const idLists = tokenLists.map((tokens, n) => {
    const ids = new Int32Array(tokens.length);
    tokens.forEach((token, k) => {
      const id = vocabulary.intern(token.text, token.place);
      ids[k] = id;
      perEntry[pending[n]?.entry ?? 0]?.add(id);
    });
    return ids;
  });
  for (const set of perEntry) vocabulary.countEntry(set);
  vocabulary.seal(entries.length, (text) => SPELLINGS.get(text) ?? []);
  const postingLists: number[][] = vocabulary.texts.map(() => []);
  const joinedIds = new Map<string, number>();
  const joinedLists: number[][] = [];
  const joinedAmounts: number[][] = [];
  const joinedMaxes: number[] = [];
  const names: IndexedName[] = pending.map((p, n) => {
    const tokens = tokenLists[n] ?? [];
    const ids = idLists[n] ?? new Int32Array(0);
    const weights = new Float64Array(ids.length);
    const joined = new Int32Array(Math.max(0, ids.length - 1));
    let totalWeight = 0;
    ids.forEach((id, k) => {
      const w = vocabulary.weight(id) * (tokens[k]?.qualifier === true ? QUALIFIER_FACTOR : 1);
      weights[k] = w;
      totalWeight += w;
      const list = postingLists[id];
      if (list !== undefined && list[list.length - 1] !== n) list.push(n);
    });
    // Joined words: each pair of adjacent tokens written as one word, with the weight of the pair.
    const addedHere = new Map<number, number>();
    for (let k = 1; k < ids.length; k++) {
      const key = `${tokens[k - 1]?.text ?? ''}${tokens[k]?.text ?? ''}`;
      let jid = joinedIds.get(key);
      if (jid === undefined) {
        jid = joinedLists.length;
        joinedIds.set(key, jid);
        joinedLists.push([]);
        joinedAmounts.push([]);
        joinedMaxes.push(0);
      }
      joined[k - 1] = jid;
      const amount = (weights[k - 1] ?? 0) + (weights[k] ?? 0);
      joinedLists[jid]?.push(n);
      joinedAmounts[jid]?.push(amount);
      const sum = (addedHere.get(jid) ?? 0) + amount;
      addedHere.set(jid, sum);
      if (sum > (joinedMaxes[jid] ?? 0)) joinedMaxes[jid] = sum;
    }
    return {
      entry: p.entry,
      ordinal: p.ordinal,
      kind: p.kind,
      text: p.text,
      tokens,
      ids,
      weights,
      joined,
      totalWeight,
      legalForms: p.name.legalForms,
    };
  });
  const totalWeights = Float64Array.from(names, (n) => n.totalWeight);
  const tokenStart = new Int32Array(names.length + 1);
  const joinedStart = new Int32Array(names.length + 1);
  names.forEach((n, k) => {
    tokenStart[k + 1] = (tokenStart[k] ?? 0) + n.ids.length;
    joinedStart[k + 1] = (joinedStart[k] ?? 0) + n.joined.length;
  });
  const tokenIds = new Int32Array(tokenStart[names.length] ?? 0);
  const tokenWeights = new Float64Array(tokenIds.length);
  const joinedTokenIds = new Int32Array(joinedStart[names.length] ?? 0);
  const signatures = new Int32Array(names.length);
  names.forEach((n, k) => {
    tokenIds.set(n.ids, tokenStart[k]);
    tokenWeights.set(n.weights, tokenStart[k]);
    joinedTokenIds.set(n.joined, joinedStart[k]);
    let signature = 0;
    for (const id of n.ids) signature |= tokenBit(id);
    for (const id of n.joined) signature |= joinedBit(id);
    signatures[k] = signature;
  });
  const identifiers = new Map<string, number[]>();
  entries.forEach(({ entry }, index) => {
    for (const identifier of entry.identifiers) {
      const key = identifierKey(identifier);
      const list = identifiers.get(key) ?? [];
      list.push(index);
      identifiers.set(key, list);
    }
  });
  const nameKeys = names.map(
    (n) => `${entries[n.entry]?.key ?? ''}\u0000${String(n.ordinal).padStart(4, '0')}`,
  );
  return {
    data: {
      lists,
      entries,
      names,
      nameKeys,
      vocabulary,
      postings: buildPostings(postingLists, totalWeights),
      joinedIds,
      joinedPostings: buildPostings(joinedLists, totalWeights, joinedAmounts),
      nameWeights: totalWeights,
      tokenStart,
      tokenIds,
      tokenWeights,
      tokenTexts: names.flatMap((n) => n.tokens.map((t) => t.text)),
      distinctive: Uint8Array.from(vocabulary.classes, (c) => (c === 'distinctive' ? 1 : 0)),
      entrySubsidiaries: Uint8Array.from(entries, (e) => (e.entry.includesSubsidiaries ? 1 : 0)),
      nameEntries: Int32Array.from(names, (n) => n.entry),
      joinedStart,
      joinedTokenIds,
      signatures,
      // A little headroom over the sums above, so that a bound is never below a real sum.
      joinedMax: Float64Array.from(joinedMaxes, (x) => x * (1 + 1e-9)),
      identifiers,
      tokenCache: new Map(),
    },
    issues,
  };
}
