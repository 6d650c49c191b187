import { describe, expect, it } from 'vitest';
import { ISO_4217_CURRENCIES } from '../generated/iso-codes.js';
import { validate } from '../validation/validate.js';
import { CountryCode, isCountryCode } from './country-code.js';
import { CurrencyCode, minorUnitExponent } from './currency-code.js';
import { countryOfSubdivision, SubdivisionCode } from './subdivision-code.js';

describe('CountryCode', () => {
  it.each(['MY', 'NP', 'CN', 'BD', 'XK'])('accepts %s', (code) => {
    expect(validate(CountryCode, code).isOk()).toBe(true);
  });

  it.each(['ZZ', 'XX', 'my', 'MYS', 'UK', '', 'EU'])('refuses %j as INVALID_COUNTRY_CODE', (code) => {
    expect(validate(CountryCode, code)._unsafeUnwrapErr().code).toBe('INVALID_COUNTRY_CODE');
  });

  it('refuses non-strings', () => {
    expect(validate(CountryCode, 458)._unsafeUnwrapErr().code).toBe('INVALID_TYPE');
    expect(isCountryCode(undefined)).toBe(false);
  });
});

describe('SubdivisionCode', () => {
  it.each(['CN-XJ', 'CN-XZ', 'MY-10', 'US-CA', 'GB-ENG'])('accepts %s', (code) => {
    expect(validate(SubdivisionCode, code).isOk()).toBe(true);
  });

  it.each(['CN', 'CNXJ', 'ZZ-XJ', 'cn-xj', 'CN-XJXJ', 'CN-'])('refuses %j', (code) => {
    expect(validate(SubdivisionCode, code)._unsafeUnwrapErr().code).toBe('INVALID_SUBDIVISION_CODE');
  });

  it('names the country', () => {
    expect(countryOfSubdivision('CN-XJ')).toBe('CN');
  });
});

describe('CurrencyCode and minor units (ISO 4217)', () => {
  it.each([
    ['JPY', 0],
    ['KRW', 0],
    ['VND', 0],
    ['USD', 2],
    ['MYR', 2],
    ['NPR', 2],
    ['KWD', 3],
    ['BHD', 3],
    ['OMR', 3],
    ['JOD', 3],
  ])('%s has %i minor digits', (code, exponent) => {
    expect(minorUnitExponent(code)).toBe(exponent);
  });

  it.each(['XYZ', 'usd', 'US', ''])('refuses %j', (code) => {
    expect(validate(CurrencyCode, code)._unsafeUnwrapErr().code).toBe('INVALID_CURRENCY_CODE');
  });

  it('gives every generated ISO 4217 code its minor unit, and nothing for other strings', () => {
    for (const { code, minorUnit } of ISO_4217_CURRENCIES) expect(minorUnitExponent(code)).toBe(minorUnit);
    // UYW (4 digits) is the largest exponent; unknown, lower-case, short, long and non-letter codes have none.
    expect(minorUnitExponent('UYW')).toBe(4);
    for (const code of ['XYZ', 'AAA', 'ZZZ', 'usd', 'Usd', 'US', 'USDD', '', 'U$D', '@@@', '[[[', 'ÄUD'])
      expect(minorUnitExponent(code)).toBeUndefined();
  });
});
