import { type Money, moneyFromBigInt, type UnforcedError } from '@unforced/core';
import { err, ok, type Result } from 'neverthrow';
import type { FxConverter } from './fx.js';
import { sortSmall } from './sort-small.js';

const MAX = Number.MAX_SAFE_INTEGER;
// Shared index orders, never written to. Not frozen: a frozen array has its own elements kind, and the
// loops that read these also read sorted arrays, so freezing would make those reads polymorphic.
const NO_INDICES: readonly number[] = [];
const FIRST_INDEX: readonly number[] = [0];
const FIRST_THEN_SECOND: readonly number[] = [0, 1];
const SECOND_THEN_FIRST: readonly number[] = [1, 0];
/** The amounts of an empty bag: one shared, frozen answer (most bags of a worker are empty). */
const NO_AMOUNTS: Result<readonly Money[], UnforcedError> = ok(Object.freeze([]));
const byCode = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Amounts kept per currency, exactly, so totals never depend on the order in which amounts were added
 * and never pass through a float or a conversion until asked. Totals are plain safe integers while they
 * fit (the common case) and switch to bigint for a currency whose total would not. Most bags hold one
 * currency, so the first currency and its total live in fields and only further currencies in arrays:
 * a one-currency bag is a single small object (large batches make a dozen bags per worker).
 *
 * @example
 * ```ts
 * const bag = new MoneyBag().add({ amountMinor: 100, currency: 'NPR' }).add({ amountMinor: 5, currency: 'MYR' });
 * bag.amounts(); // ok([MYR 0.05, NPR 1.00]), sorted by currency code
 * ```
 */
export class MoneyBag {
  /** How many currencies the bag holds (zero totals included). */
  #count = 0;
  /** The first currency added (index 0) and its total: a safe integer, or `#firstBig` once it is not. */
  #firstCurrency = '';
  #firstMinor = 0;
  #firstBig: bigint | undefined = undefined;
  /** Currencies added after the first (index 1 onwards), and their totals; made on first need. */
  #moreCurrencies: string[] | undefined = undefined;
  #moreTotals: (number | bigint)[] | undefined = undefined;

  #currencyAt(index: number): string {
    return index === 0 ? this.#firstCurrency : (this.#moreCurrencies?.[index - 1] ?? '');
  }

  #totalAt(index: number): number | bigint {
    if (index === 0) return this.#firstBig ?? this.#firstMinor;
    return this.#moreTotals?.[index - 1] ?? 0;
  }

  #setTotalAt(index: number, total: number | bigint): void {
    if (index === 0) {
      // The number field only ever holds numbers, so its representation never changes.
      if (typeof total === 'number') {
        this.#firstMinor = total;
        this.#firstBig = undefined;
      } else this.#firstBig = total;
    } else if (this.#moreTotals !== undefined) this.#moreTotals[index - 1] = total;
  }

  /** The index of a currency, or -1. */
  #indexOf(currency: string): number {
    if (this.#count === 0) return -1;
    if (this.#firstCurrency === currency) return 0;
    const k = this.#moreCurrencies === undefined ? -1 : this.#moreCurrencies.indexOf(currency);
    return k < 0 ? -1 : k + 1;
  }

  /** Adds a currency with a zero total; returns its index. */
  #append(currency: string): number {
    const index = this.#count;
    this.#count += 1;
    if (index === 0) this.#firstCurrency = currency;
    else if (this.#moreCurrencies === undefined || this.#moreTotals === undefined) {
      this.#moreCurrencies = [currency];
      this.#moreTotals = [0];
    } else {
      this.#moreCurrencies.push(currency);
      this.#moreTotals.push(0);
    }
    return index;
  }

  /** Adds an amount (negative amounts subtract). */
  add(money: Money): this {
    return this.#addMinor(money.currency, money.amountMinor);
  }

  #addMinor(currency: string, minor: number | bigint): this {
    let index = this.#indexOf(currency);
    if (index < 0) index = this.#append(currency);
    const total = this.#totalAt(index);
    if (typeof total === 'number' && typeof minor === 'number') {
      const next = total + minor;
      if (next <= MAX && next >= -MAX) {
        this.#setTotalAt(index, next);
        return this;
      }
    }
    this.#setTotalAt(index, BigInt(total) + BigInt(minor));
    return this;
  }

  /** Adds every amount of another bag. */
  addBag(other: MoneyBag): this {
    const size = other.#count;
    for (let i = 0; i < size; i += 1) this.#addMinor(other.#currencyAt(i), other.#totalAt(i));
    return this;
  }

  /** Whether every currency totals zero. */
  isZero(): boolean {
    const size = this.#count;
    for (let i = 0; i < size; i += 1) {
      const total = this.#totalAt(i);
      if (total !== 0 && total !== 0n) return false;
    }
    return true;
  }

  /** The total of one currency (zero when absent). */
  totalOf(currency: string): bigint {
    const index = this.#indexOf(currency);
    return index < 0 ? 0n : BigInt(this.#totalAt(index));
  }

  /**
   * What is left of each currency's total after taking away `other`'s total of the same currency, kept
   * only where positive (a currency is never offset against another).
   */
  positiveExcessOver(other: MoneyBag): MoneyBag {
    const excess = new MoneyBag();
    const size = this.#count;
    for (let i = 0; i < size; i += 1) {
      const currency = this.#currencyAt(i);
      const total = this.#totalAt(i);
      const j = other.#indexOf(currency);
      const taken = j < 0 ? 0 : other.#totalAt(j);
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
    const currency = this.#currencyAt(index);
    const total = this.#totalAt(index);
    return typeof total === 'bigint'
      ? moneyFromBigInt(total, currency)
      : ok({ amountMinor: total, currency });
  }

  /** The total of one currency as money when it is a safe integer (the usual case), without a `Result`. */
  #safeMoney(index: number): Money | undefined {
    const total = this.#totalAt(index);
    return typeof total === 'number' ? { amountMinor: total, currency: this.#currencyAt(index) } : undefined;
  }

  /** The indices in currency-code order (shared constants for bags of up to two currencies). */
  #order(): readonly number[] {
    const size = this.#count;
    if (size === 0) return NO_INDICES;
    if (size === 1) return FIRST_INDEX;
    if (size === 2) return this.#currencyAt(0) < this.#currencyAt(1) ? FIRST_THEN_SECOND : SECOND_THEN_FIRST;
    const order = Array.from({ length: size }, (_, i) => i);
    return sortSmall(order, (a, b) => byCode(this.#currencyAt(a), this.#currencyAt(b)));
  }

  /** The non-zero totals as money, sorted by currency code. */
  amounts(): Result<readonly Money[], UnforcedError> {
    const size = this.#count;
    if (size === 0) return NO_AMOUNTS;
    if (size === 1 && this.#firstBig === undefined)
      return this.#firstMinor === 0
        ? NO_AMOUNTS
        : ok([{ amountMinor: this.#firstMinor, currency: this.#firstCurrency }]);
    const out: Money[] = [];
    const order = this.#order();
    for (let k = 0; k < order.length; k += 1) {
      const index = order[k] ?? 0;
      let money = this.#safeMoney(index);
      if (money === undefined) {
        const checked = this.#money(index);
        if (checked.isErr()) return err(checked.error);
        money = checked.value;
      }
      if (money.amountMinor !== 0) out.push(money);
    }
    return ok(out);
  }

  /** The whole bag in one currency: each currency's total converted once, then summed exactly. */
  convertTo(currency: string, fx: FxConverter): Result<Money, UnforcedError> {
    let total: number | bigint = 0;
    const order = this.#order();
    for (let k = 0; k < order.length; k += 1) {
      const index = order[k] ?? 0;
      const own = this.#totalAt(index);
      if (own === 0) continue;
      // Safe-integer totals convert without allocating; anything else goes through `fx.convert`.
      let minor =
        typeof own === 'number' ? fx.convertMinor(own, this.#currencyAt(index), currency) : undefined;
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
