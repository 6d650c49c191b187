import type { FontSet, TextStyle } from './fonts/font-set.js';

// Characters after which a line may break without a space: Han, kana, CJK punctuation, full-width forms.
const BREAK_ANYWHERE = /[\u2E80-\u9FFF\uF900-\uFAFF\uFF00-\uFFEF]/u;

function tokens(line: string): string[] {
  const out: string[] = [];
  let current = '';
  for (const char of line) {
    if (char === ' ' || BREAK_ANYWHERE.test(char)) {
      if (current !== '') out.push(current);
      out.push(char);
      current = '';
    } else current += char;
  }
  if (current !== '') out.push(current);
  return out;
}

/**
 * Breaks text into lines no wider than `maxWidth` points: at spaces, between Han characters, and inside
 * words longer than a line. Explicit newlines are kept. Deterministic; never returns an empty array.
 */
export function wrapText(
  fonts: FontSet,
  text: string,
  style: TextStyle,
  size: number,
  maxWidth: number,
): string[] {
  const lines: string[] = [];
  const limit = Math.max(maxWidth, size);
  for (const paragraph of text.normalize('NFC').split('\n')) {
    let line = '';
    let width = 0;
    for (const token of tokens(paragraph)) {
      const tokenWidth = fonts.measure(token, style) * size;
      if (token === ' ') {
        if (line !== '') {
          line += ' ';
          width += tokenWidth;
        }
        continue;
      }
      if (width + tokenWidth <= limit) {
        line += token;
        width += tokenWidth;
        continue;
      }
      if (line.trim() !== '') lines.push(line.trimEnd());
      line = '';
      width = 0;
      if (tokenWidth <= limit) {
        line = token;
        width = tokenWidth;
        continue;
      }
      for (const char of token) {
        const charWidth = fonts.measure(char, style) * size;
        if (width + charWidth > limit && line !== '') {
          lines.push(line);
          line = '';
          width = 0;
        }
        line += char;
        width += charWidth;
      }
    }
    lines.push(line.trimEnd());
  }
  return lines.length === 0 ? [''] : lines;
}

/** Cuts text to fit `maxWidth` on one line, ending with an ellipsis when cut. */
export function truncateText(
  fonts: FontSet,
  text: string,
  style: TextStyle,
  size: number,
  maxWidth: number,
): string {
  if (fonts.measure(text, style) * size <= maxWidth) return text;
  const ellipsis = '…';
  let out = '';
  let width = fonts.measure(ellipsis, style) * size;
  for (const char of text) {
    const w = fonts.measure(char, style) * size;
    if (width + w > maxWidth) break;
    out += char;
    width += w;
  }
  return `${out}${ellipsis}`;
}
