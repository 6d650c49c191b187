import { type Money, moneyFromBigInt, type UnforcedError } from '@unforced/core';
import { err, ok, type Result } from 'neverthrow';
import type { FxConverter } from './fx.js';
import { sortSmall } from './sort-small.js';

const MAX = Number.MAX_SAFE_INTEGER;
const NO_INDICES: readonly number[] = Object.freeze([]);
const FIRST_INDEX: readonly number[] = Object.freeze([0]);
/** The amounts of an empty bag: one shared, frozen answer (most bags of a worker are empty). */
const NO_AMOUNTS: Result<readonly Money[], UnforcedError> = ok(Object.freeze([]));
const byCode = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Amounts kept per currency, exactly, so totals never depend on the order in which amounts were added
 * and never pass through a float or a conversion until asked. Totals are plain safe integers while they
 * fit (the common case) and switch to bigint for a currency whose total would not. A bag rarely holds
 * more than two currencies, so it keeps them in small parallel arrays.
 *
 * @example
 * ```ts
 * const bag = new MoneyBag().add({ amountMinor: 100, currency: 'NPR' }).add({ amountMinor: 5, currency: 'MYR' });
 * bag.amounts(); // ok([MYR 0.05, NPR 1.00]), sorted by currency code
 * ```
 */
export class MoneyBag {
  readonly #currencies: string[] = [];
  readonly #totals: (number | bigint)[] = [];

  /** Adds an amount (negative amounts subtract). */
  add(money: Money): this {
    return this.#addMinor(money.currency, money.amountMinor);
  }

  #addMinor(currency: string, minor: number | bigint): this {
    let index = this.#currencies.indexOf(currency);
    if (index < 0) {
      index = this.#currencies.length;
      this.#currencies.push(currency);
      this.#totals.push(0);
    }
    const total = this.#totals[index] ?? 0;
    if (typeof total === 'number' && typeof minor === 'number') {
      const next = total + minor;
      if (next <= MAX && next >= -MAX) {
        this.#totals[index] = next;
        return this;
      }
    }
    this.#totals[index] = BigInt(total) + BigInt(minor);
    return this;
  }

  /** Adds every amount of another bag. */
  addBag(other: MoneyBag): this {
    other.#currencies.forEach((currency, i) => {
      this.#addMinor(currency, other.#totals[i] ?? 0);
    });
    return this;
  }

  /** Whether every currency totals zero. */
  isZero(): boolean {
    for (let i = 0; i < this.#totals.length; i += 1) {
      const total = this.#totals[i];
      if (total !== 0 && total !== 0n) return false;
    }
    return true;
  }

  /** The total of one currency (zero when absent). */
  totalOf(currency: string): bigint {
    return BigInt(this.#totals[this.#currencies.indexOf(currency)] ?? 0);
  }

  /**
   * What is left of each currency's total after taking away `other`'s total of the same currency, kept
   * only where positive (a currency is never offset against another).
   */
  positiveExcessOver(other: MoneyBag): MoneyBag {
    const excess = new MoneyBag();
    for (let i = 0; i < this.#currencies.length; i += 1) {
      const currency = this.#currencies[i] ?? '';
      const total = this.#totals[i] ?? 0;
      const j = other.#currencies.indexOf(currency);
      const taken = j < 0 ? 0 : (other.#totals[j] ?? 0);
      if (typeof total === 'number' && typeof taken === 'number') {
        // Both are safe integers: their difference is exact whenever it is itself in the safe range.
        const left = total - taken;
        if (left <= MAX && left >= -MAX) {
          if (left > 0) excess.#addMinor(currency, left);
          continue;
        }
      }
      const left = BigInt(total) - BigInt(taken);
      if (left > 0n) excess.#addMinor(currency, left);
    }
    return excess;
  }

  /** The total of one currency as money (it may not fit a safe integer: `MONEY_OVERFLOW`). */
  #money(index: number): Result<Money, UnforcedError> {
    const currency = this.#currencies[index] ?? '';
    const total = this.#totals[index] ?? 0;
    return typeof total === 'bigint'
      ? moneyFromBigInt(total, currency)
      : ok({ amountMinor: total, currency });
  }

  /** The indices in currency-code order (shared constants for the common bags of zero or one currency). */
  #order(): readonly number[] {
    const count = this.#currencies.length;
    if (count === 0) return NO_INDICES;
    if (count === 1) return FIRST_INDEX;
    const order = this.#currencies.map((_, i) => i);
    return sortSmall(order, (a, b) => byCode(this.#currencies[a] ?? '', this.#currencies[b] ?? ''));
  }

  /** The non-zero totals as money, sorted by currency code. */
  amounts(): Result<readonly Money[], UnforcedError> {
    if (this.#currencies.length === 0) return NO_AMOUNTS;
    const out: Money[] = [];
    const order = this.#order();
    for (let k = 0; k < order.length; k += 1) {
      const money = this.#money(order[k] ?? 0);
      if (money.isErr()) return err(money.error);
      if (money.value.amountMinor !== 0) out.push(money.value);
    }
    return ok(out);
  }

  /** The whole bag in one currency: each currency's total converted once, then summed exactly. */
  convertTo(currency: string, fx: FxConverter): Result<Money, UnforcedError> {
    let total: number | bigint = 0;
    const order = this.#order();
    for (let k = 0; k < order.length; k += 1) {
      const index = order[k] ?? 0;
      const own = this.#totals[index];
      if (own === 0) continue;
      // Safe-integer totals convert without allocating; anything else goes through `fx.convert`.
      let minor =
        typeof own === 'number' ? fx.convertMinor(own, this.#currencies[index] ?? '', currency) : undefined;
      if (minor === undefined) {
        const money = this.#money(index);
        if (money.isErr()) return err(money.error);
        if (money.value.amountMinor === 0) continue;
        const converted = fx.convert(money.value, currency);
        if (converted.isErr()) return err(converted.error);
        minor = converted.value.amountMinor;
      }
      if (typeof total === 'bigint') total += BigInt(minor);
      else {
        const next: number = total + minor;
        total = next <= MAX && next >= -MAX ? next : BigInt(total) + BigInt(minor);
      }
    }
    return typeof total === 'bigint'
      ? moneyFromBigInt(total, currency)
      : ok({ amountMinor: total, currency });
  }
}
