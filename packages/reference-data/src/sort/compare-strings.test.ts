import { describe, expect, it } from 'vitest';
import { compareStrings } from './compare-strings.js';

describe('compareStrings', () => {
  it('orders by UTF-16 code unit, not by locale', () => {
    // Code units: 'B' 0x42 < 'a' 0x61 < 'b' 0x62 < 'é' 0xE9 (a locale collation would put 'é' before 'z').
    expect(['b', 'é', 'B', 'z', 'a'].sort(compareStrings)).toEqual(['B', 'a', 'b', 'z', 'é']);
    expect(compareStrings('uflpa:a', 'uflpa:a')).toBe(0);
  });
});
