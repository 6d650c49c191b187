import { describe, expect, it } from 'vitest';
import { readCell } from './cells.js';

const csv = { fromSpreadsheet: false };
const xlsx = { fromSpreadsheet: true };

describe('readCell', () => {
  it.each([
    ['list', ' Rubber Gloves ; Nitrile ;', csv, ['Rubber Gloves', 'Nitrile']],
    ['integer', '2,400', csv, 2400],
    ['share', '70%', csv, 0.7],
    ['share', '0.25', csv, 0.25],
    ['boolean', 'Yes', csv, true],
    ['boolean', 'n', csv, false],
    ['date', '2026-11-22', csv, '2026-11-22'],
    ['date', '46348', xlsx, '2026-11-22'],
    ['dates', '2026-01-02; 2026-03-04', csv, ['2026-01-02', '2026-03-04']],
  ] as const)('%s %j → %j', (kind, text, context, expected) => {
    expect(readCell(kind, text, context)._unsafeUnwrap()).toEqual(expected);
  });

  it.each([
    ['integer', '12.5', csv, 'INVALID_FORMAT'],
    ['share', '150%', csv, 'OUT_OF_RANGE'],
    ['boolean', 'maybe', csv, 'INVALID_FORMAT'],
    ['date', '31/02/2026', csv, 'INVALID_DATE'],
    ['date', '46348', csv, 'INVALID_DATE'],
  ] as const)('%s %j is %s, without repeating the value', (kind, text, context, code) => {
    const problem = readCell(kind, text, context)._unsafeUnwrapErr();
    expect(problem.code).toBe(code);
    expect(problem.message).not.toContain(text);
  });

  it('reads money with the currency of its currency column', () => {
    expect(readCell('money', '2,450,000.00', { ...csv, currency: 'USD' })._unsafeUnwrap()).toEqual({
      amountMinor: 245_000_000,
      currency: 'USD',
    });
    expect(readCell('money', '12.5.0', { ...csv, currency: 'USD' })._unsafeUnwrapErr().code).toBe(
      'MONEY_PARSE_FAILED',
    );
    expect(readCell('money', '100', csv)._unsafeUnwrapErr().code).toBe('REQUIRED');
  });
});
