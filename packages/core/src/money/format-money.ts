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

/** `'.00'`…`'.99'` and `',000'`…`',999'`: fraction and thousands groups with their separator, made once. */
const DOT_PAD2: readonly string[] = Array.from({ length: 100 }, (_, i) => `.${String(i).padStart(2, '0')}`);
const COMMA_PAD3: readonly string[] = Array.from(
  { length: 1000 },
  (_, i) => `,${String(i).padStart(3, '0')}`,
);
const DOT_PAD3: readonly string[] = Array.from({ length: 1000 }, (_, i) => `.${String(i).padStart(3, '0')}`);
/** `'0'`…`'999'`: the leading group, without converting the number each time. */
const PLAIN: readonly string[] = Array.from({ length: 1000 }, (_, i) => String(i));

/**
 * A non-negative whole number grouped by thousands with `,`, followed by `tail`: `(1234567, '.00')` →
 * `'1,234,567.00'`. Built from the right, each group with its comma from a table, so that a typical
 * amount takes two or three short concatenations.
 */
function groupThousands(units: number, tail: string): string {
  let rest = units;
  let text = tail;
  while (rest >= 1000) {
    const low = rest % 1000;
    text = COMMA_PAD3[low] + text;
    rest = (rest - low) / 1000;
  }
  return (PLAIN[rest] ?? String(rest)) + text;
}

/** `'MYR '` for `'MYR'`: the code and its space, made once per currency seen. */
const PREFIXES = new Map<string, string>();
function prefixOf(currency: string): string {
  let prefix = PREFIXES.get(currency);
  if (prefix === undefined) {
    prefix = `${currency} `;
    // Bounded: only codes formatted so far, and only while the table is small.
    if (PREFIXES.size < 1024) PREFIXES.set(currency, prefix);
  }
  return prefix;
}

/** The decimals of an amount with its `.`, or `''` for a currency without minor units. */
function decimalsOf(fraction: number, exponent: number): string {
  if (exponent === 2) return DOT_PAD2[fraction] ?? '';
  if (exponent === 0) return '';
  if (exponent === 3) return DOT_PAD3[fraction] ?? '';
  return `.${String(fraction).padStart(exponent, '0')}`;
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
  // Integer arithmetic on the (safe-integer) amount and tables of padded groups rather than string
  // surgery: findings format several amounts per worker, so this is on the hot path of large batches.
  const exponent = minorUnitExponent(money.currency) ?? 2;
  const negative = money.amountMinor < 0;
  const abs = negative ? -money.amountMinor : money.amountMinor;
  const scale = 10 ** exponent;
  const fraction = abs % scale;
  const number = groupThousands((abs - fraction) / scale, decimalsOf(fraction, exponent));
  return `${prefixOf(money.currency)}${negative ? '-' : ''}${number}`;
}
