/**
 * mulberry32: a small seeded pseudo-random generator, so synthetic test and benchmark data are the same
 * on every run and every machine. Returns numbers in [0, 1).
 *
 * @example
 * ```ts
 * const random = mulberry32(20261122);
 * random(); // the same value on every run
 * ```
 */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
