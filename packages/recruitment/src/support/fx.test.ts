import { convertMoney, type FxRate } from '@unforced/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createFxConverter } from './fx.js';

const RATES: FxRate[] = [
  { base: 'MYR', quote: 'NPR', rate: '28.35', date: '2026-11-20' },
  { base: 'MYR', quote: 'NPR', rate: '27.90', date: '2026-10-01' },
  { base: 'USD', quote: 'JPY', rate: '151.237', date: '2026-11-01' },
  { base: 'KWD', quote: 'USD', rate: '3.2511', date: '2026-11-01' },
  { base: 'MYR', quote: 'BDT', rate: '25.9', date: '2026-12-01' },
  // Halving: every odd amount is an exact tie, which half-even rounding must send to the even neighbour.
  { base: 'EUR', quote: 'GBP', rate: '2', date: '2026-11-01' },
];
const AS_OF = '2026-11-22';

describe('createFxConverter', () => {
  it('gives exactly what core convertMoney gives, for any amount and pair, either way', () => {
    const fx = createFxConverter(RATES, AS_OF);
    const pairs = [
      ['NPR', 'MYR'],
      ['MYR', 'NPR'],
      ['JPY', 'USD'],
      ['USD', 'JPY'],
      ['KWD', 'USD'],
      ['USD', 'KWD'],
      ['GBP', 'EUR'],
    ] as const;
    fc.assert(
      fc.property(
        // Small amounts, amounts up to 1e12, and amounts whose product with the factor leaves the
        // safe-integer range (the bigint path).
        fc.oneof(
          fc.integer({ min: -1_000, max: 1_000 }),
          fc.integer({ min: -1e12, max: 1e12 }),
          fc.integer({ min: Number.MIN_SAFE_INTEGER, max: Number.MAX_SAFE_INTEGER }),
        ),
        fc.constantFrom(...pairs),
        (amountMinor, [from, to]) => {
          const money = { amountMinor, currency: from };
          const core = convertMoney(money, to, RATES, { asOf: AS_OF }).map((c) => c.amount);
          expect(fx.convert(money, to)).toEqual(core);
          const minor = fx.convertMinor(amountMinor, from, to);
          if (minor !== undefined) expect(minor).toBe(core._unsafeUnwrap().amountMinor);
          // The number path answers for every amount whose product with the factor stays exact.
          if (Math.abs(amountMinor) <= 1e9) expect(minor).not.toBeUndefined();
        },
      ),
      { seed: 4217, numRuns: 2_000 },
    );
  });

  it('convertMinor leaves to convert what it cannot answer exactly: no rate, or bigint arithmetic', () => {
    const fx = createFxConverter(RATES, AS_OF);
    expect(fx.convertMinor(100, 'EUR', 'MYR')).toBeUndefined();
    expect(fx.convertMinor(Number.MAX_SAFE_INTEGER, 'MYR', 'NPR')).toBeUndefined();
    expect(fx.convertMinor(-42, 'NPR', 'NPR')).toBe(-42);
    // NPR 170,000.00 at 28.35 NPR per MYR: 17,000,000 / 28.35 = 599,647.266… → MYR 5,996.47.
    expect(fx.convertMinor(17_000_000, 'NPR', 'MYR')).toBe(599_647);
  });

  it('rounds exact ties half-even, by hand: GBP 0.01/0.03/0.05 and -0.03 halved to EUR', () => {
    const fx = createFxConverter(RATES, AS_OF);
    const halve = (amountMinor: number) =>
      fx.convert({ amountMinor, currency: 'GBP' }, 'EUR')._unsafeUnwrap().amountMinor;
    // 0.5 → 0, 1.5 → 2, 2.5 → 2, -1.5 → -2, 7 → 7 (exact).
    expect([halve(1), halve(3), halve(5), halve(-3), halve(14)]).toEqual([0, 2, 2, -2, 7]);
  });

  it('reports a missing or future-dated rate as core does', () => {
    const fx = createFxConverter(RATES, AS_OF);
    expect(fx.convert({ amountMinor: 1, currency: 'EUR' }, 'MYR')._unsafeUnwrapErr().code).toBe(
      'FX_RATE_MISSING',
    );
    expect(fx.convert({ amountMinor: 1, currency: 'BDT' }, 'MYR')._unsafeUnwrapErr().code).toBe(
      'FX_RATE_OUT_OF_DATE',
    );
    const strict = createFxConverter(RATES, AS_OF, 10);
    expect(strict.convert({ amountMinor: 1, currency: 'KWD' }, 'USD')._unsafeUnwrapErr().code).toBe(
      'FX_RATE_OUT_OF_DATE',
    );
  });
});
