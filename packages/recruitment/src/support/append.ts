/**
 * Appends `items` to `target` in place, with an indexed loop: unlike `push(...items)` it builds no
 * argument list, and unlike `for…of` it needs no iterator when arrays of several kinds reach it.
 *
 * @example
 * ```ts
 * const all = [1];
 * append(all, [2, 3]); // all is [1, 2, 3]
 * ```
 */
export function append<T>(target: T[], items: readonly T[]): void {
  for (let i = 0; i < items.length; i += 1) target.push(items[i] as T);
}
