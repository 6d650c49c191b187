/**
 * Largest-remainder allocation: turns real-valued contributions into whole tenths of a point that add
 * up exactly to `targetTenths`. Each share is its value floored, then the units left over go one by one
 * to the largest fractional remainders (ties to the earlier index), so the result is deterministic and
 * each share stays within one tenth of its value. If floating-point error leaves the target outside the
 * reachable range, the surplus or deficit is spread the same way (smallest remainders give first), so
 * the sum still holds exactly.
 *
 * @example
 * ```ts
 * allocateTenths([3.33, 3.33, 3.34], 100); // [33, 33, 34]
 * ```
 */
export function allocateTenths(values: readonly number[], targetTenths: number): number[] {
  const n = values.length;
  const out = new Array<number>(n);
  const remainders = new Array<number>(n);
  let sum = 0;
  for (let i = 0; i < n; i++) {
    const scaled = (values[i] ?? 0) * 10;
    const floor = Math.floor(scaled);
    out[i] = floor || 0; // never -0
    remainders[i] = scaled - floor;
    sum += floor;
  }
  let left = targetTenths - sum;
  if (n === 0 || left === 0) return out;
  const sign = left > 0 ? 1 : -1;
  // Hand out one unit at a time: few units are ever left (at most one per value), so a selection
  // beats a sort. A value that has had its unit is skipped until every value has had one.
  const given = new Array<number>(n).fill(0);
  let round = 0;
  while (left !== 0) {
    let best = -1;
    for (let i = 0; i < n; i++) {
      if ((given[i] ?? 0) > round) continue;
      const r = remainders[i] ?? 0;
      if (best < 0 || (sign > 0 ? r > (remainders[best] ?? 0) : r < (remainders[best] ?? 0))) best = i;
    }
    if (best < 0) {
      round += 1;
      continue;
    }
    given[best] = (given[best] ?? 0) + 1;
    out[best] = (out[best] ?? 0) + sign || 0;
    left -= sign;
  }
  return out;
}
