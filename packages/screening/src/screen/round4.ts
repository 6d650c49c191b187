/**
 * Rounds a score to 4 decimals, as every score and weight of a screening result is reported.
 *
 * @example
 * ```ts
 * round4(2 / 3); // 0.6667
 * ```
 */
export function round4(x: number): number {
  return Math.round(x * 10_000) / 10_000;
}
