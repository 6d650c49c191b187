import { describe, expect, it } from 'vitest';
import { reviewDueDates } from './review-due-dates.js';

describe('reviewDueDates', () => {
  // Worked by hand: 7 and 14 calendar days after the date.
  it.each([
    ['2026-11-22', '2026-11-29', '2026-12-06'],
    // Across the year end: 28 Dec + 7 = 4 Jan, + 14 = 11 Jan.
    ['2026-12-28', '2027-01-04', '2027-01-11'],
    // Across a leap February: 25, 26, 27, 28, 29 Feb, 1, 2, 3 Mar.
    ['2028-02-25', '2028-03-03', '2028-03-10'],
  ])('%s: match due %s, potential match due %s', (asOf, match, potentialMatch) => {
    expect(reviewDueDates(asOf)._unsafeUnwrap()).toEqual({ asOf, match, potentialMatch });
  });

  it('gives each date its own answer when dates alternate (the kept answer is only for the same date)', () => {
    for (let round = 0; round < 2; round++) {
      expect(reviewDueDates('2026-11-22')._unsafeUnwrap().match).toBe('2026-11-29');
      expect(reviewDueDates('2026-11-22')._unsafeUnwrap().match).toBe('2026-11-29');
      expect(reviewDueDates('2027-06-30')._unsafeUnwrap().match).toBe('2027-07-07');
    }
  });

  it('refuses a date that is not a calendar date, every time, even right after a valid one', () => {
    reviewDueDates('2026-11-22');
    for (let k = 0; k < 2; k++) {
      const error = reviewDueDates('2026-02-30')._unsafeUnwrapErr();
      expect(error.code).toBe('INVALID_DATE');
      expect(error.issues[0]?.path).toEqual(['asOf']);
    }
    expect(reviewDueDates('22/11/2026')._unsafeUnwrapErr().code).toBe('INVALID_DATE');
  });
});
