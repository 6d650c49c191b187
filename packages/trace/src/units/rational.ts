import { divideRounded, parseDecimalRatio } from '@unforced/core';

/**
 * An exact non-negative rational number: a bigint numerator over a positive bigint denominator, kept
 * in lowest terms. Quantities, unit factors, yields and exposure shares use it so that no float ever
 * decides whether an output exceeds its inputs or whether a share is zero.
 */
export interface Rational {
  readonly n: bigint;
  readonly d: bigint;
}

function gcd(a: bigint, b: bigint): bigint {
  let x = a < 0n ? -a : a;
  let y = b < 0n ? -b : b;
  while (y !== 0n) {
    const t = x % y;
    x = y;
    y = t;
  }
  return x;
}

/**
 * Builds a rational in lowest terms. The denominator must not be zero (a programming error: throws).
 *
 * @example
 * ```ts
 * rational(6n, 4n); // { n: 3n, d: 2n }
 * ```
 */
export function rational(n: bigint, d: bigint): Rational {
  if (d === 1n) return { n, d };
  if (d === 0n) throw new RangeError('rational with a zero denominator');
  const sign = d < 0n ? -1n : 1n;
  const g = gcd(n, d);
  if (g === 1n) return { n: n * sign, d: d * sign };
  return { n: (n / g) * sign, d: (d / g) * sign };
}

/**
 * Zero.
 *
 * @example
 * ```ts
 * isZeroR(ZERO); // true
 * ```
 */
export const ZERO: Rational = { n: 0n, d: 1n };
/**
 * One.
 *
 * @example
 * ```ts
 * formatFraction(ONE); // '1'
 * ```
 */
export const ONE: Rational = { n: 1n, d: 1n };

/**
 * Adds two rationals.
 *
 * @example
 * ```ts
 * addR(rational(1n, 3n), rational(1n, 6n)); // 1/2
 * ```
 */
export function addR(a: Rational, b: Rational): Rational {
  if (a.n === 0n) return b;
  if (b.n === 0n) return a;
  if (a.d === b.d) return rational(a.n + b.n, a.d);
  return rational(a.n * b.d + b.n * a.d, a.d * b.d);
}

/**
 * Subtracts `b` from `a` (the result may be negative).
 *
 * @example
 * ```ts
 * subR(ONE, rational(1n, 4n)); // 3/4
 * ```
 */
export function subR(a: Rational, b: Rational): Rational {
  return addR(a, { n: -b.n, d: b.d });
}

/**
 * Multiplies two rationals.
 *
 * @example
 * ```ts
 * mulR(rational(2n, 3n), rational(3n, 4n)); // 1/2
 * ```
 */
export function mulR(a: Rational, b: Rational): Rational {
  if (a.n === 0n || b.n === 0n) return ZERO;
  if (b.n === 1n && b.d === 1n) return a;
  if (a.n === 1n && a.d === 1n) return b;
  return rational(a.n * b.n, a.d * b.d);
}

/**
 * Divides `a` by a non-zero `b`.
 *
 * @example
 * ```ts
 * divR(ONE, rational(4n, 1n)); // 1/4
 * ```
 */
export function divR(a: Rational, b: Rational): Rational {
  return rational(a.n * b.d, a.d * b.n);
}

/**
 * Compares two rationals: negative, zero or positive.
 *
 * @example
 * ```ts
 * compareR(rational(1n, 3n), rational(1n, 2n)) < 0; // true
 * ```
 */
export function compareR(a: Rational, b: Rational): number {
  const left = a.n * b.d;
  const right = b.n * a.d;
  return left < right ? -1 : left > right ? 1 : 0;
}

/**
 * Whether a rational is exactly zero.
 *
 * @example
 * ```ts
 * isZeroR(ZERO); // true
 * ```
 */
export function isZeroR(a: Rational): boolean {
  return a.n === 0n;
}

/**
 * Reads a non-negative decimal string exactly (`"0.45359237"` → 45359237/100000000), or `undefined`:
 * core's `parseDecimalRatio`, in lowest terms.
 *
 * @example
 * ```ts
 * parseDecimal('1.5'); // 3/2
 * ```
 */
export function parseDecimal(text: string): Rational | undefined {
  if (text === '1') return ONE;
  const parsed = parseDecimalRatio(text);
  return parsed.isOk() ? rational(parsed.value.numerator, parsed.value.denominator) : undefined;
}

/**
 * Writes a rational as a decimal string with at most `places` decimals, rounded half up (for display;
 * exact values travel as fractions). Trailing zeros are dropped.
 *
 * @example
 * ```ts
 * formatDecimal(rational(1n, 3n), 4); // '0.3333'
 * ```
 */
export function formatDecimal(a: Rational, places = 6): string {
  const negative = a.n < 0n;
  const n = negative ? -a.n : a.n;
  const scale = 10n ** BigInt(places);
  const scaled = divideRounded(n * scale, a.d, 'half-up');
  const whole = scaled / scale;
  const fraction = (scaled % scale).toString().padStart(places, '0').replace(/0+$/, '');
  const body = fraction.length > 0 ? `${whole}.${fraction}` : `${whole}`;
  return negative && body !== '0' ? `-${body}` : body;
}

/**
 * The rational as `"n/d"` (or `"n"` when whole), exact.
 *
 * @example
 * ```ts
 * formatFraction(rational(3n, 8n)); // '3/8'
 * ```
 */
export function formatFraction(a: Rational): string {
  return a.d === 1n ? `${a.n}` : `${a.n}/${a.d}`;
}
