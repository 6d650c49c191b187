import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CostItem } from '../domain/cost-item.js';
import { parseRows } from './parse-rows.js';

const good = (id: string) => ({
  id,
  description: 'visa processing',
  amount: { amountMinor: 250_000, currency: 'NPR' },
  paidOn: '2026-02-01',
  paidBy: 'worker',
});

describe('parseRows', () => {
  it('keeps the good rows and reports each bad one by row number with every issue', () => {
    const rows = [
      good('a'),
      { ...good('b'), amount: { amountMinor: 10.5, currency: 'NPR' }, paidOn: 'yesterday' },
      good('c'),
      'not an object',
    ];
    const result = parseRows(CostItem, rows, { firstRowNumber: 2 });
    expect(result.values.map((v) => v.id)).toEqual(['a', 'c']);
    expect(result.valid.map((v) => v.row)).toEqual([2, 4]);
    expect(result.invalid).toEqual([
      {
        row: 3,
        issues: [
          expect.objectContaining({ code: 'INVALID_MONEY_AMOUNT', path: ['amount', 'amountMinor'] }),
          expect.objectContaining({ code: 'INVALID_DATE', path: ['paidOn'] }),
        ],
      },
      { row: 5, issues: [expect.objectContaining({ code: 'INVALID_TYPE', path: [] })] },
    ]);
  });

  it('numbers rows from 1 by default and accepts any iterable', () => {
    function* rows() {
      yield good('x');
      yield {};
    }
    const result = parseRows(CostItem, rows());
    expect(result.valid[0]?.row).toBe(1);
    expect(result.invalid[0]?.row).toBe(2);
  });

  it('never loses a row: valid + invalid = input, whatever the mix (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.boolean(), { maxLength: 50 }), (pattern) => {
        const rows = pattern.map((ok, i) => (ok ? good(`r${i}`) : { id: `r${i}` }));
        const result = parseRows(CostItem, rows);
        expect(result.valid.length + result.invalid.length).toBe(rows.length);
        expect(result.valid.map((v) => v.row)).toEqual(pattern.flatMap((ok, i) => (ok ? [i + 1] : [])));
      }),
      { seed: 3, numRuns: 100 },
    );
  });
});
