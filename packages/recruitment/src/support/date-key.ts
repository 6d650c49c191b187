/**
 * A validated ISO date (`YYYY-MM-DD`) as the whole number `YYYYMMDD`, whose order is the dates' order.
 * For the checks that compare many dates per worker: a few character reads, then integer comparisons,
 * instead of a string comparison each time. Only for strings that passed core's `IsoDate` schema.
 *
 * @example
 * ```ts
 * dateKey('2026-11-22'); // 20261122
 * dateKey('2026-02-01') < dateKey('2026-11-22'); // true
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
