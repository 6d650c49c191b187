/**
 * Groups items by a key, each group keeping the items' order.
 *
 * @example
 * ```ts
 * groupBy(['hua', 'hong', 'tai'], (w) => w[0] ?? '').get('h'); // ['hua', 'hong']
 * ```
 */
export function groupBy<T>(items: readonly T[], key: (item: T) => string): ReadonlyMap<string, T[]> {
  const map = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const group = map.get(k);
    if (group === undefined) map.set(k, [item]);
    else group.push(item);
  }
  return map;
}
