import { z } from 'zod';
import { ISO_4217_CURRENCIES } from '../generated/iso-codes.js';
import { addCodedIssue } from '../validation/coded-issue.js';

const minorUnits: ReadonlyMap<string, number> = new Map(
  ISO_4217_CURRENCIES.map((currency) => [currency.code, currency.minorUnit]),
);

/**
 * The table slot of a three-letter upper-case code (`AAA` → 0 … `ZZZ` → 17,575), or -1 for anything else.
 * Money is formatted and converted several times per worker in large batches: three character codes and
 * an array read are cheaper than hashing the code for a map.
 */
function slotOf(code: string): number {
  if (code.length !== 3) return -1;
  const a = code.charCodeAt(0) - 65;
  const b = code.charCodeAt(1) - 65;
  const c = code.charCodeAt(2) - 65;
  if (a < 0 || a > 25 || b < 0 || b > 25 || c < 0 || c > 25) return -1;
  return (a * 26 + b) * 26 + c;
}

/** Minor-unit exponent + 1 by {@link slotOf} (0: not a known code). */
const EXPONENT_BY_SLOT: Uint8Array = (() => {
  const table = new Uint8Array(26 * 26 * 26);
  for (const [code, exponent] of minorUnits) {
    const slot = slotOf(code);
    if (slot >= 0) table[slot] = exponent + 1;
  }
  return table;
})();

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
  const slot = slotOf(currency);
  if (slot < 0) return undefined;
  const stored = EXPONENT_BY_SLOT[slot] ?? 0;
  return stored === 0 ? undefined : stored - 1;
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
