import { maxEditsFor } from '../score/edit-distance.js';
import { tokenSimilarity } from '../score/token-similarity.js';
import { type TokenClass, tokenClass, tokenWeight } from './token-weights.js';

function trigrams(token: string): string[] {
  const padded = `^${token}$`;
  const out = new Set<string>();
  for (let i = 0; i + 3 <= padded.length; i++) out.add(padded.slice(i, i + 3));
  return [...out];
}

/** Vocabulary neighbours of a token: ids and similarities, best first. */
export interface Neighbours {
  readonly ids: readonly number[];
  readonly similarities: readonly number[];
}

const CACHE_LIMIT = 50_000;

/**
 * The words of the indexed lists: an id per distinct token, its document frequency over entries, its
 * weight, and a character-trigram index for finding spelling variants (the candidate blocking of
 * fuzzy tokens). Built once; read-only afterwards except for a bounded cache of neighbour look-ups,
 * which never changes a result.
 */
export class Vocabulary {
  readonly ids = new Map<string, number>();
  readonly texts: string[] = [];
  readonly classes: TokenClass[] = [];
  private readonly df: number[] = [];
  private weights = new Float64Array(0);
  private readonly grams = new Map<string, number[]>();
  private readonly cache = new Map<string, Neighbours>();
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

  /** Fixes the weights and builds the trigram index once every entry is counted. */
  seal(entries: number): void {
    this.entries = entries;
    this.weights = new Float64Array(this.texts.length);
    this.texts.forEach((text, id) => {
      this.weights[id] = tokenWeight(this.df[id] ?? 0, entries, this.classes[id] ?? 'distinctive');
      if (text.length < 4) return;
      for (const gram of trigrams(text)) {
        const list = this.grams.get(gram);
        if (list === undefined) this.grams.set(gram, [id]);
        else list.push(id);
      }
    });
  }

  /** The weight of a known token. */
  weight(id: number): number {
    return this.weights[id] ?? 0;
  }

  /** The weight a token not in the vocabulary would have. */
  unseenWeight(text: string, place: boolean): number {
    return tokenWeight(0, this.entries, tokenClass(text, place));
  }

  /**
   * Vocabulary tokens that are spelling variants of `text` (not `text` itself): trigram candidates
   * that share enough trigrams to be within the allowed edits, then checked with
   * {@link tokenSimilarity}.
   */
  neighbours(text: string): Neighbours {
    const cached = this.cache.get(text);
    if (cached !== undefined) return cached;
    const found = this.search(text);
    if (this.cache.size >= CACHE_LIMIT) this.cache.clear();
    this.cache.set(text, found);
    return found;
  }

  private search(text: string): Neighbours {
    if (text.length < 4) return { ids: [], similarities: [] };
    const edits = maxEditsFor(text.length + 2);
    const grams = trigrams(text);
    const needed = grams.length - 3 * edits;
    if (needed < 1) return { ids: [], similarities: [] };
    const counts = new Map<number, number>();
    for (const gram of grams) {
      const list = this.grams.get(gram);
      if (list === undefined) continue;
      for (const id of list) counts.set(id, (counts.get(id) ?? 0) + 1);
    }
    const hits: Array<[number, number]> = [];
    for (const [id, count] of counts) {
      if (count < needed) continue;
      const other = this.texts[id] ?? '';
      if (other === text) continue;
      const similarity = tokenSimilarity(text, other);
      if (similarity > 0) hits.push([id, similarity]);
    }
    hits.sort((a, b) => b[1] - a[1] || a[0] - b[0]);
    return { ids: hits.map((h) => h[0]), similarities: hits.map((h) => h[1]) };
  }
}
