import { addMonthsIso } from '@unforced/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dateKey, monthLaterKey } from './date-key.js';

const isoDate = (min: string, max: string) =>
  fc
    .date({ min: new Date(`${min}T00:00:00Z`), max: new Date(`${max}T00:00:00Z`), noInvalidDate: true })
    .map((d) => d.toISOString().slice(0, 10));

describe('dateKey', () => {
  it('reads the date as YYYYMMDD', () => {
    expect(dateKey('2026-11-22')).toBe(20_261_122);
    expect(dateKey('0001-01-01')).toBe(10_101);
    expect(dateKey('9999-12-31')).toBe(99_991_231);
  });

  it('orders dates as comparing the ISO strings does, far apart or days apart (property)', () => {
    const agree = (a: string, b: string): void => {
      expect(Math.sign(dateKey(a) - dateKey(b))).toBe(a < b ? -1 : a > b ? 1 : 0);
    };
    fc.assert(fc.property(isoDate('0001-01-01', '9999-12-31'), isoDate('0001-01-01', '9999-12-31'), agree));
    const near = fc
      .tuple(isoDate('1990-01-01', '2060-12-31'), fc.integer({ min: -70, max: 70 }))
      .map(
        ([a, days]) => [a, new Date(Date.parse(a) + days * 86_400_000).toISOString().slice(0, 10)] as const,
      );
    fc.assert(fc.property(near, ([a, b]) => agree(a, b)));
  });
});

describe('monthLaterKey', () => {
  it('adds a calendar month, clamping the day to the end of a shorter month (worked by hand)', () => {
    expect(monthLaterKey('2026-03-31')).toBe(20_260_430);
    expect(monthLaterKey('2026-01-31')).toBe(20_260_228);
    expect(monthLaterKey('2024-01-31')).toBe(20_240_229); // leap year
    expect(monthLaterKey('2100-01-29')).toBe(21_000_228); // 2100 is not a leap year
    expect(monthLaterKey('2000-01-30')).toBe(20_000_229); // 2000 is
    expect(monthLaterKey('2026-12-31')).toBe(20_270_131);
    expect(monthLaterKey('2026-05-15')).toBe(20_260_615);
  });

  it('agrees with core addMonthsIso(date, 1) (property)', () => {
    fc.assert(
      fc.property(isoDate('1900-01-01', '2199-11-30'), (date) => {
        expect(monthLaterKey(date)).toBe(dateKey(addMonthsIso(date, 1)));
      }),
      { numRuns: 2_000 },
    );
  });
});
