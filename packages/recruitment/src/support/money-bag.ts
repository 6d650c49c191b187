import { type Money, moneyFromBigInt, type UnforcedError } from '@unforced/core';
import { err, ok, type Result } from 'neverthrow';
import type { FxConverter } from './fx.js';

/**
 * Amounts kept per currency, exactly, so totals never depend on the order in which amounts were added
 * and never pass through a float or a conversion until asked. Totals are plain safe integers while they
 * fit (the common case) and switch to bigint for a currency whose total would not.
 *
 * @example
 * ```ts
 * const bag = new MoneyBag().add({ amountMinor: 100, currency: 'NPR' }).add({ amountMinor: 5, currency: 'MYR' });
 * bag.amounts(); // ok([MYR 0.05, NPR 1.00]), sorted by currency code
 * ```
 */
export class MoneyBag {
  readonly #totals = new Map<string, number>();
  #big: Map<string, bigint> | undefined;

  /** Adds an amount (negative amounts subtract). */
  add(money: Money): this {
    return this.#addMinor(money.currency, money.amountMinor);
  }

  #addMinor(currency: string, minor: number | bigint): this {
    const big = this.#big?.get(currency);
    if (big === undefined && typeof minor === 'number') {
      const next = (this.#totals.get(currency) ?? 0) + minor;
      if (Number.isSafeInteger(next)) {
        this.#totals.set(currency, next);
        return this;
      }
    }
    const start = big ?? BigInt(this.#totals.get(currency) ?? 0);
    this.#big ??= new Map();
    this.#big.set(currency, start + BigInt(minor));
    this.#totals.set(currency, 0);
    return this;
  }

  /** Adds every amount of another bag. */
  addBag(other: MoneyBag): this {
    for (const currency of other.#totals.keys()) this.#addMinor(currency, other.totalOf(currency));
    return this;
  }

  /** Whether every currency totals zero. */
  isZero(): boolean {
    for (const [currency, minor] of this.#totals) {
      const big = this.#big?.get(currency);
      if (big === undefined ? minor !== 0 : big !== 0n) return false;
    }
    return true;
  }

  /** The currencies held, sorted. */
  currencies(): string[] {
    const keys = [...this.#totals.keys()];
    return keys.length > 1 ? keys.sort() : keys;
  }

  /** The total of one currency (zero when absent). */
  totalOf(currency: string): bigint {
    return this.#big?.get(currency) ?? BigInt(this.#totals.get(currency) ?? 0);
  }

  /** The total of one currency as money (it may not fit a safe integer: `MONEY_OVERFLOW`). */
  #money(currency: string): Result<Money, UnforcedError> {
    const big = this.#big?.get(currency);
    if (big !== undefined) return moneyFromBigInt(big, currency);
    return ok({ amountMinor: this.#totals.get(currency) ?? 0, currency });
  }

  /** The non-zero totals as money, sorted by currency code. */
  amounts(): Result<Money[], UnforcedError> {
    const out: Money[] = [];
    for (const currency of this.currencies()) {
      const money = this.#money(currency);
      if (money.isErr()) return err(money.error);
      if (money.value.amountMinor !== 0) out.push(money.value);
    }
    return ok(out);
  }

  /** The whole bag in one currency: each currency's total converted once, then summed exactly. */
  convertTo(currency: string, fx: FxConverter): Result<Money, UnforcedError> {
    const total = new MoneyBag();
    for (const from of this.currencies()) {
      const money = this.#money(from);
      if (money.isErr()) return err(money.error);
      if (money.value.amountMinor === 0) continue;
      const converted = fx.convert(money.value, currency);
      if (converted.isErr()) return err(converted.error);
      total.add(converted.value);
    }
    return total.#money(currency);
  }
}
