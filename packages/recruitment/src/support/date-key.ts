/**
 * Dates as whole numbers for the hot loops of large batches: a validated ISO date (`YYYY-MM-DD`) read as
 * `YYYYMMDD`, whose order is the dates' order. A few character reads and integer comparisons, instead of
 * a string comparison, or a date library call and a new string, per payslip. Only for strings that
 * passed core's `IsoDate` schema.
 *
 * @example
 * ```ts
 * dateKey('2026-11-22'); // 20261122
 * ```
 */
export function dateKey(date: string): number {
  return (
    (date.charCodeAt(0) - 48) * 10_000_000 +
    (date.charCodeAt(1) - 48) * 1_000_000 +
    (date.charCodeAt(2) - 48) * 100_000 +
    (date.charCodeAt(3) - 48) * 10_000 +
    (date.charCodeAt(5) - 48) * 1_000 +
    (date.charCodeAt(6) - 48) * 100 +
    (date.charCodeAt(8) - 48) * 10 +
    (date.charCodeAt(9) - 48)
  );
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;

function daysInMonth(year: number, month: number): number {
  if (month === 2 && year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0)) return 29;
  return DAYS_IN_MONTH[month - 1] ?? 31;
}

/**
 * The date one calendar month after a validated ISO date, as {@link dateKey} would read it: the same day
 * of the next month, clamped to that month's last day (core's `addMonthsIso(date, 1)`).
 *
 * @example
 * ```ts
 * monthLaterKey('2026-01-31'); // 20260228
 * monthLaterKey('2026-12-15'); // 20270115
 * ```
 */
export function monthLaterKey(date: string): number {
  const key = dateKey(date);
  let year = Math.floor(key / 10_000);
  let month = (Math.floor(key / 100) % 100) + 1;
  if (month === 13) {
    month = 1;
    year += 1;
  }
  const day = Math.min(key % 100, daysInMonth(year, month));
  return year * 10_000 + month * 100 + day;
}
