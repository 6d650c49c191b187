import type { LegalFormFamily } from '../data/legal-forms.js';

/**
 * How a token came to have the text it is compared by: as written, written out from an abbreviation,
 * rewritten from a place-name variant, translated from a Chinese generic word, or transliterated from
 * Han characters to pinyin.
 */
export type TokenVia = 'as-written' | 'abbreviation' | 'place-variant' | 'glossary' | 'pinyin';

/**
 * One word of a normalised name.
 *
 * @example
 * ```ts
 * const token: NameToken = { text: 'hetian', original: 'hotan', via: 'place-variant', place: true, qualifier: false };
 * ```
 */
export interface NameToken {
  /** The canonical text the scorer compares. */
  readonly text: string;
  /** The word as it stood in the name (case-folded; Han characters for Han words). */
  readonly original: string;
  readonly via: TokenVia;
  /** A place name (its weight is capped as a generic word). */
  readonly place: boolean;
  /** Inside parentheses, e.g. `(Shanshan)`: it counts half. */
  readonly qualifier: boolean;
  /**
   * For a run of Han characters that no dictionary covered: its pinyin syllables, which the index
   * re-segments into the words its lists use (`tian hong xin ba` → `tianhong xinba`).
   */
  readonly syllables?: readonly string[];
}

/**
 * A name after normalisation: its tokens, its legal forms (kept as a weak signal) and the words of
 * scripts the normaliser does not read.
 *
 * @example
 * ```ts
 * const name: NormalisedName = { tokens: [], legalForms: ['limited'], ignoredWords: [], hasHan: false };
 * ```
 */
export interface NormalisedName {
  readonly tokens: readonly NameToken[];
  readonly legalForms: readonly LegalFormFamily[];
  /** Words in scripts other than Latin and Han (e.g. Uyghur Arabic script), left out of the comparison. */
  readonly ignoredWords: readonly string[];
  /** Whether the name held Han characters. */
  readonly hasHan: boolean;
}
