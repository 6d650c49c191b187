import { describe, expect, it } from 'vitest';
import { formatTotals } from './wording.js';

describe('formatTotals', () => {
  it('writes one amount alone and several joined with " + ", in the order given', () => {
    expect(formatTotals([{ amountMinor: 20_400, currency: 'MYR' }])).toBe('MYR 204.00');
    expect(
      formatTotals([
        { amountMinor: 20_400, currency: 'MYR' },
        { amountMinor: 15_000_000, currency: 'NPR' },
      ]),
    ).toBe('MYR 204.00 + NPR 150,000.00');
    expect(formatTotals([])).toBe('');
  });
});
