/**
 * A share as a percentage with two decimals, for summary tables.
 *
 * @example
 * ```ts
 * percent(0.12345); // '12.35%'
 * ```
 */
export function percent(share: number): string {
  return `${(Math.round(share * 10_000) / 100).toFixed(2)}%`;
}
