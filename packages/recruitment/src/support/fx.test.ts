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
    ] as const;
    fc.assert(
      fc.property(
        fc.integer({ min: -1e12, max: 1e12 }),
        fc.constantFrom(...pairs),
        (amountMinor, [from, to]) => {
          const money = { amountMinor, currency: from };
          const core = convertMoney(money, to, RATES, { asOf: AS_OF }).map((c) => c.amount);
          expect(fx.convert(money, to)).toEqual(core);
        },
      ),
      { seed: 4217, numRuns: 500 },
    );
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
