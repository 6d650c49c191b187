/**
 * Largest-remainder allocation: turns real-valued contributions into whole tenths of a point that add
 * up exactly to `targetTenths`. Each share is its value floored or ceiled (never further off than one
 * tenth); the units left over go to the largest fractional remainders, ties to the earlier index, so the
 * result is deterministic. If floating-point error leaves the target outside the reachable range, the
 * surplus or deficit is spread the same way, so the sum still holds exactly.
 *
 * @example
 * ```ts
 * allocateTenths([3.33, 3.33, 3.34], 100); // [33, 33, 34]
 * ```
 */
export function allocateTenths(values: readonly number[], targetTenths: number): number[] {
  const n = values.length;
  if (n === 0) return [];
  const out = new Array<number>(n);
  const remainders = new Array<number>(n);
  let sum = 0;
  for (let i = 0; i < n; i++) {
    const scaled = (values[i] ?? 0) * 10;
    const floor = Math.floor(scaled);
    out[i] = floor;
    remainders[i] = scaled - floor;
    sum += floor;
  }
  let left = targetTenths - sum;
  if (left === 0) return out.map((t) => t || 0); // no -0 in the output
  const order = Array.from({ length: n }, (_, i) => i);
  // Largest remainders first when units are to be added, smallest first when they are to be taken away.
  const sign = left > 0 ? 1 : -1;
  order.sort((a, b) => {
    const diff = ((remainders[b] ?? 0) - (remainders[a] ?? 0)) * sign;
    return diff !== 0 ? diff : a - b;
  });
  let k = 0;
  while (left !== 0) {
    const index = order[k % n] ?? 0;
    out[index] = (out[index] ?? 0) + sign;
    left -= sign;
    k += 1;
  }
  return out.map((t) => t || 0);
}
