import { isIsoDate, UnforcedError } from '@unforced/core';
import { err, ok, type Result } from 'neverthrow';

const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];

/**
 * Reads an effective date written as an ISO date (`2025-01-15`) or in US long form as DHS prints it
 * (`January 15, 2025`; month name in any case, comma optional) and returns the ISO date. Anything else,
 * or a day that does not exist, is a `DATASET_PARSE_FAILED` error.
 *
 * @example
 * ```ts
 * parseListingDate('June 21, 2022'); // ok('2022-06-21')
 * parseListingDate('2025-01-15'); // ok('2025-01-15')
 * parseListingDate('21/06/2022').isErr(); // true
 * ```
 */
export function parseListingDate(value: string): Result<string, UnforcedError> {
  const text = value.trim();
  const long = /^([A-Za-z]+)\s+(\d{1,2}),?\s+(\d{4})$/.exec(text);
  const month = long === null ? -1 : MONTHS.indexOf((long[1] ?? '').toLowerCase());
  const iso =
    long !== null && month >= 0
      ? `${long[3]}-${String(month + 1).padStart(2, '0')}-${(long[2] ?? '').padStart(2, '0')}`
      : text;
  if (!isIsoDate(iso)) {
    return err(
      new UnforcedError(
        'DATASET_PARSE_FAILED',
        `${JSON.stringify(value)} is not a date like "2025-01-15" or "January 15, 2025"`,
      ),
    );
  }
  return ok(iso);
}
