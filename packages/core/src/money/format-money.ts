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

/** `'00'`…`'99'` and `'000'`…`'999'`: fractions and thousands groups padded without `padStart`. */
const PAD2: readonly string[] = Array.from({ length: 100 }, (_, i) => String(i).padStart(2, '0'));
const PAD3: readonly string[] = Array.from({ length: 1000 }, (_, i) => String(i).padStart(3, '0'));

/** A non-negative whole number grouped by thousands with `,`: `1234567` → `'1,234,567'`. */
function groupThousands(units: number): string {
  if (units < 1000) return String(units);
  const low = units % 1000;
  return `${groupThousands((units - low) / 1000)},${PAD3[low]}`;
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
  // Integer arithmetic on the (safe-integer) amount and padding tables rather than string surgery:
  // findings format several amounts per worker, so this is on the hot path of large batches.
  const exponent = minorUnitExponent(money.currency) ?? 2;
  const negative = money.amountMinor < 0;
  const abs = negative ? -money.amountMinor : money.amountMinor;
  const scale = 10 ** exponent;
  const fraction = abs % scale;
  const grouped = groupThousands((abs - fraction) / scale);
  const decimals =
    exponent === 0
      ? ''
      : `.${exponent === 2 ? PAD2[fraction] : exponent === 3 ? PAD3[fraction] : String(fraction).padStart(exponent, '0')}`;
  return `${money.currency} ${negative ? '-' : ''}${grouped}${decimals}`;
}
