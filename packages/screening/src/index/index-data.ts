import type { UnforcedIssue } from '@unforced/core';
import { ABBREVIATIONS } from '../data/abbreviations.js';
import { PLACE_NAME_GROUPS } from '../data/place-names.js';
import type { ScreeningList, ScreeningListEntry } from '../lists/screening-list.js';
import type { NameToken, NormalisedName } from '../normalise/name-token.js';
import { normaliseName } from '../normalise/normalise-name.js';
import type { IndexedName } from './indexed-name.js';
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

/** Everything a screening index holds; built once by {@link buildIndexData}. */
export interface IndexData {
  readonly lists: readonly ScreeningList[];
  readonly entries: readonly IndexedEntry[];
  readonly names: readonly IndexedName[];
  readonly nameKeys: readonly string[];
  readonly vocabulary: Vocabulary;
  /** Vocabulary id → indices of the names holding that token. */
  readonly postings: readonly Int32Array[];
  /** Two adjacent tokens of a name written as one word → [name index, their weight] pairs. */
  readonly joinedPostings: ReadonlyMap<string, ReadonlyArray<readonly [number, number]>>;
  /** `scheme:value` → entry indices. */
  readonly identifiers: ReadonlyMap<string, readonly number[]>;
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
export function resegment(name: NormalisedName, vocabulary: Vocabulary): NameToken[] {
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
  const joined = new Map<string, Array<readonly [number, number]>>();
  const names: IndexedName[] = pending.map((p, n) => {
    const tokens = tokenLists[n] ?? [];
    const ids = idLists[n] ?? new Int32Array(0);
    const weights = new Float64Array(ids.length);
    let totalWeight = 0;
    ids.forEach((id, k) => {
      const w = vocabulary.weight(id) * (tokens[k]?.qualifier === true ? QUALIFIER_FACTOR : 1);
      weights[k] = w;
      totalWeight += w;
      const list = postingLists[id];
      if (list !== undefined && list[list.length - 1] !== n) list.push(n);
      if (k > 0) {
        const key = `${tokens[k - 1]?.text ?? ''}${tokens[k]?.text ?? ''}`;
        const hits = joined.get(key) ?? [];
        hits.push([n, (weights[k - 1] ?? 0) + w]);
        joined.set(key, hits);
      }
    });
    return {
      entry: p.entry,
      ordinal: p.ordinal,
      kind: p.kind,
      text: p.text,
      tokens,
      ids,
      weights,
      totalWeight,
      legalForms: p.name.legalForms,
    };
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
      postings: postingLists.map((l) => Int32Array.from(l)),
      joinedPostings: joined,
      identifiers,
    },
    issues,
  };
}
