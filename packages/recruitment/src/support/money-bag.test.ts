import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createFxConverter } from './fx.js';
import { MoneyBag } from './money-bag.js';

const m = (amountMinor: number, currency: string) => ({ amountMinor, currency });

describe('MoneyBag', () => {
  it('keeps exact totals per currency, sorted by code, whatever the order of adding', () => {
    const a = new MoneyBag().add(m(100, 'NPR')).add(m(5, 'MYR')).add(m(-40, 'NPR'));
    const b = new MoneyBag().add(m(-40, 'NPR')).add(m(5, 'MYR')).add(m(100, 'NPR'));
    expect(a.amounts()._unsafeUnwrap()).toEqual([m(5, 'MYR'), m(60, 'NPR')]);
    expect(b.amounts()._unsafeUnwrap()).toEqual(a.amounts()._unsafeUnwrap());
    expect(new MoneyBag().add(m(5, 'MYR')).add(m(-5, 'MYR')).isZero()).toBe(true);
  });

  it('goes past the safe-integer range without losing a unit, and reports what cannot be money', () => {
    const max = Number.MAX_SAFE_INTEGER;
    const bag = new MoneyBag().add(m(max, 'NPR')).add(m(max, 'NPR'));
    expect(bag.totalOf('NPR')).toBe(2n * BigInt(max));
    expect(bag.amounts()._unsafeUnwrapErr().code).toBe('MONEY_OVERFLOW');
    bag.add(m(-max, 'NPR'));
    expect(bag.amounts()._unsafeUnwrap()).toEqual([m(max, 'NPR')]);
    expect(bag.isZero()).toBe(false);
  });

  it('converts each currency once, then sums exactly', () => {
    const fx = createFxConverter(
      [{ base: 'MYR', quote: 'NPR', rate: '28.35', date: '2026-11-20' }],
      '2026-11-22',
    );
    // NPR 150,000 → MYR 5,291.0053 → 5,291.01; NPR 20,000 → 705.47…; together NPR 170,000 → MYR 5,996.47.
    const bag = new MoneyBag().add(m(15_000_000, 'NPR')).add(m(2_000_000, 'NPR')).add(m(100, 'MYR'));
    expect(bag.convertTo('MYR', fx)._unsafeUnwrap()).toEqual(m(599_747, 'MYR'));
    expect(new MoneyBag().add(m(1, 'USD')).convertTo('MYR', fx)._unsafeUnwrapErr().code).toBe(
      'FX_RATE_MISSING',
    );
  });

  it('keeps the positive excess per currency over another bag, never offsetting across currencies', () => {
    const max = Number.MAX_SAFE_INTEGER;
    const deducted = new MoneyBag()
      .add(m(30_000, 'MYR'))
      .add(m(500, 'NPR'))
      .add(m(max, 'USD'))
      .add(m(max, 'USD'));
    const recovered = new MoneyBag().add(m(12_000, 'MYR')).add(m(900, 'NPR')).add(m(1, 'USD'));
    const excess = deducted.positiveExcessOver(recovered);
    // MYR 300 - 120 = 180 left; NPR 5 - 9 < 0 dropped (not offset against MYR); USD 2·max - 1 exactly.
    expect(excess.totalOf('MYR')).toBe(18_000n);
    expect(excess.totalOf('NPR')).toBe(0n);
    expect(excess.totalOf('USD')).toBe(2n * BigInt(max) - 1n);
    expect(
      new MoneyBag()
        .add(m(5, 'MYR'))
        .positiveExcessOver(new MoneyBag().add(m(5, 'MYR')))
        .isZero(),
    ).toBe(true);
  });

  it('equals a bigint reference per currency for any amounts in any order (property)', () => {
    const currency = fc.constantFrom('NPR', 'MYR', 'USD', 'KWD');
    const amount = fc.oneof(
      fc.integer({ min: -1_000_000, max: 1_000_000 }),
      fc.constantFrom(Number.MAX_SAFE_INTEGER, -Number.MAX_SAFE_INTEGER),
    );
    fc.assert(
      fc.property(fc.array(fc.tuple(currency, amount), { maxLength: 12 }), (entries) => {
        const reference = new Map<string, bigint>();
        for (const [code, minor] of entries) reference.set(code, (reference.get(code) ?? 0n) + BigInt(minor));
        const bag = new MoneyBag();
        for (const [code, minor] of entries) bag.add(m(minor, code));
        const reversed = new MoneyBag();
        for (const [code, minor] of [...entries].reverse()) reversed.add(m(minor, code));
        for (const code of ['NPR', 'MYR', 'USD', 'KWD']) {
          expect(bag.totalOf(code)).toBe(reference.get(code) ?? 0n);
          expect(reversed.totalOf(code)).toBe(reference.get(code) ?? 0n);
        }
        expect(bag.isZero()).toBe([...reference.values()].every((total) => total === 0n));
        const fits = [...reference.values()].every(
          (t) => t <= BigInt(Number.MAX_SAFE_INTEGER) && t >= -BigInt(Number.MAX_SAFE_INTEGER),
        );
        if (fits) {
          const expected = [...reference.entries()]
            .filter(([, total]) => total !== 0n)
            .sort(([a], [b]) => (a < b ? -1 : 1))
            .map(([code, total]) => m(Number(total), code));
          expect(bag.amounts()._unsafeUnwrap()).toEqual(expected);
          expect(reversed.amounts()._unsafeUnwrap()).toEqual(expected);
        } else expect(bag.amounts().isErr()).toBe(true);
        const copy = new MoneyBag().addBag(bag);
        for (const code of ['NPR', 'MYR', 'USD', 'KWD']) expect(copy.totalOf(code)).toBe(bag.totalOf(code));
      }),
    );
  });
});
