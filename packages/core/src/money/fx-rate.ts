import { err, ok, type Result } from 'neverthrow';
import { z } from 'zod';
import { CurrencyCode, minorUnitExponent } from '../codes/currency-code.js';
import { type AsOf, daysBetween, IsoDate } from '../dates/iso-date.js';
import { UnforcedError } from '../errors/unforced-error.js';
import { addCodedIssue } from '../validation/coded-issue.js';
import { DecimalString, parseDecimalRatio } from './decimal-ratio.js';
import type { Money } from './money.js';
import { moneyFromBigInt } from './money.js';
import { divideRounded, type RoundingMode } from './rounding.js';

/**
 * A dated exchange rate supplied by the caller: one unit of `base` buys `rate` units of `quote`, on
 * `date`. The rate is a decimal string so it is exact. The SDK ships no rates and never fetches any.
 *
 * @example
 * ```ts
 * FxRate.parse({ base: 'MYR', quote: 'NPR', rate: '28.35', date: '2026-11-20', source: 'central bank' });
 * ```
 */
export const FxRate = z
  .strictObject({
    base: CurrencyCode,
    quote: CurrencyCode,
    rate: DecimalString,
    date: IsoDate,
    source: z.string().min(1).optional(),
  })
  .superRefine((value, ctx) => {
    if (/^[0.]+$/.test(value.rate))
      addCodedIssue(ctx, 'INVALID_FX_RATE', 'an FX rate must be greater than zero', ['rate']);
    if (value.base === value.quote)
      addCodedIssue(ctx, 'INVALID_FX_RATE', 'an FX rate needs two different currencies', ['quote']);
  });

/** A dated exchange rate. */
export type FxRate = z.infer<typeof FxRate>;

/** Options for {@link convertMoney}. */
export interface ConvertMoneyOptions {
  /** Rates dated after this are not used. */
  readonly asOf: AsOf;
  /** Refuse rates older than this many days before `asOf` (default: any age). */
  readonly maxAgeDays?: number;
  /** How the converted amount is rounded to minor units (default `half-even`). */
  readonly rounding?: RoundingMode;
}

/** The rate used for a conversion, reported with the result so it can be cited. */
export interface Conversion {
  readonly amount: Money;
  readonly rate: FxRate;
  /** Whether the rate was used in reverse (quote → base). */
  readonly inverted: boolean;
}

function pickRate(
  from: string,
  to: string,
  rates: readonly FxRate[],
  options: ConvertMoneyOptions,
): Result<FxRate, UnforcedError> {
  const pair = rates.filter(
    (r) => (r.base === from && r.quote === to) || (r.base === to && r.quote === from),
  );
  if (pair.length === 0) {
    return err(new UnforcedError('FX_RATE_MISSING', `no FX rate between ${from} and ${to} was supplied`));
  }
  const usable = pair
    .filter((r) => r.date <= options.asOf)
    .sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0));
  // Prefer the direct quotation when a direct and an inverse rate share the latest date.
  const latestDate = usable[0]?.date;
  const chosen = usable.find((r) => r.date === latestDate && r.base === from) ?? usable[0];
  if (chosen === undefined) {
    return err(
      new UnforcedError(
        'FX_RATE_OUT_OF_DATE',
        `every ${from}/${to} rate is dated after the as-of date ${options.asOf}`,
      ),
    );
  }
  if (options.maxAgeDays !== undefined && daysBetween(chosen.date, options.asOf) > options.maxAgeDays) {
    return err(
      new UnforcedError(
        'FX_RATE_OUT_OF_DATE',
        `the latest ${from}/${to} rate (${chosen.date}) is more than ${options.maxAgeDays} days older than ${options.asOf}`,
      ),
    );
  }
  return ok(chosen);
}

/**
 * Converts money into another currency with a caller-supplied dated rate (direct or inverse), exactly:
 * the result is rounded once, to the target currency's minor unit. The latest rate dated on or before
 * `asOf` is used. A missing rate is `FX_RATE_MISSING`, never a guess.
 *
 * @example
 * ```ts
 * convertMoney({ amountMinor: 17_000_000, currency: 'NPR' }, 'MYR',
 *   [{ base: 'MYR', quote: 'NPR', rate: '28.35', date: '2026-11-20' }], { asOf: '2026-11-22' });
 * // ok({ amount: MYR 5,996.47, rate, inverted: true })
 * ```
 */
export function convertMoney(
  money: Money,
  to: string,
  rates: readonly FxRate[],
  options: ConvertMoneyOptions,
): Result<Conversion, UnforcedError> {
  const fromExponent = minorUnitExponent(money.currency);
  const toExponent = minorUnitExponent(to);
  if (fromExponent === undefined || toExponent === undefined) {
    return err(new UnforcedError('INVALID_CURRENCY_CODE', `cannot convert ${money.currency} to ${to}`));
  }
  if (money.currency === to) {
    return ok({
      amount: money,
      rate: { base: to, quote: to, rate: '1', date: options.asOf },
      inverted: false,
    });
  }
  return pickRate(money.currency, to, rates, options).andThen((rate) =>
    parseDecimalRatio(rate.rate).andThen(({ numerator, denominator }) => {
      const inverted = rate.base !== money.currency;
      const [rateNum, rateDen] = inverted ? [denominator, numerator] : [numerator, denominator];
      if (rateDen === 0n)
        return err(new UnforcedError('INVALID_FX_RATE', 'an FX rate must be greater than zero'));
      const scaleUp = 10n ** BigInt(toExponent);
      const scaleDown = 10n ** BigInt(fromExponent);
      const minor = divideRounded(
        BigInt(money.amountMinor) * rateNum * scaleUp,
        rateDen * scaleDown,
        options.rounding ?? 'half-even',
      );
      return moneyFromBigInt(minor, to).map((amount) => ({ amount, rate, inverted }));
    }),
  );
}
