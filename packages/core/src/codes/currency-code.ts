import { z } from 'zod';
import { ISO_4217_CURRENCIES } from '../generated/iso-codes.js';
import { addCodedIssue } from '../validation/coded-issue.js';

const minorUnits: ReadonlyMap<string, number> = new Map(
  ISO_4217_CURRENCIES.map((currency) => [currency.code, currency.minorUnit]),
);

/**
 * Whether a string is an active ISO 4217 currency code known to the SDK.
 *
 * @example
 * ```ts
 * isCurrencyCode('MYR'); // true
 * ```
 */
export function isCurrencyCode(value: unknown): value is string {
  return typeof value === 'string' && minorUnits.has(value);
}

/**
 * The ISO 4217 minor-unit exponent of a currency: the number of decimal places of its minor unit
 * (JPY 0, USD 2, KWD/BHD/OMR 3). `undefined` for an unknown code.
 *
 * @example
 * ```ts
 * minorUnitExponent('KWD'); // 3
 * ```
 */
export function minorUnitExponent(currency: string): number | undefined {
  return minorUnits.get(currency);
}

/**
 * An ISO 4217 alphabetic currency code in use by some country (e.g. `NPR`, `MYR`). Unknown codes are
 * `INVALID_CURRENCY_CODE`.
 *
 * @example
 * ```ts
 * CurrencyCode.parse('NPR'); // 'NPR'
 * ```
 */
export const CurrencyCode = z.string().superRefine((value, ctx) => {
  if (!minorUnits.has(value))
    addCodedIssue(ctx, 'INVALID_CURRENCY_CODE', `"${value}" is not an ISO 4217 currency code`);
});

/** An ISO 4217 currency code. */
export type CurrencyCode = z.infer<typeof CurrencyCode>;
