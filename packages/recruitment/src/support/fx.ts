import { type AsOf, convertMoney, type FxRate, type Money, type UnforcedError } from '@unforced/core';
import { ok, type Result } from 'neverthrow';

/** Converts money with the caller's dated rates; a missing rate is `FX_RATE_MISSING`, never a guess. */
export interface FxConverter {
  convert(money: Money, to: string): Result<Money, UnforcedError>;
}

/**
 * A converter over the caller's rates for one run: rates are indexed by currency pair once, and each
 * conversion goes through core's exact `convertMoney` (latest rate dated on or before `asOf`, rounded
 * half-even once, to the target's minor unit).
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
  return {
    convert(money, to) {
      if (money.currency === to) return ok(money);
      const pair = byPair.get(`${money.currency}>${to}`) ?? [];
      return convertMoney(money, to, pair, options).map((conversion) => conversion.amount);
    },
  };
}
