import { pinyin } from 'pinyin-pro';
import { ABBREVIATIONS } from '../data/abbreviations.js';
import { HAN_GLOSSARY } from '../data/han-glossary.js';
import { HAN_LEGAL_FORMS, type LegalFormFamily } from '../data/legal-forms.js';
import { PLACE_NAME_GROUPS } from '../data/place-names.js';
import type { NameToken } from './name-token.js';

type HanEntry =
  | { readonly kind: 'legal'; readonly family: LegalFormFamily }
  | { readonly kind: 'glossary'; readonly english: string }
  | { readonly kind: 'place'; readonly canonical: string };

const HAN_DICTIONARY: ReadonlyMap<string, HanEntry> = (() => {
  const map = new Map<string, HanEntry>();
  for (const [han, english] of HAN_GLOSSARY) map.set(han, { kind: 'glossary', english });
  for (const group of PLACE_NAME_GROUPS)
    for (const han of group.han) map.set(han, { kind: 'place', canonical: group.canonical });
  for (const form of HAN_LEGAL_FORMS) map.set(form.text, { kind: 'legal', family: form.family });
  return map;
})();

/** The pinyin syllables of a Han text, one per character, without tones (ü read as u). */
function readingsOf(text: string): string[] {
  return pinyin(text, { toneType: 'none', type: 'array' }).map((s) => s.replace(/ü/g, 'u'));
}

const LONGEST = Math.max(...[...HAN_DICTIONARY.keys()].map((k) => k.length));

/** What a run of Han characters gives: tokens and legal forms. */
export interface HanWords {
  readonly tokens: NameToken[];
  readonly legalForms: LegalFormFamily[];
}

/**
 * Reads a run of Han characters left to right, longest dictionary entry first: legal forms
 * (`有限公司`) are set aside, generic words are translated (`纺织` → `textile`), place names take their
 * canonical token (`喀什` → `kashi`), and what is left is transliterated with pinyin-pro, which reads
 * polyphonic characters by their word context (`重庆` → `chong qing`, not `zhong qing`). Each uncovered
 * stretch becomes one token carrying its syllables.
 *
 * @example
 * ```ts
 * hanWords('新疆华孚纺织有限公司', false).tokens.map((t) => t.text); // ['xinjiang', 'huafu', 'textile']
 * ```
 */
export function hanWords(run: string, qualifier: boolean): HanWords {
  const chars = [...run];
  const readings = readingsOf(run);
  const aligned = readings.length === chars.length;
  const tokens: NameToken[] = [];
  const legalForms: LegalFormFamily[] = [];
  let residual: number[] = [];
  const flush = (): void => {
    if (residual.length === 0) return;
    const original = residual.map((i) => chars[i] ?? '').join('');
    const syllables = aligned ? residual.map((i) => readings[i] ?? '') : readingsOf(original);
    const clean = syllables.filter((s) => /^[a-z]+$/.test(s));
    if (clean.length > 0)
      tokens.push({
        text: clean.join(''),
        original,
        via: 'pinyin',
        place: false,
        qualifier,
        syllables: clean,
      });
    residual = [];
  };
  let i = 0;
  while (i < chars.length) {
    let matched = false;
    for (let len = Math.min(LONGEST, chars.length - i); len >= 1 && !matched; len--) {
      const piece = chars.slice(i, i + len).join('');
      const entry = HAN_DICTIONARY.get(piece);
      if (entry === undefined) continue;
      flush();
      if (entry.kind === 'legal') legalForms.push(entry.family);
      else if (entry.kind === 'place')
        tokens.push({ text: entry.canonical, original: piece, via: 'pinyin', place: true, qualifier });
      else
        for (const word of entry.english.split(' '))
          tokens.push({
            text: ABBREVIATIONS.get(word) ?? word,
            original: piece,
            via: 'glossary',
            place: false,
            qualifier,
          });
      i += len;
      matched = true;
    }
    if (!matched) {
      residual.push(i);
      i += 1;
    }
  }
  flush();
  return { tokens, legalForms };
}
