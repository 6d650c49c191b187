import { err, ok, type Result } from 'neverthrow';
import { z } from 'zod';
import { CurrencyCode } from '../codes/currency-code.js';
import { UnforcedError } from '../errors/unforced-error.js';
import { addCodedIssue } from '../validation/coded-issue.js';
import { validate } from '../validation/validate.js';

/**
 * An amount of money: a whole number of the currency's minor units (cents, paisa, fils…) and an ISO 4217
 * code. Floats are refused: `{ amountMinor: 12.5 }` is `INVALID_MONEY_AMOUNT`. JPY has no minor unit,
 * so `{ amountMinor: 500, currency: 'JPY' }` is ¥500; KWD has three, so 1500 is KWD 1.500.
 *
 * @example
 * ```ts
 * Money.parse({ amountMinor: 170000, currency: 'MYR' }); // MYR 1,700.00
 * ```
 */
export const Money = z.strictObject({
  amountMinor: z.number().superRefine((value, ctx) => {
    if (!Number.isSafeInteger(value)) {
      addCodedIssue(
        ctx,
        'INVALID_MONEY_AMOUNT',
        `${value} is not a whole number of minor units (no floats for money)`,
      );
    }
  }),
  currency: CurrencyCode,
});

/** An amount of money in integer minor units with its ISO 4217 currency. */
export type Money = z.infer<typeof Money>;

/**
 * Builds a {@link Money} value, checking the amount and the currency.
 *
 * @example
 * ```ts
 * createMoney(1_000_000, 'NPR'); // ok({ amountMinor: 1000000, currency: 'NPR' }) = NPR 10,000.00
 * createMoney(1.5, 'USD').isErr(); // true
 * ```
 */
export function createMoney(amountMinor: number, currency: string): Result<Money, UnforcedError> {
  return validate(Money, { amountMinor, currency });
}

/** Money from a bigint of minor units, or `MONEY_OVERFLOW` when it does not fit a safe integer. */
export function moneyFromBigInt(amountMinor: bigint, currency: string): Result<Money, UnforcedError> {
  if (amountMinor > BigInt(Number.MAX_SAFE_INTEGER) || amountMinor < BigInt(Number.MIN_SAFE_INTEGER)) {
    return err(
      new UnforcedError(
        'MONEY_OVERFLOW',
        `${amountMinor} minor units of ${currency} exceed the safe integer range`,
      ),
    );
  }
  return ok({ amountMinor: Number(amountMinor), currency });
}

/**
 * Money that must not be negative (a fee, a wage, a deduction). A negative amount is `OUT_OF_RANGE`.
 *
 * @example
 * ```ts
 * NonNegativeMoney.safeParse({ amountMinor: -100, currency: 'USD' }).success; // false
 * ```
 */
export const NonNegativeMoney = Money.superRefine((value, ctx) => {
  if (value.amountMinor < 0) addCodedIssue(ctx, 'OUT_OF_RANGE', 'the amount must not be negative');
});
