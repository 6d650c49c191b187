import {
  type AsOf,
  convertMoney,
  divideRounded,
  type FxRate,
  type Money,
  minorUnitExponent,
  moneyFromBigInt,
  parseDecimalRatio,
  type UnforcedError,
} from '@unforced/core';
import { err, ok, type Result } from 'neverthrow';

/** Converts money with the caller's dated rates; a missing rate is `FX_RATE_MISSING`, never a guess. */
export interface FxConverter {
  convert(money: Money, to: string): Result<Money, UnforcedError>;
  /**
   * `convert` on a bare safe-integer amount, for hot loops: the converted minor units, or `undefined` when
   * the answer needs `convert` (no rate, an error to report, or bigint arithmetic). Never a different
   * answer from `convert` when it gives one.
   */
  convertMinor(amountMinor: number, from: string, to: string): number | undefined;
}

/**
 * What one currency pair converts with, worked out once by core's `convertMoney`; the factor also as
 * safe-integer numbers when it fits, for the exact integer fast path of {@link roundedQuotient}.
 */
interface Factor {
  readonly numerator: bigint;
  readonly denominator: bigint;
  readonly small?: { readonly numerator: number; readonly denominator: number };
}
/** A pair's factor, or why the pair cannot be converted (kept per pair, errors included). */
type PairRate = Result<Factor, UnforcedError>;

const MAX = Number.MAX_SAFE_INTEGER;

/**
 * `amount × numerator / denominator` rounded half-even, in exact integer arithmetic on numbers: `undefined`
 * when an intermediate would leave the safe-integer range (the caller then uses bigint). Every product
 * and difference below is an exact integer; the float division only guesses the quotient, which the
 * remainder then corrects, so the result equals core's `divideRounded` on bigints.
 */
function roundedQuotient(amount: number, numerator: number, denominator: number): number | undefined {
  const negative = amount < 0;
  const magnitude = negative ? -amount : amount;
  if (magnitude > Math.floor(MAX / numerator)) return undefined;
  const product = magnitude * numerator;
  let quotient = Math.floor(product / denominator);
  let remainder = product - quotient * denominator;
  while (remainder < 0) {
    quotient -= 1;
    remainder += denominator;
  }
  while (remainder >= denominator) {
    quotient += 1;
    remainder -= denominator;
  }
  const twice = remainder * 2;
  if (twice > denominator || (twice === denominator && quotient % 2 === 1)) quotient += 1;
  return negative && quotient !== 0 ? -quotient : quotient;
}

/**
 * A converter over the caller's rates for one run. The first conversion of each currency pair goes
 * through core's `convertMoney`, which picks the rate (the latest dated on or before `asOf`, direct
 * quotation preferred, `maxAgeDays` respected) or the error; the pair's exact factor is then kept, and
 * later conversions apply the same arithmetic as `convertMoney` (amount × rate, scaled between the two
 * currencies' minor units, rounded half-even once) without choosing the rate again. Results are
 * identical to `convertMoney` (a test checks this on random amounts).
 *
 * @example
 * ```ts
 * const fx = createFxConverter([{ base: 'MYR', quote: 'NPR', rate: '28.35', date: '2026-11-20' }], '2026-11-22');
 * fx.convert({ amountMinor: 17_000_000, currency: 'NPR' }, 'MYR'); // ok(MYR 5,996.47)
 * ```
 */
export function createFxConverter(rates: readonly FxRate[], asOf: AsOf, maxAgeDays?: number): FxConverter {
  const byPair = new Map<string, FxRate[]>();
  for (const rate of rates) {
    for (const key of [`${rate.base}>${rate.quote}`, `${rate.quote}>${rate.base}`]) {
      const list = byPair.get(key);
      if (list === undefined) byPair.set(key, [rate]);
      else list.push(rate);
    }
  }
  const options = maxAgeDays === undefined ? { asOf } : { asOf, maxAgeDays };
  // Per source currency, then per target: no key string is built (and hashed) for each conversion.
  const factors = new Map<string, Map<string, PairRate>>();
  const factorOf = (from: string, to: string): PairRate => {
    let byTarget = factors.get(from);
    if (byTarget === undefined) {
      byTarget = new Map();
      factors.set(from, byTarget);
    }
    let factor = byTarget.get(to);
    if (factor === undefined) {
      const key = `${from}>${to}`;
      // A zero probe: the choice of rate (or the error) never depends on the amount.
      factor = convertMoney({ amountMinor: 0, currency: from }, to, byPair.get(key) ?? [], options).andThen(
        (conversion) =>
          parseDecimalRatio(conversion.rate.rate).map((rate) => {
            const [rateNum, rateDen] = conversion.inverted
              ? [rate.denominator, rate.numerator]
              : [rate.numerator, rate.denominator];
            const scaleUp = 10n ** BigInt(minorUnitExponent(to) ?? 2);
            const scaleDown = 10n ** BigInt(minorUnitExponent(from) ?? 2);
            const numerator = rateNum * scaleUp;
            const denominator = rateDen * scaleDown;
            const max = BigInt(MAX);
            return numerator > 0n && numerator <= max && denominator > 0n && denominator <= max
              ? {
                  numerator,
                  denominator,
                  small: { numerator: Number(numerator), denominator: Number(denominator) },
                }
              : { numerator, denominator };
          }),
      );
      byTarget.set(to, factor);
    }
    return factor;
  };
  /** The converted minor units on safe integers, or `undefined` when the pair's factor or the product does not fit. */
  const onNumbers = (amountMinor: number, factor: Factor): number | undefined =>
    factor.small === undefined
      ? undefined
      : roundedQuotient(amountMinor, factor.small.numerator, factor.small.denominator);
  return {
    convertMinor(amountMinor, from, to) {
      if (from === to) return amountMinor;
      const factor = factorOf(from, to);
      return factor.isErr() ? undefined : onNumbers(amountMinor, factor.value);
    },
    convert(money, to) {
      if (money.currency === to) return ok(money);
      const factor = factorOf(money.currency, to);
      if (factor.isErr()) return err(factor.error);
      const minor = onNumbers(money.amountMinor, factor.value);
      if (minor !== undefined) return ok({ amountMinor: minor, currency: to });
      const { numerator, denominator } = factor.value;
      return moneyFromBigInt(
        divideRounded(BigInt(money.amountMinor) * numerator, denominator, 'half-even'),
        to,
      );
    },
  };
}
