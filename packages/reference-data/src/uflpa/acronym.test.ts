import { describe, expect, it } from 'vitest';
import { isAcronym } from './acronym.js';

describe('isAcronym', () => {
  it('accepts all-capitals words with digits or &', () => {
    expect(isAcronym('XPCC')).toBe(true);
    expect(isAcronym(' VSETC ')).toBe(true);
    expect(isAcronym('JWD')).toBe(true);
    expect(isAcronym('A&B1')).toBe(true);
  });

  it('rejects words with lower case, spaces or a single letter', () => {
    expect(isAcronym('Shanshan')).toBe(false);
    expect(isAcronym('HY Solar')).toBe(false);
    expect(isAcronym('X')).toBe(false);
    expect(isAcronym('')).toBe(false);
  });
});
