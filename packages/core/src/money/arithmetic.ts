import { err, ok, type Result } from 'neverthrow';
import { UnforcedError } from '../errors/unforced-error.js';
import { type Money, moneyFromBigInt } from './money.js';
import { divideRounded, type RoundingMode } from './rounding.js';

/** An exact rational factor, e.g. `{ numerator: 3, denominator: 2 }` for 1.5. */
export interface Ratio {
  readonly numerator: bigint | number;
  readonly denominator: bigint | number;
}

function sameCurrency(a: Money, b: Money, operation: string): Result<string, UnforcedError> {
  return a.currency === b.currency
    ? ok(a.currency)
    : err(
        new UnforcedError(
          'CURRENCY_MISMATCH',
          `cannot ${operation} ${a.currency} and ${b.currency}; convert with a dated FX rate first`,
        ),
      );
}

/** The three answers of a comparison, shared (results are immutable values). */
const ONE: Result<-1 | 0 | 1, UnforcedError> = ok(1);
const ZERO: Result<-1 | 0 | 1, UnforcedError> = ok(0);
const MINUS_ONE: Result<-1 | 0 | 1, UnforcedError> = ok(-1);

function toBigInt(value: bigint | number, what: string): Result<bigint, UnforcedError> {
  if (typeof value === 'bigint') return ok(value);
  return Number.isSafeInteger(value)
    ? ok(BigInt(value))
    : err(new UnforcedError('INVALID_TYPE', `${what} must be a whole number, got ${value}`));
}

/**
 * Adds two amounts of the same currency; mixed currencies are `CURRENCY_MISMATCH`.
 *
 * @example
 * ```ts
 * addMoney(npr(1_500_000_00), npr(20_000_00)); // ok(NPR 170,000.00)
 * ```
 */
export function addMoney(a: Money, b: Money): Result<Money, UnforcedError> {
  return sameCurrency(a, b, 'add').andThen((currency) =>
    moneyFromBigInt(BigInt(a.amountMinor) + BigInt(b.amountMinor), currency),
  );
}

/**
 * Subtracts `b` from `a` (same currency).
 *
 * @example
 * ```ts
 * subtractMoney(myr(1_500_00), myr(600_00)); // ok(MYR 900.00)
 * ```
 */
export function subtractMoney(a: Money, b: Money): Result<Money, UnforcedError> {
  return sameCurrency(a, b, 'subtract').andThen((currency) =>
    moneyFromBigInt(BigInt(a.amountMinor) - BigInt(b.amountMinor), currency),
  );
}

/**
 * Sums amounts that must all be in `currency` (given explicitly so an empty list has a currency).
 *
 * @example
 * ```ts
 * sumMoney([], 'NPR'); // ok(NPR 0.00)
 * ```
 */
export function sumMoney(amounts: Iterable<Money>, currency: string): Result<Money, UnforcedError> {
  let total = 0n;
  for (const amount of amounts) {
    if (amount.currency !== currency) {
      return err(
        new UnforcedError('CURRENCY_MISMATCH', `cannot sum ${amount.currency} into a ${currency} total`),
      );
    }
    total += BigInt(amount.amountMinor);
  }
  return moneyFromBigInt(total, currency);
}

/**
 * Multiplies an amount by an exact ratio and rounds to whole minor units (default `half-even`).
 *
 * @example
 * ```ts
 * scaleMoney(myr(1_700_00), { numerator: 3, denominator: 5 }); // ok(MYR 1,020.00): 60% of a month's wage
 * ```
 */
export function scaleMoney(
  money: Money,
  ratio: Ratio,
  rounding: RoundingMode = 'half-even',
): Result<Money, UnforcedError> {
  return toBigInt(ratio.numerator, 'numerator').andThen((numerator) =>
    toBigInt(ratio.denominator, 'denominator').andThen((denominator) => {
      if (denominator === 0n) return err(new UnforcedError('DIVISION_BY_ZERO', 'ratio denominator is zero'));
      return moneyFromBigInt(
        divideRounded(BigInt(money.amountMinor) * numerator, denominator, rounding),
        money.currency,
      );
    }),
  );
}

/** The amount with its sign reversed. */
export function negateMoney(money: Money): Money {
  return { amountMinor: money.amountMinor === 0 ? 0 : -money.amountMinor, currency: money.currency };
}

/**
 * Compares two amounts of the same currency: -1, 0 or 1.
 *
 * @example
 * ```ts
 * compareMoney(npr(20_000_00), npr(10_000_00)); // ok(1)
 * ```
 */
export function compareMoney(a: Money, b: Money): Result<-1 | 0 | 1, UnforcedError> {
  return sameCurrency(a, b, 'compare').map(() => Math.sign(a.amountMinor - b.amountMinor) as -1 | 0 | 1);
}

/**
 * Compares the ratio `a / b` with an exact `ratio`, without floating-point error: `ok(1)` when
 * `a / b > ratio`. Used for thresholds such as "a loan above 60% of a month's wage".
 *
 * @example
 * ```ts
 * compareMoneyRatio(myr(3_000_00), myr(1_500_00), { numerator: 3, denominator: 5 }); // ok(1): 200% > 60%
 * ```
 */
export function compareMoneyRatio(a: Money, b: Money, ratio: Ratio): Result<-1 | 0 | 1, UnforcedError> {
  const { numerator: n, denominator: d } = ratio;
  if (
    a.currency === b.currency &&
    b.amountMinor !== 0 &&
    typeof n === 'number' &&
    typeof d === 'number' &&
    d !== 0 &&
    Number.isSafeInteger(n) &&
    Number.isSafeInteger(d)
  ) {
    // Both cross products as exact safe integers (the common case): no bigint, same answer.
    const left = a.amountMinor * d;
    const right = n * b.amountMinor;
    if (Number.isSafeInteger(left) && Number.isSafeInteger(right)) {
      const diff = b.amountMinor < 0 !== d < 0 ? right - left : left - right;
      return diff > 0 ? ONE : diff < 0 ? MINUS_ONE : ZERO;
    }
  }
  return sameCurrency(a, b, 'compare').andThen(() => {
    if (b.amountMinor === 0)
      return err(new UnforcedError('DIVISION_BY_ZERO', 'cannot take a ratio to a zero amount'));
    return toBigInt(ratio.numerator, 'numerator').andThen((numerator) =>
      toBigInt(ratio.denominator, 'denominator').andThen((denominator) => {
        if (denominator === 0n)
          return err(new UnforcedError('DIVISION_BY_ZERO', 'ratio denominator is zero'));
        // a/b ? n/d  <=>  a*d*sign(b*d) ? n*b*sign(b*d)
        const left = BigInt(a.amountMinor) * denominator;
        const right = numerator * BigInt(b.amountMinor);
        const flip = b.amountMinor < 0 !== denominator < 0n;
        const diff = flip ? right - left : left - right;
        const sign: -1 | 0 | 1 = diff > 0n ? 1 : diff < 0n ? -1 : 0;
        return ok(sign);
      }),
    );
  });
}

/**
 * The ratio `a / b` as a number, for metrics such as "fees = 2.3 months of wages". Not for further money
 * arithmetic: use {@link scaleMoney} or {@link compareMoneyRatio} for that.
 *
 * @example
 * ```ts
 * moneyRatio(npr(170_000_00), npr(56_000_00)); // ok(3.0357…)
 * ```
 */
export function moneyRatio(a: Money, b: Money): Result<number, UnforcedError> {
  return sameCurrency(a, b, 'divide').andThen(() =>
    b.amountMinor === 0
      ? err(new UnforcedError('DIVISION_BY_ZERO', 'cannot take a ratio to a zero amount'))
      : ok(a.amountMinor / b.amountMinor),
  );
}

/** Whether the amount is zero. */
export function isZeroMoney(money: Money): boolean {
  return money.amountMinor === 0;
}

/** Whether the amount is below zero. */
export function isNegativeMoney(money: Money): boolean {
  return money.amountMinor < 0;
}
