/**
 * Sorts a short array in place by insertion (stable), for the handful of findings or currencies of one
 * worker: `Array.prototype.sort` sets up a merge-sort state for every call, which costs more than the
 * sort itself when called hundreds of thousands of times on arrays of a few elements.
 *
 * @example
 * ```ts
 * sortSmall(['NPR', 'MYR'], (a, b) => (a < b ? -1 : a > b ? 1 : 0)); // ['MYR', 'NPR']
 * ```
 */
export function sortSmall<T>(items: T[], compare: (a: T, b: T) => number): T[] {
  for (let i = 1; i < items.length; i += 1) {
    const item = items[i] as T;
    let j = i - 1;
    while (j >= 0 && compare(items[j] as T, item) > 0) {
      items[j + 1] = items[j] as T;
      j -= 1;
    }
    items[j + 1] = item;
  }
  return items;
}
