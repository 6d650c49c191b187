import { tokenSimilarity } from '../score/token-similarity.js';
import { type TokenClass, tokenClass, tokenWeight } from './token-weights.js';

function trigrams(token: string): string[] {
  const padded = `^${token}$`;
  const out = new Set<string>();
  for (let i = 0; i + 3 <= padded.length; i++) out.add(padded.slice(i, i + 3));
  return [...out];
}

/** The token and every string made by deleting one of its characters. */
function deletionKeys(token: string): string[] {
  const out = new Set<string>([token]);
  for (let i = 0; i < token.length; i++) out.add(token.slice(0, i) + token.slice(i + 1));
  return [...out];
}

/** Tokens this long or shorter are found through one-deletion keys (one edit allowed). */
const DELETION_MAX = 9;
/** Tokens this long or longer are found through trigrams (two edits allowed). */
const TRIGRAM_MIN = 10;

function push(map: Map<string, number[]>, key: string, value: number): void {
  const list = map.get(key);
  if (list === undefined) map.set(key, [value]);
  else if (list[list.length - 1] !== value) list.push(value);
}

/** The first position of the ascending `values` holding at least `value`. */
function lowerBound(values: Int32Array, value: number): number {
  let lo = 0;
  let hi = values.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((values[mid] as number) < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Vocabulary neighbours of a token: ids and similarities, best first. */
export interface Neighbours {
  readonly ids: readonly number[];
  readonly similarities: readonly number[];
}

/**
 * The words of the indexed lists: an id per distinct token, its document frequency over entries, its
 * weight, and two indexes for finding spelling variants (the candidate blocking of fuzzy tokens):
 * one-deletion keys for words of 4–9 characters (one edit, transpositions included) and character
 * trigrams for words of 10 characters or more (two edits). Known place-name variants are indexed as
 * spellings of their canonical word, so a misspelt variant (`kasgar`) still finds `kashi`. Built once;
 * read-only afterwards except for the scratch marks and counts each search reuses, which never change a
 * result (the bounded cache of look-ups is the index's `tokenCache`).
 */
export class Vocabulary {
  readonly ids = new Map<string, number>();
  readonly texts: string[] = [];
  readonly classes: TokenClass[] = [];
  private readonly df: number[] = [];
  private weights = new Float64Array(0);
  /** Every spelling searched: the tokens themselves and the place-name variants of canonical tokens. */
  private readonly spellings: Array<{ readonly id: number; readonly text: string }> = [];
  /**
   * Trigram → the spellings holding it, ordered by length (then by spelling index), with their lengths:
   * a search reads only the spellings within two letters of its own length.
   */
  private grams = new Map<string, { readonly spellings: Int32Array; readonly lengths: Int32Array }>();
  private readonly deletions = new Map<string, number[]>();
  /** Every token text, in code-unit order (see {@link startsLonger}). */
  private sorted: string[] = [];
  /** Per spelling, how many of a search's trigrams it shares (reset after each search). */
  private gramCounts = new Int32Array(0);
  /** Per spelling, the number of the last search that found it; `mark` is the current search's. */
  private foundMark = new Int32Array(0);
  private mark = 0;
  private entries = 0;

  /** The id of a token, adding it when new. */
  intern(text: string, place: boolean): number {
    const known = this.ids.get(text);
    if (known !== undefined) return known;
    const id = this.texts.length;
    this.ids.set(text, id);
    this.texts.push(text);
    this.classes.push(tokenClass(text, place));
    this.df.push(0);
    return id;
  }

  /** Counts one entry's distinct tokens. */
  countEntry(ids: ReadonlySet<number>): void {
    for (const id of ids) this.df[id] = (this.df[id] ?? 0) + 1;
  }

  /**
   * Fixes the weights and builds the spelling indexes once every entry is counted. `variants` gives,
   * for a canonical token, other spellings to index under its id.
   */
  seal(entries: number, variants: (text: string) => readonly string[] = () => []): void {
    this.entries = entries;
    this.weights = new Float64Array(this.texts.length);
    const grams = new Map<string, number[]>();
    this.texts.forEach((text, id) => {
      this.weights[id] = tokenWeight(this.df[id] ?? 0, entries, this.classes[id] ?? 'distinctive');
      for (const spelling of [text, ...variants(text)]) {
        if (spelling.length < 4) continue;
        const s = this.spellings.length;
        this.spellings.push({ id, text: spelling });
        if (spelling.length <= DELETION_MAX)
          for (const key of deletionKeys(spelling)) push(this.deletions, key, s);
        if (spelling.length >= TRIGRAM_MIN) for (const gram of trigrams(spelling)) push(grams, gram, s);
      }
    });
    const lengthOf = (s: number): number => this.spellings[s]?.text.length ?? 0;
    for (const [gram, list] of grams) {
      const spellings = Int32Array.from(list).sort((a, b) => lengthOf(a) - lengthOf(b) || a - b);
      this.grams.set(gram, { spellings, lengths: Int32Array.from(spellings, lengthOf) });
    }
    this.gramCounts = new Int32Array(this.spellings.length);
    this.foundMark = new Int32Array(this.spellings.length);
    this.sorted = [...this.texts].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  }

  /**
   * Whether a longer token text begins with `text` — so that `text` followed by another word may be one
   * word of the lists written apart.
   *
   * @example
   * ```ts
   * vocabulary.startsLonger('hua'); // true when the lists have 'huafu'
   * ```
   */
  startsLonger(text: string): boolean {
    const { sorted } = this;
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((sorted[mid] as string) < text) lo = mid + 1;
      else hi = mid;
    }
    // The texts beginning with `text` follow it in code-unit order; `text` itself comes first.
    if (sorted[lo] === text) lo += 1;
    const next = sorted[lo];
    return next?.startsWith(text) === true;
  }

  /** The weight of a known token. */
  weight(id: number): number {
    return this.weights[id] ?? 0;
  }

  /** The weight a token not in the vocabulary would have. */
  unseenWeight(text: string, place: boolean): number {
    return tokenWeight(0, this.entries, tokenClass(text, place));
  }

  /** Adds the spellings under one-deletion key `key` to `found`, once each (by `foundMark`). */
  private collectDeletion(key: string, found: number[], mark: number): void {
    const list = this.deletions.get(key);
    if (list === undefined) return;
    for (const s of list)
      if (this.foundMark[s] !== mark) {
        this.foundMark[s] = mark;
        found.push(s);
      }
  }

  /**
   * Vocabulary tokens that are spelling variants of `text` (not `text` itself), best first: the
   * spellings sharing a one-deletion key, and those sharing enough trigrams to be within the allowed
   * edits, checked with {@link tokenSimilarity}. Not cached here (the index caches per query text).
   */
  neighbours(text: string): Neighbours {
    if (text.length < 4) return { ids: [], similarities: [] };
    // The spellings found, each once: marked with this search's number.
    this.mark = this.mark >= 0x7fffffff ? 1 : this.mark + 1;
    if (this.mark === 1) this.foundMark.fill(0);
    const mark = this.mark;
    const found: number[] = [];
    if (text.length <= DELETION_MAX)
      for (const key of deletionKeys(text)) this.collectDeletion(key, found, mark);
    if (text.length >= TRIGRAM_MIN - 2) {
      // Two edits (a transposition counts as one, yet can break four trigrams): at most six lost.
      const grams = trigrams(text);
      const needed = grams.length - 6;
      if (needed >= 1) {
        // Only spellings within two letters of this one's length can pass tokenSimilarity (at most two
        // edits); the others are not counted.
        const counts = this.gramCounts;
        const touched: number[] = [];
        const shortest = text.length - 2;
        const longest = text.length + 2;
        for (const gram of grams) {
          const list = this.grams.get(gram);
          if (list === undefined) continue;
          const { spellings, lengths } = list;
          let k = lowerBound(lengths, shortest);
          for (; k < lengths.length && (lengths[k] as number) <= longest; k++) {
            const s = spellings[k] as number;
            if (counts[s] === 0) touched.push(s);
            counts[s] = (counts[s] as number) + 1;
          }
        }
        for (const s of touched) {
          if ((counts[s] as number) >= needed && this.foundMark[s] !== mark) {
            this.foundMark[s] = mark;
            found.push(s);
          }
          counts[s] = 0;
        }
      }
    }
    const best = new Map<number, number>();
    for (const s of found) {
      const spelling = this.spellings[s];
      if (spelling === undefined || spelling.text === text) continue;
      const similarity = tokenSimilarity(text, spelling.text);
      if (similarity > (best.get(spelling.id) ?? 0)) best.set(spelling.id, similarity);
    }
    const text0 = this.ids.get(text);
    if (text0 !== undefined) best.delete(text0);
    const hits = [...best].sort((a, b) => b[1] - a[1] || a[0] - b[0]);
    return { ids: hits.map((h) => h[0]), similarities: hits.map((h) => h[1]) };
  }
}
