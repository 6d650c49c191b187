import { err, ok, type Result } from 'neverthrow';
import { isCurrencyCode, minorUnitExponent } from '../codes/currency-code.js';
import { UnforcedError } from '../errors/unforced-error.js';
import { DEFAULT_SEPARATORS, type DecimalSeparators, separatorsForLocale } from './decimal-separators.js';
import { type Money, moneyFromBigInt } from './money.js';

/** Options for {@link parseMoney}. */
export interface ParseMoneyOptions {
  /**
   * The BCP 47 locale the amount was typed in (e.g. `de-DE` for `1.234,50`). Without it, only `.` is a
   * decimal separator and `,` only groups digits: `"1234,50"` is refused as ambiguous rather than
   * guessed.
   */
  readonly locale?: string;
}

const SPACES = /[\s\u00a0\u202f\u2009]/g;
const SPACE_CHAR = /^[\s\u00a0\u202f\u2009]$/;

function isValidGrouping(integer: string, group: string): boolean {
  if (!integer.includes(group)) return true;
  const groups = integer.split(group);
  const [head, ...rest] = groups;
  if (head === undefined || head.length === 0 || head.length > 3 || rest.length === 0) return false;
  if (rest.every((part) => part.length === 3)) return true;
  // South Asian grouping (lakh/crore): 1,50,000 and 12,34,56,789, common in NPR, INR, BDT and PKR amounts.
  const last = rest[rest.length - 1];
  return last?.length === 3 && rest.slice(0, -1).every((part) => part.length === 2) && head.length <= 2;
}

function failure(
  code: 'MONEY_PARSE_FAILED' | 'AMBIGUOUS_DECIMAL_SEPARATOR' | 'TOO_MANY_DECIMAL_PLACES',
  message: string,
) {
  return err(new UnforcedError(code, message));
}

function stripCurrency(text: string, currency: string): Result<string, UnforcedError> {
  const match = /^([A-Za-z]{3})\s*(.*)$/.exec(text) ?? /^(.*?)\s*([A-Za-z]{3})$/.exec(text);
  if (match === null) return ok(text);
  const [code, rest] = /^[A-Za-z]{3}/.test(text) ? [match[1], match[2]] : [match[2], match[1]];
  if (code === undefined || rest === undefined || !isCurrencyCode(code.toUpperCase())) return ok(text);
  if (code.toUpperCase() !== currency) {
    return err(
      new UnforcedError('CURRENCY_MISMATCH', `"${text}" is in ${code.toUpperCase()}, expected ${currency}`),
    );
  }
  return ok(rest);
}

/**
 * Reads a decimal amount as people type it into exact minor units, never through a float.
 * Accepts a sign, grouping (`1,234.50`, South Asian `1,50,000`, spaces), and the currency code before or
 * after the number (`NPR 150,000`). A comma decimal (`1234,50`) is read only with an explicit locale.
 * More decimals than the currency has are refused unless they are zeros.
 *
 * @example
 * ```ts
 * parseMoney('1,234.50', 'USD');                    // ok({ amountMinor: 123450, currency: 'USD' })
 * parseMoney('1234,50', 'EUR', { locale: 'de-DE' }); // ok({ amountMinor: 123450, currency: 'EUR' })
 * parseMoney('1234,50', 'EUR').isErr();             // true: AMBIGUOUS_DECIMAL_SEPARATOR
 * parseMoney('1.5', 'JPY').isErr();                 // true: TOO_MANY_DECIMAL_PLACES
 * ```
 */
export function parseMoney(
  input: string,
  currency: string,
  options: ParseMoneyOptions = {},
): Result<Money, UnforcedError> {
  if (!isCurrencyCode(currency)) {
    return err(new UnforcedError('INVALID_CURRENCY_CODE', `"${currency}" is not an ISO 4217 currency code`));
  }
  const exponent = minorUnitExponent(currency) ?? 2;
  let separators: DecimalSeparators = DEFAULT_SEPARATORS;
  if (options.locale !== undefined) {
    const found = separatorsForLocale(options.locale);
    if (found === undefined) return failure('MONEY_PARSE_FAILED', `unknown locale "${options.locale}"`);
    separators = found;
  }
  return stripCurrency(input.trim(), currency).andThen((withoutCode) => {
    const group = SPACE_CHAR.test(separators.group) ? ' ' : separators.group;
    let text = withoutCode.trim().replace(SPACES, ' ');
    let sign = 1n;
    if (text.startsWith('-') || text.startsWith('+')) {
      if (text.startsWith('-')) sign = -1n;
      text = text.slice(1).trim();
    }
    if (group !== ' ') text = text.replace(/ /g, '');
    if (!/^[0-9]/.test(text) && !text.startsWith(separators.decimal)) {
      return failure('MONEY_PARSE_FAILED', `"${input}" is not an amount`);
    }
    const decimalAt = text.lastIndexOf(separators.decimal);
    const integerPart = decimalAt === -1 ? text : text.slice(0, decimalAt);
    const fractionPart = decimalAt === -1 ? '' : text.slice(decimalAt + 1);
    const otherSeparator = separators.decimal === '.' ? ',' : '.';
    if (options.locale === undefined && /,\d{1,2}$/.test(text) && !isValidGrouping(text, ',')) {
      return failure(
        'AMBIGUOUS_DECIMAL_SEPARATOR',
        `"${input}" may use a comma as decimal separator; pass a locale to read it`,
      );
    }
    if (!/^\d*$/.test(fractionPart) || integerPart.includes(separators.decimal)) {
      return failure('MONEY_PARSE_FAILED', `"${input}" is not an amount`);
    }
    if (
      !isValidGrouping(integerPart, group) ||
      (integerPart.includes(otherSeparator) && otherSeparator !== group)
    ) {
      return failure(
        'MONEY_PARSE_FAILED',
        `"${input}" has digits grouped in a way that cannot be read safely`,
      );
    }
    const digits = integerPart.split(group).join('');
    if (!/^\d+$/.test(digits === '' ? '0' : digits))
      return failure('MONEY_PARSE_FAILED', `"${input}" is not an amount`);
    const significantFraction = fractionPart.replace(/0+$/, '');
    if (significantFraction.length > exponent) {
      return failure(
        'TOO_MANY_DECIMAL_PLACES',
        `"${input}" has more decimal places than ${currency} allows (${exponent})`,
      );
    }
    const minor = BigInt((digits === '' ? '0' : digits) + significantFraction.padEnd(exponent, '0'));
    return moneyFromBigInt(sign * minor, currency);
  });
}
