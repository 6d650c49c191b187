import { minorUnitExponent } from '../codes/currency-code.js';
import type { Money } from './money.js';

/**
 * The amount as a plain decimal string with exactly the currency's decimals and no grouping:
 * `-1234.50`. Read back exactly by `parseMoney`.
 *
 * @example
 * ```ts
 * toDecimalString({ amountMinor: 1500, currency: 'KWD' }); // '1.500'
 * ```
 */
export function toDecimalString(money: Money): string {
  const exponent = minorUnitExponent(money.currency) ?? 2;
  const negative = money.amountMinor < 0;
  const digits = Math.abs(money.amountMinor)
    .toString()
    .padStart(exponent + 1, '0');
  const integer = digits.slice(0, digits.length - exponent);
  const fraction = digits.slice(digits.length - exponent);
  return `${negative ? '-' : ''}${integer}${exponent > 0 ? `.${fraction}` : ''}`;
}

/**
 * The amount for people: the ISO code, then the number grouped by thousands with `,` and `.` as decimal
 * separator, the one reading that `parseMoney` understands without a locale: `MYR 1,700.00`.
 *
 * @example
 * ```ts
 * formatMoney({ amountMinor: 15000000, currency: 'NPR' }); // 'NPR 150,000.00'
 * ```
 */
export function formatMoney(money: Money): string {
  // Integer arithmetic on the (safe-integer) amount rather than string surgery and a regular expression:
  // findings format several amounts per worker, so this is on the hot path of large batches.
  const exponent = minorUnitExponent(money.currency) ?? 2;
  const negative = money.amountMinor < 0;
  const abs = negative ? -money.amountMinor : money.amountMinor;
  const scale = 10 ** exponent;
  const fraction = abs % scale;
  const digits = String((abs - fraction) / scale);
  const head = digits.length % 3 || 3;
  let grouped = digits.slice(0, head);
  for (let i = head; i < digits.length; i += 3) grouped += `,${digits.slice(i, i + 3)}`;
  const decimals = exponent > 0 ? `.${String(fraction).padStart(exponent, '0')}` : '';
  return `${money.currency} ${negative ? '-' : ''}${grouped}${decimals}`;
}
