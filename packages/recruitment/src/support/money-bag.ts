import { type Money, moneyFromBigInt, type UnforcedError } from '@unforced/core';
import { ok, type Result } from 'neverthrow';
import type { FxConverter } from './fx.js';

/**
 * Amounts kept per currency, exactly (bigint minor units), so totals never depend on the order in which
 * amounts were added and never pass through a float or a conversion until asked.
 *
 * @example
 * ```ts
 * const bag = new MoneyBag().add({ amountMinor: 100, currency: 'NPR' }).add({ amountMinor: 5, currency: 'MYR' });
 * bag.amounts(); // ok([MYR 0.05, NPR 1.00]), sorted by currency code
 * ```
 */
export class MoneyBag {
  readonly #totals = new Map<string, bigint>();

  /** Adds an amount (negative amounts subtract). */
  add(money: Money): this {
    this.#totals.set(money.currency, (this.#totals.get(money.currency) ?? 0n) + BigInt(money.amountMinor));
    return this;
  }

  /** Adds every amount of another bag. */
  addBag(other: MoneyBag): this {
    for (const [currency, minor] of other.#totals)
      this.#totals.set(currency, (this.#totals.get(currency) ?? 0n) + minor);
    return this;
  }

  /** Whether every currency totals zero. */
  isZero(): boolean {
    for (const minor of this.#totals.values()) if (minor !== 0n) return false;
    return true;
  }

  /** The currencies held, sorted. */
  currencies(): string[] {
    return [...this.#totals.keys()].sort();
  }

  /** The total of one currency (zero when absent). */
  totalOf(currency: string): bigint {
    return this.#totals.get(currency) ?? 0n;
  }

  /** The non-zero totals as money, sorted by currency code. */
  amounts(): Result<Money[], UnforcedError> {
    const out: Money[] = [];
    for (const currency of this.currencies()) {
      const minor = this.#totals.get(currency) ?? 0n;
      if (minor === 0n) continue;
      const money = moneyFromBigInt(minor, currency);
      if (money.isErr()) return money.map(() => []);
      out.push(money.value);
    }
    return ok(out);
  }

  /** The whole bag in one currency: each currency's total converted once, then summed exactly. */
  convertTo(currency: string, fx: FxConverter): Result<Money, UnforcedError> {
    let total = 0n;
    for (const from of this.currencies()) {
      const minor = this.#totals.get(from) ?? 0n;
      if (minor === 0n) continue;
      const money = moneyFromBigInt(minor, from).andThen((m) => fx.convert(m, currency));
      if (money.isErr()) return money;
      total += BigInt(money.value.amountMinor);
    }
    return moneyFromBigInt(total, currency);
  }
}
