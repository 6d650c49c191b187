import { AsOf, addDaysIso, type IsoDate, type UnforcedError, validate } from '@unforced/core';
import type { Result } from 'neverthrow';

/** Days allowed to confirm or rule out a match before goods move (a methodology choice; no standard sets it). */
export const MATCH_REVIEW_DAYS = 7;
/** Days allowed to review a potential match (a methodology choice). */
export const POTENTIAL_MATCH_REVIEW_DAYS = 14;

/** When the review asked for by a screening finding falls due, for findings made as of one date. */
export interface ReviewDueDates {
  /** The validated `asOf` date. */
  readonly asOf: IsoDate;
  /** `asOf` + {@link MATCH_REVIEW_DAYS}. */
  readonly match: IsoDate;
  /** `asOf` + {@link POTENTIAL_MATCH_REVIEW_DAYS}. */
  readonly potentialMatch: IsoDate;
}

/**
 * The last valid date asked for and its answer. A batch makes the findings of every entity as of the
 * same date, so this one entry spares validating the date and adding days to it (through date-fns)
 * for each entity and match; the answer is a pure function of the date, so keeping it changes nothing.
 */
let last: { readonly asOf: string; readonly dates: Result<ReviewDueDates, UnforcedError> } | undefined;

/**
 * Validates an `asOf` date (`INVALID_DATE` at path `asOf` when it is not a calendar date) and gives the
 * due dates of the reviews that screening findings made as of it ask for.
 *
 * @example
 * ```ts
 * reviewDueDates('2026-11-22')._unsafeUnwrap(); // { asOf: '2026-11-22', match: '2026-11-29', potentialMatch: '2026-12-06' }
 * ```
 */
export function reviewDueDates(asOf: string): Result<ReviewDueDates, UnforcedError> {
  if (last !== undefined && last.asOf === asOf) return last.dates;
  const dates = validate(AsOf, asOf, ['asOf']).map(
    (valid): ReviewDueDates => ({
      asOf: valid,
      match: addDaysIso(valid, MATCH_REVIEW_DAYS),
      potentialMatch: addDaysIso(valid, POTENTIAL_MATCH_REVIEW_DAYS),
    }),
  );
  // Only a valid date is kept: an error is a fresh object for each caller.
  if (dates.isOk()) last = { asOf, dates };
  return dates;
}
