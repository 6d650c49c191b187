import { addDaysIso, daysBetween } from '@unforced/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { allocateTenths } from './allocate-tenths.js';
import { daysFrom, plusDays } from './civil-days.js';

describe('civil-day arithmetic', () => {
  it('agrees with the date-fns helpers of @unforced/core', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -200_000, max: 200_000 }),
        fc.integer({ min: -5000, max: 5000 }),
        (start, delta) => {
          const from = addDaysIso('1970-01-01', start);
          expect(plusDays(from, delta)).toBe(addDaysIso(from, delta));
          expect(daysFrom(from, addDaysIso(from, delta))).toBe(daysBetween(from, addDaysIso(from, delta)));
        },
      ),
      { seed: 7, numRuns: 500 },
    );
  });

  it('handles leap years by hand-checked examples', () => {
    // 2028 is a leap year: 2026-11-22 + 730 d lands on 2028-11-21; 1900 was not a leap year.
    expect(plusDays('2026-11-22', 730)).toBe('2028-11-21');
    expect(plusDays('1900-02-28', 1)).toBe('1900-03-01');
    expect(plusDays('2000-02-28', 1)).toBe('2000-02-29');
    expect(daysFrom('2025-11-22', '2026-11-22')).toBe(365);
  });
});

describe('largest-remainder allocation', () => {
  it('splits by hand-checked examples', () => {
    // 3.33 + 3.33 + 3.34 = 10.0 → floors 33, 33, 33 = 99; the one tenth left goes to the largest remainder (.4).
    expect(allocateTenths([3.33, 3.33, 3.34], 100)).toEqual([33, 33, 34]);
    // Negative shares: 10 − 3.25 − 3.25 = 3.5 → floors 100, −33, −33 = 34; +1 to the first .5 remainder.
    expect(allocateTenths([10, -3.25, -3.25], 35)).toEqual([100, -32, -33]);
  });

  it('always adds up exactly to the target and keeps each share within one tenth', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: -100, max: 100, noNaN: true }), { minLength: 1, maxLength: 30 }),
        (values) => {
          let total = 0;
          for (const v of values) total += v;
          const target = Math.round(total * 10) || 0;
          const out = allocateTenths(values, target);
          expect(out.reduce((a, b) => a + b, 0)).toBe(target);
          out.forEach((t, i) => {
            expect(Number.isInteger(t)).toBe(true);
            expect(Math.abs(t - (values[i] ?? 0) * 10)).toBeLessThan(1 + 1e-9);
          });
        },
      ),
      { seed: 11, numRuns: 1000 },
    );
  });
});
