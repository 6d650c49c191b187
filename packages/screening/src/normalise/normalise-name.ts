import { UnforcedError } from '@unforced/core';
import { err, ok, type Result } from 'neverthrow';
import type { LegalFormFamily } from '../data/legal-forms.js';
import { hanWords } from './han-words.js';
import { latinTokens } from './latin-words.js';
import { stripLegalForms } from './legal-form-strip.js';
import type { NameToken, NormalisedName } from './name-token.js';
import { foldConfusables, foldText, hasControlCharacter, wordScript } from './unicode.js';

/** Names longer than this (in UTF-16 code units) are refused with `OUT_OF_RANGE`. */
export const MAX_NAME_LENGTH = 1000;

const GROUP = /[([【]([^()[\]【】]*)[)\]】]/u;
const WORD = /\p{Script=Han}+|(?:(?!\p{Script=Han})[\p{L}\p{N}])+/gu;

const BRACKETS = /[()[\]【】]/;
const HAN = /\p{Script=Han}/u;
const INITIAL_DOT = /(?<![\p{L}\p{N}])(\p{L})\./gu;
const INNER_AMPERSAND = /([\p{L}\p{N}])&(?=[\p{L}\p{N}])/gu;
/** Every character {@link punctuation} rewrites: without one of them, it returns the text unchanged. */
const PUNCTUATION = /['’‘`´ʼ.&]/;
const APOSTROPHES = /['’‘`´ʼ]/;

function splitGroups(text: string): { main: string; qualifiers: string[] } {
  // Without a bracket there is no group and nothing to blank out.
  if (!BRACKETS.test(text)) return { main: text, qualifiers: [] };
  const qualifiers: string[] = [];
  let rest = text;
  for (let match = GROUP.exec(rest); match !== null; match = GROUP.exec(rest)) {
    qualifiers.push(match[1] ?? '');
    rest = `${rest.slice(0, match.index)} ${rest.slice(match.index + match[0].length)}`;
  }
  return { main: rest.replace(/[()[\]【】]/g, ' '), qualifiers };
}

function punctuation(text: string): string {
  if (!PUNCTUATION.test(text)) return text;
  // Each step runs only when its character is there: a replacement that matches nothing changes nothing.
  let out = APOSTROPHES.test(text) ? text.replace(/['’‘`´ʼ]/g, '') : text;
  if (out.includes('.')) out = out.replace(INITIAL_DOT, '$1');
  if (out.includes('&')) out = out.replace(INNER_AMPERSAND, '$1').replace(/&/g, ' and ');
  return out;
}

/** What the parts of a name (its main text, then each qualifier) add up to, in order. */
interface Segment {
  readonly tokens: NameToken[];
  readonly legalForms: LegalFormFamily[];
  readonly ignored: string[];
  hasHan: boolean;
  hadWords: boolean;
}

/** Strips the legal forms of a run of Latin words and adds its tokens to `out`; empties `latin`. */
function flushLatin(out: Segment, latin: string[], qualifier: boolean): void {
  if (latin.length === 0) return;
  const { kept, families } = stripLegalForms(latin);
  for (const family of families) out.legalForms.push(family);
  const words: string[] = [];
  for (const k of kept) words.push(latin[k] ?? '');
  latinTokens(words, qualifier, out.tokens);
  latin.length = 0;
}

/**
 * The words of a text of ASCII digits, lower-case letters and other ASCII characters: its runs of
 * letters and digits (what {@link WORD} finds in it, each of them `latin` for {@link addWord}); undefined
 * for any other text (an upper-case or non-ASCII character), which takes the general path.
 */
function asciiWords(text: string): string[] | undefined {
  const words: string[] = [];
  let start = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c > 0x7f || (c >= 65 && c <= 90)) return undefined;
    const wordChar = (c >= 97 && c <= 122) || (c >= 48 && c <= 57);
    if (wordChar) {
      if (start < 0) start = i;
    } else if (start >= 0) {
      words.push(text.slice(start, i));
      start = -1;
    }
  }
  if (start >= 0) words.push(text.slice(start));
  return words;
}

/** Adds a word that is not Han: to the run of Latin words (confusables folded), or to the ignored words. */
function addWord(out: Segment, latin: string[], word: string): void {
  out.hadWords = true;
  const script = wordScript(word);
  if (script === 'latin') latin.push(word);
  else if (script === 'mixed-confusable') latin.push(foldConfusables(word));
  else out.ignored.push(word);
}

/** Adds the tokens, legal forms and ignored words of one part of a folded name to `out`. */
function segment(out: Segment, text: string, qualifier: boolean): void {
  const clean = punctuation(text);
  const ascii = asciiWords(clean);
  if (ascii !== undefined) {
    // No Han, and every word is Latin: the run goes to the legal-form stripper as it is.
    if (ascii.length > 0) out.hadWords = true;
    flushLatin(out, ascii, qualifier);
    return;
  }
  const latin: string[] = [];
  for (const match of clean.matchAll(WORD)) {
    const word = match[0];
    out.hadWords = true;
    if (HAN.test(word)) {
      flushLatin(out, latin, qualifier);
      out.hasHan = true;
      const han = hanWords(word, qualifier);
      for (const token of han.tokens) out.tokens.push(token);
      for (const family of han.legalForms) out.legalForms.push(family);
      continue;
    }
    addWord(out, latin, word);
  }
  flushLatin(out, latin, qualifier);
}

function notScreenable(message: string): UnforcedError {
  return new UnforcedError('NAME_NOT_SCREENABLE', message, { path: ['name'] });
}

/**
 * Normalises a company name for screening: NFKC, case folding and diacritics; control characters
 * refused; punctuation and spacing; parenthesised qualifiers such as `(Shanshan)` kept at half weight;
 * legal forms (`Co., Ltd.`, `GmbH`, `有限公司` …) set aside as a weak signal; Han script read through a
 * glossary of generic words, place names and pinyin; abbreviations written out; place-name variants
 * rewritten to one spelling; stop words dropped. A name with nothing left to compare (empty, only
 * punctuation, only a legal form, only an unread script) is `NAME_NOT_SCREENABLE`; a control
 * character is `INVALID_FORMAT`; more than {@link MAX_NAME_LENGTH} characters is `OUT_OF_RANGE`.
 *
 * @example
 * ```ts
 * normaliseName('Hoshine Silicon Industry (Shanshan) Co., Ltd')._unsafeUnwrap().tokens.map((t) => t.text);
 * // ['hoshine', 'silicon', 'industry', 'shanshan']  (the last one a qualifier)
 * ```
 */
export function normaliseName(name: string): Result<NormalisedName, UnforcedError> {
  if (name.length > MAX_NAME_LENGTH)
    return err(
      new UnforcedError('OUT_OF_RANGE', `a name may have at most ${MAX_NAME_LENGTH} characters`, {
        path: ['name'],
      }),
    );
  if (hasControlCharacter(name))
    return err(new UnforcedError('INVALID_FORMAT', 'the name holds a control character', { path: ['name'] }));
  const folded = foldText(name);
  if (folded.trim() === '') return err(notScreenable('the name is empty'));
  const { main, qualifiers } = splitGroups(folded);
  const out: Segment = { tokens: [], legalForms: [], ignored: [], hasHan: false, hadWords: false };
  segment(out, main, false);
  for (const qualifier of qualifiers) segment(out, qualifier, true);
  const { tokens, ignored: ignoredWords } = out;
  if (tokens.length === 0) {
    if (!out.hadWords) return err(notScreenable('the name has no letters or digits'));
    if (ignoredWords.length > 0)
      return err(notScreenable('the name is written only in a script the screener does not read'));
    return err(notScreenable('the name holds only a legal form or words that identify nothing'));
  }
  return ok({ tokens, legalForms: out.legalForms, ignoredWords, hasHan: out.hasHan });
}
