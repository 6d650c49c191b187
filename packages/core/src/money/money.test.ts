import { describe, expect, it } from 'vitest';
import { validate } from '../validation/validate.js';
import { createMoney, Money } from './money.js';

describe('Money schema', () => {
  it('accepts integer minor units in a known currency', () => {
    expect(Money.parse({ amountMinor: 170000, currency: 'MYR' })).toEqual({
      amountMinor: 170000,
      currency: 'MYR',
    });
  });

  it.each([
    [{ amountMinor: 12.5, currency: 'USD' }, 'INVALID_MONEY_AMOUNT'],
    [{ amountMinor: Number.MAX_SAFE_INTEGER + 1, currency: 'USD' }, 'INVALID_MONEY_AMOUNT'],
    [{ amountMinor: Number.NaN, currency: 'USD' }, 'INVALID_TYPE'],
    [{ amountMinor: 100, currency: 'XYZ' }, 'INVALID_CURRENCY_CODE'],
    [{ amountMinor: 100, currency: 'usd' }, 'INVALID_CURRENCY_CODE'],
    [{ amountMinor: '100', currency: 'USD' }, 'INVALID_TYPE'],
    [{ currency: 'USD' }, 'REQUIRED'],
    [{ amount: 12.5, amountMinor: 1250, currency: 'USD' }, 'UNKNOWN_FIELD'],
  ])('refuses %j with %s', (input, code) => {
    const result = validate(Money, input);
    expect(result.isErr()).toBe(true);
    expect(result._unsafeUnwrapErr().issues.map((i) => i.code)).toContain(code);
  });

  it('createMoney refuses floats with a coded error and a path', () => {
    const error = createMoney(1.5, 'USD')._unsafeUnwrapErr();
    expect(error.code).toBe('INVALID_MONEY_AMOUNT');
    expect(error.path).toEqual(['amountMinor']);
  });
});
