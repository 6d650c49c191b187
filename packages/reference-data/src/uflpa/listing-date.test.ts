import { describe, expect, it } from 'vitest';
import { parseListingDate } from './listing-date.js';

describe('parseListingDate', () => {
  it('accepts ISO dates', () => {
    expect(parseListingDate('2025-01-15')._unsafeUnwrap()).toBe('2025-01-15');
    expect(parseListingDate(' 2024-02-29 ')._unsafeUnwrap()).toBe('2024-02-29');
  });

  it('accepts the US long form DHS prints', () => {
    expect(parseListingDate('January 15, 2025')._unsafeUnwrap()).toBe('2025-01-15');
    expect(parseListingDate('June 9, 2023')._unsafeUnwrap()).toBe('2023-06-09');
    expect(parseListingDate('december 11 2023')._unsafeUnwrap()).toBe('2023-12-11');
  });

  it('rejects other forms and days that do not exist', () => {
    for (const value of ['', '15/01/2025', 'Jan 15, 2025', '2025-02-30', 'February 30, 2025', 'soon']) {
      expect(parseListingDate(value)._unsafeUnwrapErr().code).toBe('DATASET_PARSE_FAILED');
    }
  });
});
