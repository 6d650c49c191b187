/**
 * How an exact quotient is rounded to whole minor units. `half-even` (banker's rounding) is the default
 * for conversions; `half-up` rounds halves away from zero; `floor`/`ceil` go towards minus/plus infinity.
 */
export type RoundingMode = 'half-even' | 'half-up' | 'floor' | 'ceil';

/** Divides two bigints and rounds the exact quotient by `mode`. `denominator` must not be zero. */
export function divideRounded(numerator: bigint, denominator: bigint, mode: RoundingMode): bigint {
  if (denominator < 0n) return divideRounded(-numerator, -denominator, mode);
  const quotient = numerator / denominator; // truncates towards zero
  const remainder = numerator % denominator;
  if (remainder === 0n) return quotient;
  const negative = numerator < 0n;
  const towardsMinus = negative ? quotient - 1n : quotient;
  const towardsPlus = negative ? quotient : quotient + 1n;
  if (mode === 'floor') return towardsMinus;
  if (mode === 'ceil') return towardsPlus;
  const twice = (remainder < 0n ? -remainder : remainder) * 2n;
  const awayFromZero = negative ? quotient - 1n : quotient + 1n;
  if (twice > denominator) return awayFromZero;
  if (twice < denominator) return quotient;
  if (mode === 'half-up') return awayFromZero;
  return quotient % 2n === 0n ? quotient : awayFromZero;
}
