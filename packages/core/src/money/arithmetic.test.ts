import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addMoney,
  compareMoney,
  compareMoneyRatio,
  moneyRatio,
  negateMoney,
  scaleMoney,
  subtractMoney,
  sumMoney,
} from './arithmetic.js';
import { divideRounded } from './rounding.js';

const npr = (amountMinor: number) => ({ amountMinor, currency: 'NPR' });
const myr = (amountMinor: number) => ({ amountMinor, currency: 'MYR' });

describe('money arithmetic', () => {
  it('adds the Nepal → Malaysia example: NPR 150,000 agency fee + NPR 20,000 medical = NPR 170,000', () => {
    expect(addMoney(npr(15_000_000), npr(2_000_000))._unsafeUnwrap()).toEqual(npr(17_000_000));
  });

  it('refuses mixed currencies in every operation', () => {
    expect(addMoney(npr(1), myr(1))._unsafeUnwrapErr().code).toBe('CURRENCY_MISMATCH');
    expect(subtractMoney(npr(1), myr(1))._unsafeUnwrapErr().code).toBe('CURRENCY_MISMATCH');
    expect(compareMoney(npr(1), myr(1))._unsafeUnwrapErr().code).toBe('CURRENCY_MISMATCH');
    expect(moneyRatio(npr(1), myr(1))._unsafeUnwrapErr().code).toBe('CURRENCY_MISMATCH');
    expect(sumMoney([npr(1), myr(1)], 'NPR')._unsafeUnwrapErr().code).toBe('CURRENCY_MISMATCH');
    expect(compareMoneyRatio(npr(1), myr(1), { numerator: 1, denominator: 1 })._unsafeUnwrapErr().code).toBe(
      'CURRENCY_MISMATCH',
    );
  });

  it('sums an empty list to zero in the named currency', () => {
    expect(sumMoney([], 'NPR')._unsafeUnwrap()).toEqual(npr(0));
  });

  it('reports overflow instead of losing precision', () => {
    expect(addMoney(npr(Number.MAX_SAFE_INTEGER), npr(1))._unsafeUnwrapErr().code).toBe('MONEY_OVERFLOW');
  });

  it('computes 60% of a MYR 1,700 wage exactly (RBA loan ceiling)', () => {
    expect(scaleMoney(myr(170_000), { numerator: 3, denominator: 5 })._unsafeUnwrap()).toEqual(myr(102_000));
  });

  it('rounds a third half-even and refuses a zero denominator', () => {
    expect(scaleMoney(myr(100), { numerator: 1, denominator: 3 })._unsafeUnwrap()).toEqual(myr(33));
    expect(scaleMoney(myr(5), { numerator: 1, denominator: 2 })._unsafeUnwrap()).toEqual(myr(2)); // 2.5 → 2
    expect(scaleMoney(myr(5), { numerator: 1, denominator: 2 }, 'half-up')._unsafeUnwrap()).toEqual(myr(3));
    expect(scaleMoney(myr(5), { numerator: 1, denominator: 0 })._unsafeUnwrapErr().code).toBe(
      'DIVISION_BY_ZERO',
    );
  });

  it('compares a MYR 3,000 loan with 60% of a MYR 1,500 wage exactly', () => {
    expect(
      compareMoneyRatio(myr(300_000), myr(150_000), { numerator: 60, denominator: 100 })._unsafeUnwrap(),
    ).toBe(1);
    // MYR 600 a month is 40% of MYR 1,500: above the 10% repayment ceiling.
    expect(
      compareMoneyRatio(myr(60_000), myr(150_000), { numerator: 10, denominator: 100 })._unsafeUnwrap(),
    ).toBe(1);
    // exactly on the boundary: MYR 150 is 10% of MYR 1,500
    expect(
      compareMoneyRatio(myr(15_000), myr(150_000), { numerator: 1, denominator: 10 })._unsafeUnwrap(),
    ).toBe(0);
    expect(compareMoneyRatio(myr(1), myr(0), { numerator: 1, denominator: 10 })._unsafeUnwrapErr().code).toBe(
      'DIVISION_BY_ZERO',
    );
  });

  it('gives a fee burden as a ratio for metrics', () => {
    expect(moneyRatio(myr(255_000), myr(170_000))._unsafeUnwrap()).toBe(1.5);
  });
});

describe('divideRounded', () => {
  it.each([
    [7n, 2n, 'half-even', 4n],
    [5n, 2n, 'half-even', 2n],
    [-5n, 2n, 'half-even', -2n],
    [-7n, 2n, 'half-even', -4n],
    [5n, 2n, 'half-up', 3n],
    [-5n, 2n, 'half-up', -3n],
    [7n, 3n, 'floor', 2n],
    [-7n, 3n, 'floor', -3n],
    [7n, 3n, 'ceil', 3n],
    [-7n, 3n, 'ceil', -2n],
    [7n, -2n, 'half-even', -4n],
  ] as const)('%s / %s (%s) = %s', (a, b, mode, expected) => {
    expect(divideRounded(a, b, mode)).toBe(expected);
  });
});

describe('arithmetic properties', () => {
  const amount = fc.integer({ min: -1e12, max: 1e12 });
  const options = { seed: 42, numRuns: 300 };

  it('addition is commutative and subtraction undoes it', () => {
    fc.assert(
      fc.property(amount, amount, (a, b) => {
        const sum = addMoney(npr(a), npr(b))._unsafeUnwrap();
        expect(addMoney(npr(b), npr(a))._unsafeUnwrap()).toEqual(sum);
        expect(subtractMoney(sum, npr(b))._unsafeUnwrap()).toEqual(npr(a));
      }),
      options,
    );
  });

  it('sumMoney equals repeated addition and does not depend on order', () => {
    fc.assert(
      fc.property(fc.array(amount, { maxLength: 20 }), (amounts) => {
        const total = sumMoney(amounts.map(npr), 'NPR')._unsafeUnwrap();
        expect(total.amountMinor).toBe(amounts.reduce((s, x) => s + x, 0));
        expect(sumMoney([...amounts].reverse().map(npr), 'NPR')._unsafeUnwrap()).toEqual(total);
      }),
      options,
    );
  });

  it('scaling by n/n is the identity, and rounding stays within half a minor unit', () => {
    fc.assert(
      fc.property(amount, fc.integer({ min: 1, max: 1000 }), fc.integer({ min: 0, max: 1000 }), (a, d, n) => {
        expect(scaleMoney(npr(a), { numerator: d, denominator: d })._unsafeUnwrap()).toEqual(npr(a));
        const scaled = scaleMoney(npr(a), { numerator: n, denominator: d })._unsafeUnwrap().amountMinor;
        const exactTimesD = BigInt(a) * BigInt(n);
        const error = BigInt(scaled) * BigInt(d) - exactTimesD;
        expect((error < 0n ? -error : error) * 2n <= BigInt(d)).toBe(true);
      }),
      options,
    );
  });

  it('negation is an involution and compare is antisymmetric', () => {
    fc.assert(
      fc.property(amount, amount, (a, b) => {
        expect(negateMoney(negateMoney(npr(a)))).toEqual(npr(a));
        expect(compareMoney(npr(a), npr(b))._unsafeUnwrap()).toBe(
          -compareMoney(npr(b), npr(a))._unsafeUnwrap(),
        );
      }),
      options,
    );
  });

  it('compareMoneyRatio gives the sign of a·d − n·b (with the signs of b and d) for any safe amounts', () => {
    // Worked by hand on bigints, independently of the number fast path: a/b ? n/d.
    const signOf = (a: number, b: number, n: number, d: number): number => {
      const x = BigInt(a) * BigInt(d) * BigInt(Math.sign(b * d));
      const y = BigInt(n) * BigInt(b) * BigInt(Math.sign(b * d));
      return x > y ? 1 : x < y ? -1 : 0;
    };
    const huge = fc.integer({ min: -Number.MAX_SAFE_INTEGER, max: Number.MAX_SAFE_INTEGER });
    const nonZero = (arb: fc.Arbitrary<number>) => arb.filter((x) => x !== 0);
    fc.assert(
      fc.property(
        fc.oneof(amount, huge),
        nonZero(fc.oneof(amount, huge)),
        fc.oneof(fc.integer({ min: -1000, max: 1000 }), huge),
        nonZero(fc.oneof(fc.integer({ min: -1000, max: 1000 }), huge)),
        (a, b, n, d) => {
          const ratio = { numerator: n, denominator: d };
          expect(compareMoneyRatio(npr(a), npr(b), ratio)._unsafeUnwrap()).toBe(signOf(a, b, n, d));
          const big = { numerator: BigInt(n), denominator: BigInt(d) };
          expect(compareMoneyRatio(npr(a), npr(b), big)._unsafeUnwrap()).toBe(signOf(a, b, n, d));
        },
      ),
      options,
    );
    // Exact ties on both paths: MYR 150 against MYR 1,500 at 1/10, and past the safe range.
    expect(
      compareMoneyRatio(myr(15_000), myr(150_000), { numerator: 1, denominator: 10 })._unsafeUnwrap(),
    ).toBe(0);
    const max = Number.MAX_SAFE_INTEGER;
    expect(compareMoneyRatio(npr(max), npr(max), { numerator: max, denominator: max })._unsafeUnwrap()).toBe(
      0,
    );
    expect(
      compareMoneyRatio(npr(max), npr(max - 1), { numerator: max, denominator: max })._unsafeUnwrap(),
    ).toBe(1);
    expect(compareMoneyRatio(npr(-3), npr(2), { numerator: -3, denominator: 2 })._unsafeUnwrap()).toBe(0);
    expect(compareMoneyRatio(npr(3), npr(-2), { numerator: 3, denominator: 2 })._unsafeUnwrap()).toBe(-1);
  });
});
