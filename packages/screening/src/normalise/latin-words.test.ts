import { describe, expect, it } from 'vitest';
import { latinTokens } from './latin-words.js';
import type { NameToken } from './name-token.js';

describe('latinTokens', () => {
  it('joins multi-word places, writes out abbreviations, rewrites place variants and drops stop words', () => {
    // inner mongolia → neimenggu; hotan → hetian; intl → international; "and" is a stop word.
    const tokens = latinTokens(['inner', 'mongolia', 'hotan', 'intl', 'and', 'trade'], false);
    expect(tokens.map((t) => [t.text, t.via])).toEqual([
      ['neimenggu', 'place-variant'],
      ['hetian', 'place-variant'],
      ['international', 'abbreviation'],
      ['trade', 'as-written'],
    ]);
  });

  it('adds to the array it is given, after what it holds, and returns that array', () => {
    const into: NameToken[] = [
      { text: 'huafu', original: 'huafu', via: 'as-written', place: false, qualifier: false },
    ];
    const out = latinTokens(['hotan'], true, into);
    expect(out).toBe(into);
    expect(out).toEqual([
      { text: 'huafu', original: 'huafu', via: 'as-written', place: false, qualifier: false },
      { text: 'hetian', original: 'hotan', via: 'place-variant', place: true, qualifier: true },
    ]);
  });
});
