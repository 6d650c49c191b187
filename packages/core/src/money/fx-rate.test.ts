import { describe, expect, it } from 'vitest';
import { validate } from '../validation/validate.js';
import { convertMoney, FxRate } from './fx-rate.js';

const rates = [
  { base: 'MYR', quote: 'NPR', rate: '28.35', date: '2026-11-20' },
  { base: 'MYR', quote: 'NPR', rate: '27.90', date: '2026-06-01' },
  { base: 'USD', quote: 'JPY', rate: '151.237', date: '2026-11-21' },
  { base: 'KWD', quote: 'USD', rate: '3.2573', date: '2026-11-21' },
];

describe('convertMoney', () => {
  it('converts NPR 170,000 into MYR with the inverse of the latest MYR/NPR rate, rounded once', () => {
    // 170,000 / 28.35 = 5,996.4726… → MYR 5,996.47
    const conversion = convertMoney({ amountMinor: 17_000_000, currency: 'NPR' }, 'MYR', rates, {
      asOf: '2026-11-22',
    })._unsafeUnwrap();
    expect(conversion.amount).toEqual({ amountMinor: 599_647, currency: 'MYR' });
    expect(conversion.inverted).toBe(true);
    expect(conversion.rate.date).toBe('2026-11-20');
  });

  it('uses the rate in force on asOf, not a later one', () => {
    // MYR 1,700 × 27.90 = NPR 47,430.00
    const conversion = convertMoney({ amountMinor: 170_000, currency: 'MYR' }, 'NPR', rates, {
      asOf: '2026-07-01',
    });
    expect(conversion._unsafeUnwrap().amount).toEqual({ amountMinor: 4_743_000, currency: 'NPR' });
  });

  it('handles currencies with 0 and 3 minor digits', () => {
    // USD 10.00 × 151.237 = JPY 1,512.37 → JPY 1,512
    expect(
      convertMoney({ amountMinor: 1000, currency: 'USD' }, 'JPY', rates, {
        asOf: '2026-11-22',
      })._unsafeUnwrap().amount,
    ).toEqual({ amountMinor: 1512, currency: 'JPY' });
    // KWD 1.500 × 3.2573 = USD 4.88595 → USD 4.89
    expect(
      convertMoney({ amountMinor: 1500, currency: 'KWD' }, 'USD', rates, {
        asOf: '2026-11-22',
      })._unsafeUnwrap().amount,
    ).toEqual({ amountMinor: 489, currency: 'USD' });
  });

  it('returns the same amount for the same currency', () => {
    const same = convertMoney({ amountMinor: 5, currency: 'USD' }, 'USD', [], {
      asOf: '2026-11-22',
    })._unsafeUnwrap();
    expect(same.amount).toEqual({ amountMinor: 5, currency: 'USD' });
  });

  it('never guesses a missing rate', () => {
    const result = convertMoney({ amountMinor: 5, currency: 'BDT' }, 'MYR', rates, { asOf: '2026-11-22' });
    expect(result._unsafeUnwrapErr().code).toBe('FX_RATE_MISSING');
  });

  it('refuses rates dated after asOf or older than allowed', () => {
    expect(
      convertMoney({ amountMinor: 5, currency: 'USD' }, 'JPY', rates, {
        asOf: '2026-11-01',
      })._unsafeUnwrapErr().code,
    ).toBe('FX_RATE_OUT_OF_DATE');
    expect(
      convertMoney({ amountMinor: 5, currency: 'MYR' }, 'NPR', rates, {
        asOf: '2027-06-01',
        maxAgeDays: 30,
      })._unsafeUnwrapErr().code,
    ).toBe('FX_RATE_OUT_OF_DATE');
  });

  it('validates rate records', () => {
    expect(validate(FxRate, { base: 'MYR', quote: 'NPR', rate: '28.35', date: '2026-11-20' }).isOk()).toBe(
      true,
    );
    expect(validate(FxRate, { base: 'MYR', quote: 'NPR', rate: 28.35, date: '2026-11-20' }).isErr()).toBe(
      true,
    );
    expect(
      validate(FxRate, { base: 'MYR', quote: 'NPR', rate: '0', date: '2026-11-20' })._unsafeUnwrapErr().code,
    ).toBe('INVALID_FX_RATE');
    expect(
      validate(FxRate, { base: 'MYR', quote: 'MYR', rate: '1', date: '2026-11-20' })._unsafeUnwrapErr().code,
    ).toBe('INVALID_FX_RATE');
    // Each problem at the field it concerns, below the caller's path.
    const issues = validate(FxRate, { base: 'MYR', quote: 'MYR', rate: '0.00', date: '2026-11-20' }, [
      'fxRates',
      2,
    ])._unsafeUnwrapErr().issues;
    expect(issues.map((i) => `${i.code} ${i.path.join('.')}`)).toEqual([
      'INVALID_FX_RATE fxRates.2.rate',
      'INVALID_FX_RATE fxRates.2.quote',
    ]);
  });
});
