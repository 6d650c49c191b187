import { divideRounded } from '@unforced/core';
import { z } from 'zod';
import type { Rational } from '../units/rational.js';

/**
 * A share between 0 and 1, exact and readable: `numerator`/`denominator` as decimal integer strings
 * in lowest terms, and `value`, the share rounded **up** to 12 decimal places, so that a non-zero share
 * ("wholly or in part") never reads as 0.
 *
 * @example
 * ```ts
 * Share.parse({ numerator: '136', denominator: '1595', value: 0.085266457681 });
 * ```
 */
export const Share = z.strictObject({
  numerator: z.string().regex(/^\d+$/),
  denominator: z.string().regex(/^[1-9]\d*$/),
  value: z.number().min(0).max(1),
});
/** An exact share. */
export type Share = z.infer<typeof Share>;

const SCALE = 10n ** 12n;

/**
 * Converts an exact rational in [0, 1] to a {@link Share}.
 *
 * @example
 * ```ts
 * toShare({ n: 1n, d: 3n }); // { numerator: '1', denominator: '3', value: 0.333333333334 }
 * ```
 */
export function toShare(value: Rational): Share {
  if (value.n === 0n) return { numerator: '0', denominator: '1', value: 0 };
  if (value.n === value.d) return { numerator: '1', denominator: '1', value: 1 };
  const scaled = divideRounded(value.n * SCALE, value.d, 'ceil');
  return { numerator: value.n.toString(), denominator: value.d.toString(), value: Number(scaled) / 1e12 };
}
