function isControl(code: number): boolean {
  // C0 and C1 control characters other than tab (9), line feed (10) and carriage return (13).
  return (code < 0x20 && code !== 9 && code !== 10 && code !== 13) || (code >= 0x7f && code <= 0x9f);
}
/** Invisible format characters (zero-width spaces and joiners, bidirectional marks, BOM): removed. */
const INVISIBLE = /[\u00AD\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u206F\uFEFF]/gu;
const MARKS = /\p{M}/gu;

/**
 * Whether a text holds a C0 or C1 control character (tab, line feed and carriage return excepted).
 *
 * @example
 * ```ts
 * hasControlCharacter('Acme\u0007 Ltd'); // true
 * hasControlCharacter('Acme\tLtd'); // false
 * ```
 */
export function hasControlCharacter(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (isControl(text.charCodeAt(i))) return true;
  return false;
}

function isAscii(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 0x7f) return false;
  return true;
}

/**
 * Unicode NFKC, full case folding (lower case, `ß` → `ss`), diacritics removed (`Lüzhou` → `luzhou`,
 * `Société` → `societe`) and invisible format characters dropped. Han characters are unchanged;
 * full-width Latin letters, digits and punctuation become ASCII.
 *
 * @example
 * ```ts
 * foldText('ＸＩＮＪＩＡＮＧ Société'); // 'xinjiang societe'
 * ```
 */
export function foldText(text: string): string {
  // ASCII is unchanged by NFKC, NFD and NFC and holds no marks or invisible characters: only the case.
  if (isAscii(text)) return text.toLowerCase();
  const folded = text.normalize('NFKC').replace(INVISIBLE, '').toLowerCase().replace(/ß/g, 'ss');
  return folded.normalize('NFD').replace(MARKS, '').normalize('NFC');
}

/** Cyrillic and Greek letters that look like Latin ones, as they appear in spoofed or mis-keyed names. */
const CONFUSABLES: ReadonlyMap<string, string> = new Map([
  ['а', 'a'],
  ['в', 'b'],
  ['е', 'e'],
  ['ё', 'e'],
  ['к', 'k'],
  ['м', 'm'],
  ['н', 'h'],
  ['о', 'o'],
  ['р', 'p'],
  ['с', 'c'],
  ['т', 't'],
  ['у', 'y'],
  ['х', 'x'],
  ['і', 'i'],
  ['ј', 'j'],
  ['ѕ', 's'],
  ['α', 'a'],
  ['β', 'b'],
  ['ε', 'e'],
  ['η', 'n'],
  ['ι', 'i'],
  ['κ', 'k'],
  ['ν', 'v'],
  ['ο', 'o'],
  ['ρ', 'p'],
  ['τ', 't'],
  ['υ', 'u'],
  ['χ', 'x'],
  ['ζ', 'z'],
]);

/** The script of one word, as the normaliser treats it. */
export type WordScript = 'latin' | 'mixed-confusable' | 'other';

/**
 * Classifies a word (no Han in it): `latin` (Latin letters and digits only), `mixed-confusable` (Latin
 * with Cyrillic or Greek look-alikes, which {@link foldConfusables} rewrites), or `other` (another script
 * that the normaliser does not transliterate).
 *
 * @example
 * ```ts
 * wordScript('huafu'); // 'latin'
 * wordScript('hυafu'); // 'mixed-confusable' (Greek upsilon)
 * wordScript('хуафу'); // 'other' (all Cyrillic)
 * ```
 */
export function wordScript(word: string): WordScript {
  if (/^[a-z0-9]+$/.test(word)) return 'latin';
  const hasLatin = /[a-z]/.test(word);
  if (hasLatin && [...word].every((c) => /[a-z0-9]/.test(c) || CONFUSABLES.has(c))) return 'mixed-confusable';
  return 'other';
}

/**
 * Rewrites Cyrillic and Greek look-alike letters in a word to their Latin twins.
 *
 * @example
 * ```ts
 * foldConfusables('huаfu'); // 'huafu' (the Cyrillic а becomes a Latin a)
 * ```
 */
export function foldConfusables(word: string): string {
  return [...word].map((c) => CONFUSABLES.get(c) ?? c).join('');
}
