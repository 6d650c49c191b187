import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dateKey } from './date-key.js';

const isoDate = fc
  .date({ min: new Date('0001-01-01T00:00:00Z'), max: new Date('9999-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

describe('dateKey', () => {
  it('reads the date as YYYYMMDD', () => {
    expect(dateKey('2026-11-22')).toBe(20_261_122);
    expect(dateKey('0001-01-01')).toBe(10_101);
    expect(dateKey('9999-12-31')).toBe(99_991_231);
    expect(dateKey('2024-02-29')).toBe(20_240_229);
  });

  it('orders dates exactly as comparing the ISO strings does (property)', () => {
    const agree = (a: string, b: string): void => {
      expect(Math.sign(dateKey(a) - dateKey(b))).toBe(a < b ? -1 : a > b ? 1 : 0);
    };
    fc.assert(fc.property(isoDate, isoDate, agree));
    // Dates days apart, across month and year ends, where only the last digits differ.
    const near = fc
      .tuple(
        fc.date({
          min: new Date('1990-01-01T00:00:00Z'),
          max: new Date('2060-12-31T00:00:00Z'),
          noInvalidDate: true,
        }),
        fc.integer({ min: -70, max: 70 }),
      )
      .map(
        ([d, days]) =>
          [
            d.toISOString().slice(0, 10),
            new Date(d.getTime() + days * 86_400_000).toISOString().slice(0, 10),
          ] as const,
      );
    fc.assert(fc.property(near, ([a, b]) => agree(a, b)));
  });
});
