/**
 * Compares strings by UTF-16 code units, independent of the locale, so sort orders are reproducible.
 *
 * @example
 * ```ts
 * ['b', 'B', 'a'].sort(compareStrings); // ['B', 'a', 'b']
 * ```
 */
export function compareStrings(a: string, b: string): number {
  if (a === b) return 0;
  return a < b ? -1 : 1;
}
