import type { NameToken } from '../normalise/name-token.js';

const LONGEST = 4;

/**
 * Splits a transliterated Han token into the words the lists use: from each syllable, the longest run
 * of two to four syllables that is a known word is taken (`tian hong xin ba` → `tianhong`, `xinba`);
 * syllables that start no known word are joined with their unknown neighbours into one token, so an
 * unknown name stays one distinctive word and never breaks into single syllables that happen to exist.
 *
 * @example
 * ```ts
 * const known = new Set(['tianhong', 'xinba']);
 * segmentSyllables(token, (w) => known.has(w)).map((t) => t.text); // ['tianhong', 'xinba']
 * ```
 */
export function segmentSyllables(token: NameToken, isWord: (text: string) => boolean): NameToken[] {
  const syllables = token.syllables;
  if (syllables === undefined || syllables.length < 2) return [token];
  const out: NameToken[] = [];
  let unknown: string[] = [];
  const flush = (): void => {
    if (unknown.length === 0) return;
    out.push({ ...token, text: unknown.join(''), syllables: [...unknown] });
    unknown = [];
  };
  let i = 0;
  while (i < syllables.length) {
    let taken = 0;
    for (let len = Math.min(LONGEST, syllables.length - i); len >= 2; len--) {
      const word = syllables.slice(i, i + len).join('');
      if (!isWord(word)) continue;
      flush();
      out.push({ ...token, text: word, syllables: syllables.slice(i, i + len) });
      taken = len;
      break;
    }
    if (taken === 0) {
      unknown.push(syllables[i] ?? '');
      i += 1;
    } else i += taken;
  }
  flush();
  return out;
}
