import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ISO_4217_CURRENCIES } from '../generated/iso-codes.js';
import { formatMoney, toDecimalString } from './format-money.js';
import { parseMoney } from './parse-money.js';

const m = (amountMinor: number, currency: string) => ({ amountMinor, currency });

describe('parseMoney', () => {
  it.each([
    ['1,234.50', 'USD', undefined, m(123450, 'USD')],
    ['1234.5', 'USD', undefined, m(123450, 'USD')],
    ['150,000', 'NPR', undefined, m(15_000_000, 'NPR')],
    ['1,50,000', 'NPR', undefined, m(15_000_000, 'NPR')], // lakh grouping
    ['12,34,56,789.10', 'INR', undefined, m(12_345_678_910, 'INR')],
    ['NPR 150,000', 'NPR', undefined, m(15_000_000, 'NPR')],
    ['1700 MYR', 'MYR', undefined, m(170_000, 'MYR')],
    ['-25.00', 'USD', undefined, m(-2500, 'USD')],
    ['+7', 'USD', undefined, m(700, 'USD')],
    ['.5', 'USD', undefined, m(50, 'USD')],
    ['1 234.50', 'USD', undefined, m(123450, 'USD')],
    ['500', 'JPY', undefined, m(500, 'JPY')],
    ['1.500', 'KWD', undefined, m(1500, 'KWD')],
    ['1.5', 'BHD', undefined, m(1500, 'BHD')],
    ['2.000', 'OMR', undefined, m(2000, 'OMR')],
    ['1.50', 'USD', undefined, m(150, 'USD')],
    ['1.500', 'USD', undefined, m(150, 'USD')], // trailing zeros lose nothing
    ['1234,50', 'EUR', 'de-DE', m(123450, 'EUR')],
    ['1.234,50', 'EUR', 'de-DE', m(123450, 'EUR')],
    ['1\u202f234,50', 'EUR', 'fr-FR', m(123450, 'EUR')],
    ['1 234,50', 'EUR', 'fr-FR', m(123450, 'EUR')],
    ['1,234.50', 'USD', 'en-US', m(123450, 'USD')],
  ])('reads %s (%s, locale %s)', (input, currency, locale, expected) => {
    const result = parseMoney(input, currency, locale === undefined ? {} : { locale });
    expect(result._unsafeUnwrap()).toEqual(expected);
  });

  it.each([
    ['1234,50', 'EUR', undefined, 'AMBIGUOUS_DECIMAL_SEPARATOR'],
    ['12,5', 'USD', undefined, 'AMBIGUOUS_DECIMAL_SEPARATOR'],
    ['1.5', 'JPY', undefined, 'TOO_MANY_DECIMAL_PLACES'],
    ['1.2345', 'KWD', undefined, 'TOO_MANY_DECIMAL_PLACES'],
    ['0.001', 'USD', undefined, 'TOO_MANY_DECIMAL_PLACES'],
    ['', 'USD', undefined, 'MONEY_PARSE_FAILED'],
    ['abc', 'USD', undefined, 'MONEY_PARSE_FAILED'],
    ['1e5', 'USD', undefined, 'MONEY_PARSE_FAILED'],
    ['NaN', 'USD', undefined, 'MONEY_PARSE_FAILED'],
    ['1.234,50', 'USD', undefined, 'AMBIGUOUS_DECIMAL_SEPARATOR'],
    ['12,34', 'USD', undefined, 'AMBIGUOUS_DECIMAL_SEPARATOR'],
    ['1,2345', 'USD', undefined, 'MONEY_PARSE_FAILED'],
    ['1234.50', 'EUR', 'de-DE', 'MONEY_PARSE_FAILED'],
    ['EUR 10', 'USD', undefined, 'CURRENCY_MISMATCH'],
    ['10', 'ABC', undefined, 'INVALID_CURRENCY_CODE'],
    ['10', 'USD', 'not a locale!', 'MONEY_PARSE_FAILED'],
    ['99999999999999999999', 'USD', undefined, 'MONEY_OVERFLOW'],
  ])('refuses %s (%s, locale %s) with %s', (input, currency, locale, code) => {
    const result = parseMoney(input, currency, locale === undefined ? {} : { locale });
    expect(result._unsafeUnwrapErr().code).toBe(code);
  });
});

describe('formatting', () => {
  it.each([
    [m(123450, 'USD'), '1234.50', 'USD 1,234.50'],
    [m(-5, 'USD'), '-0.05', 'USD -0.05'],
    [m(500, 'JPY'), '500', 'JPY 500'],
    [m(1500, 'KWD'), '1.500', 'KWD 1.500'],
    [m(15_000_000, 'NPR'), '150000.00', 'NPR 150,000.00'],
    [m(0, 'OMR'), '0.000', 'OMR 0.000'],
    // Group boundaries, a zero inner group, four decimals (UYW) and the largest safe amount.
    [m(99_999, 'USD'), '999.99', 'USD 999.99'],
    [m(100_000, 'USD'), '1000.00', 'USD 1,000.00'],
    [m(100_000_005, 'NPR'), '1000000.05', 'NPR 1,000,000.05'],
    [m(-123_000_456_000, 'JPY'), '-123000456000', 'JPY -123,000,456,000'],
    [m(10_001, 'UYW'), '1.0001', 'UYW 1.0001'],
    [m(Number.MAX_SAFE_INTEGER, 'USD'), '90071992547409.91', 'USD 90,071,992,547,409.91'],
  ])('%j → %s / %s', (money, plain, pretty) => {
    expect(toDecimalString(money)).toBe(plain);
    expect(formatMoney(money)).toBe(pretty);
  });
});

describe('round trips (property)', () => {
  const currency = fc.constantFrom(...ISO_4217_CURRENCIES.map((c) => c.code));
  const amount = fc.integer({ min: -1e15, max: 1e15 });

  it('parseMoney(toDecimalString(m)) === m and parseMoney(formatMoney(m)) === m', () => {
    fc.assert(
      fc.property(amount, currency, (amountMinor, code) => {
        const money = { amountMinor, currency: code };
        expect(parseMoney(toDecimalString(money), code)._unsafeUnwrap()).toEqual(money);
        expect(parseMoney(formatMoney(money), code)._unsafeUnwrap()).toEqual(money);
      }),
      { seed: 20261122, numRuns: 500 },
    );
  });

  it('a German-formatted amount reads back exactly with the de-DE locale', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e12 }), (amountMinor) => {
        const units = String(Math.trunc(amountMinor / 100)).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
        const german = `${units},${String(amountMinor % 100).padStart(2, '0')}`;
        expect(parseMoney(german, 'EUR', { locale: 'de-DE' })._unsafeUnwrap()).toEqual({
          amountMinor,
          currency: 'EUR',
        });
      }),
      { seed: 7, numRuns: 300 },
    );
  });
});
