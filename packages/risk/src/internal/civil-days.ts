/**
 * Calendar-day arithmetic on ISO dates (`YYYY-MM-DD`) as whole day numbers since 1970-01-01, with
 * integer arithmetic only (H. Hinnant's civil-from-days algorithm). The risk model ages evidence and
 * computes deadlines for a million suppliers a second, which the date-fns path in `@unforced/core`
 * (parse and format per call) is too slow for; the results are the same (a property test checks this
 * against `addDaysIso` and `daysBetween`). Dates must already be validated `IsoDate`s.
 */

/**
 * The day number of an ISO date.
 *
 * @example
 * ```ts
 * dayNumber('1970-01-02'); // 1
 * ```
 */
export function dayNumber(date: string): number {
  const y0 = Number(date.slice(0, 4));
  const m = Number(date.slice(5, 7));
  const d = Number(date.slice(8, 10));
  const y = m <= 2 ? y0 - 1 : y0;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/**
 * The ISO date of a day number.
 *
 * @example
 * ```ts
 * isoFromDayNumber(0); // '1970-01-01'
 * ```
 */
function isoFromDayNumber(days: number): string {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  const y = yoe + era * 400 + (m <= 2 ? 1 : 0);
  return `${String(y).padStart(4, '0')}-${m < 10 ? '0' : ''}${m}-${d < 10 ? '0' : ''}${d}`;
}

/**
 * Whole days from `from` to `to` (positive when `to` is later).
 *
 * @example
 * ```ts
 * daysFrom('2025-11-22', '2026-11-22'); // 365
 * ```
 */
export function daysFrom(from: string, to: string): number {
  return dayNumber(to) - dayNumber(from);
}

/**
 * An ISO date plus a number of days.
 *
 * @example
 * ```ts
 * plusDays('2026-11-22', 90); // '2027-02-20'
 * ```
 */
export function plusDays(date: string, days: number): string {
  return isoFromDayNumber(dayNumber(date) + days);
}
