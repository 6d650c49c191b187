import { ABBREVIATIONS } from '../data/abbreviations.js';
import { STOP_WORDS } from '../data/generic-words.js';
import { MULTI_WORD_PLACES, PLACE_NAME_GROUPS } from '../data/place-names.js';
import { groupBy } from './group-by.js';
import type { NameToken } from './name-token.js';

const PLACE_OF: ReadonlyMap<string, string> = (() => {
  const map = new Map<string, string>();
  for (const group of PLACE_NAME_GROUPS) {
    map.set(group.canonical, group.canonical);
    for (const variant of group.variants) map.set(variant, group.canonical);
  }
  return map;
})();
const STOP: ReadonlySet<string> = new Set(STOP_WORDS);
/** Multi-word places by their first word, each group in the order of `MULTI_WORD_PLACES`. */
const MULTI_BY_FIRST = groupBy(MULTI_WORD_PLACES, (place) => place.words[0] ?? '');

/**
 * Turns normalised Latin words (legal forms already removed) into tokens: multi-word place names are
 * joined (`inner mongolia` → `neimenggu`), abbreviations written out (`intl` → `international`), place
 * variants rewritten to their canonical spelling (`hotan` → `hetian`), and stop words dropped. The
 * tokens are added to `into` (a new array by default), which is returned.
 *
 * @example
 * ```ts
 * latinTokens(['hotan', 'intl', 'and', 'trade'], false).map((t) => t.text); // ['hetian', 'international', 'trade']
 * ```
 */
export function latinTokens(
  words: readonly string[],
  qualifier: boolean,
  into: NameToken[] = [],
): NameToken[] {
  const tokens = into;
  let i = 0;
  while (i < words.length) {
    const multi = MULTI_BY_FIRST.get(words[i] ?? '')?.find((p) =>
      p.words.every((w, k) => words[i + k] === w),
    );
    if (multi !== undefined) {
      const original = multi.words.join(' ');
      tokens.push({ text: multi.canonical, original, via: 'place-variant', place: true, qualifier });
      i += multi.words.length;
      continue;
    }
    const word = words[i] ?? '';
    i += 1;
    if (STOP.has(word)) continue;
    const place = PLACE_OF.get(word);
    if (place !== undefined) {
      const via = place === word ? 'as-written' : 'place-variant';
      tokens.push({ text: place, original: word, via, place: true, qualifier });
      continue;
    }
    const expanded = ABBREVIATIONS.get(word);
    if (expanded !== undefined) {
      for (const text of expanded.split(' '))
        tokens.push({ text, original: word, via: 'abbreviation', place: false, qualifier });
      continue;
    }
    tokens.push({ text: word, original: word, via: 'as-written', place: false, qualifier });
  }
  return tokens;
}
