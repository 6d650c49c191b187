import { err, ok, type Result } from 'neverthrow';
import { z } from 'zod';
import { UnforcedError } from '../errors/unforced-error.js';
import { addCodedIssue } from '../validation/coded-issue.js';
import type { Ratio } from './arithmetic.js';

const DECIMAL_PATTERN = /^(\d+)(?:\.(\d+))?$/;

/**
 * Reads a non-negative decimal string (`"1.5"`, `"0.0284"`) into an exact {@link Ratio} of bigints
 * (`3/2`, `284/10000`), so factors such as FX rates and "1.5 months' wage" never pass through a float.
 *
 * @example
 * ```ts
 * parseDecimalRatio('1.5'); // ok({ numerator: 15n, denominator: 10n })
 * ```
 */
export function parseDecimalRatio(
  text: string,
): Result<{ numerator: bigint; denominator: bigint }, UnforcedError> {
  const match = DECIMAL_PATTERN.exec(text.trim());
  if (match === null)
    return err(new UnforcedError('INVALID_FORMAT', `"${text}" is not a non-negative decimal number`));
  const fraction = match[2] ?? '';
  return ok({ numerator: BigInt(`${match[1]}${fraction}`), denominator: 10n ** BigInt(fraction.length) });
}

/**
 * A non-negative decimal number written as a string (`"1.5"`), for exact factors.
 *
 * @example
 * ```ts
 * DecimalString.parse('0.0284');
 * ```
 */
export const DecimalString = z.string().superRefine((value, ctx) => {
  if (!DECIMAL_PATTERN.test(value))
    addCodedIssue(ctx, 'INVALID_FORMAT', `"${value}" is not a non-negative decimal number`);
});

/** A non-negative decimal number as a string. */
export type DecimalString = z.infer<typeof DecimalString>;

/** Whether a ratio is exactly zero. */
export function isZeroRatio(ratio: Ratio): boolean {
  return BigInt(ratio.numerator) === 0n;
}
