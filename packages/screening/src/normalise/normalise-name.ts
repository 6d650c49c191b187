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
  return text
    .replace(/['’‘`´ʼ]/g, '')
    .replace(INITIAL_DOT, '$1')
    .replace(INNER_AMPERSAND, '$1')
    .replace(/&/g, ' and ');
}

interface Segment {
  tokens: NameToken[];
  legalForms: LegalFormFamily[];
  ignored: string[];
  hasHan: boolean;
  hadWords: boolean;
}

/** Strips the legal forms of a run of Latin words and adds its tokens to `out`; empties `latin`. */
function flushLatin(out: Segment, latin: string[], qualifier: boolean): void {
  if (latin.length === 0) return;
  const { kept, families } = stripLegalForms(latin);
  out.legalForms.push(...families);
  out.tokens.push(
    ...latinTokens(
      kept.map((k) => latin[k] ?? ''),
      qualifier,
    ),
  );
  latin.length = 0;
}

/** The words of an ASCII text: its runs of letters and digits (what {@link WORD} finds in ASCII); else undefined. */
function asciiWords(text: string): string[] | undefined {
  const words: string[] = [];
  let start = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c > 0x7f) return undefined;
    const wordChar = (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (c >= 65 && c <= 90);
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

function segment(text: string, qualifier: boolean): Segment {
  const out: Segment = { tokens: [], legalForms: [], ignored: [], hasHan: false, hadWords: false };
  const latin: string[] = [];
  const clean = punctuation(text);
  const ascii = asciiWords(clean);
  if (ascii !== undefined) {
    // ASCII holds no Han, and its letters and digits are [A-Za-z0-9]: the words WORD would find.
    for (const word of ascii) addWord(out, latin, word);
    flushLatin(out, latin, qualifier);
    return out;
  }
  for (const match of clean.matchAll(WORD)) {
    const word = match[0];
    out.hadWords = true;
    if (HAN.test(word)) {
      flushLatin(out, latin, qualifier);
      out.hasHan = true;
      const han = hanWords(word, qualifier);
      out.tokens.push(...han.tokens);
      out.legalForms.push(...han.legalForms);
      continue;
    }
    addWord(out, latin, word);
  }
  flushLatin(out, latin, qualifier);
  return out;
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
  const parts = [segment(main, false), ...qualifiers.map((q) => segment(q, true))];
  const tokens = parts.flatMap((p) => p.tokens);
  const ignoredWords = parts.flatMap((p) => p.ignored);
  if (tokens.length === 0) {
    if (!parts.some((p) => p.hadWords)) return err(notScreenable('the name has no letters or digits'));
    if (ignoredWords.length > 0)
      return err(notScreenable('the name is written only in a script the screener does not read'));
    return err(notScreenable('the name holds only a legal form or words that identify nothing'));
  }
  return ok({
    tokens,
    legalForms: parts.flatMap((p) => p.legalForms),
    ignoredWords,
    hasHan: parts.some((p) => p.hasHan),
  });
}
