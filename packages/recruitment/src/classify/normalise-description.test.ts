import { describe, expect, it } from 'vitest';
import { editDistance, normaliseDescription } from './normalise-description.js';

describe('normaliseDescription', () => {
  it('lower-cases, strips accents and punctuation, and drops plural s', () => {
    expect(normaliseDescription('Medical Check-ups (GAMCA)')).toEqual(['medical', 'check', 'ups', 'gamca']);
    expect(normaliseDescription('Tiền đặt cọc')).toEqual(['tien', 'dat', 'coc']);
    expect(normaliseDescription('bus pass fees')).toEqual(['bus', 'pass', 'fee']);
    expect(normaliseDescription(' 123 ')).toEqual([]);
  });
});

describe('editDistance (optimal string alignment)', () => {
  it.each([
    ['recruitment', 'recruitment', 0],
    ['recruitmnet', 'recruitment', 1], // one transposition
    ['insurence', 'insurance', 1], // one substitution
    ['comission', 'commission', 1], // one insertion
    ['agency', 'agent', 2],
  ])('%s ~ %s = %i', (a, b, d) => {
    expect(editDistance(a, b, 2)).toBe(d);
  });

  it('stops early past the limit', () => {
    expect(editDistance('abcdef', 'uvwxyz', 1)).toBe(2);
    expect(editDistance('a', 'abcd', 1)).toBe(2);
  });
});
