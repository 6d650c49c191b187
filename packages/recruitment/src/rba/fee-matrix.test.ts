import { describe, expect, it } from 'vitest';
import { myr } from '../testing/builders.js';
import { feeBandOf, feeMatrixGrade, scenario1Row, scenario2Row } from './fee-matrix.js';

describe('feeBandOf: fees as a share of one month’s gross base wage (RBA VAP 8.0.2 A1)', () => {
  const wage = myr(1_000);
  it.each([
    [myr(0), 'below-5'],
    [{ amountMinor: 4_999, currency: 'MYR' }, 'below-5'], // 49.99 / 1,000 = 4.999%
    [myr(50), '5-to-100'], // exactly 5%: the lower bound is inclusive
    [{ amountMinor: 99_999, currency: 'MYR' }, '5-to-100'], // 99.999%
    [myr(1_000), '100-to-150'], // exactly 100%
    [{ amountMinor: 149_999, currency: 'MYR' }, '100-to-150'],
    [myr(1_500), '150-plus'], // exactly 150%
    [myr(9_000), '150-plus'],
  ])('%o → %s', (fees, band) => {
    expect(feeBandOf(fees, wage)._unsafeUnwrap()).toBe(band);
  });

  it('refuses mixed currencies and a zero wage', () => {
    expect(feeBandOf({ amountMinor: 1, currency: 'NPR' }, wage)._unsafeUnwrapErr().code).toBe(
      'CURRENCY_MISMATCH',
    );
    expect(feeBandOf(myr(1), myr(0))._unsafeUnwrapErr().code).toBe('DIVISION_BY_ZERO');
  });
});

describe('scenario1Row: each bound is the greater of its percentage and its worker count', () => {
  it.each([
    // [affected, sample, row, why]
    [3, 100, 1, '3 workers ≤ max(1% = 1, 3)'],
    [4, 100, 2, '4 > 3 and 4% > 1%; 4 ≤ 6'],
    [6, 100, 2, '6 workers ≤ max(5% = 5, 6)'],
    [7, 100, 3, 'exactly 7: not "fewer than 7", so the stricter row 3 (7% ≤ 40%)'],
    [7, 17, 4, 'exactly 7 of 17 = 41% > 40%: row 4'],
    [7, 18, 3, '7 of 18 = 38.9% ≤ 40%: row 3'],
    [10, 1_000, 1, '10 = 1% of 1,000'],
    [11, 1_000, 2, '11 > 1% of 1,000'],
    [50, 1_000, 2, '50 = 5% of 1,000'],
    [51, 1_000, 3, '51 > 5%'],
    [400, 1_000, 3, '400 = 40%'],
    [401, 1_000, 4, '401 > 40%'],
    [5, 10, 2, 'small sample: 5 of 10 = 50%, but ≤ 6 workers'],
    [3, 3, 1, 'the whole sample of 3'],
  ])('%i of %i → row %i (%s)', (affected, sample, row) => {
    expect(scenario1Row(affected, sample)).toBe(row);
  });
});

describe('scenario2Row', () => {
  it.each([
    [3, 100, 1],
    [4, 100, 2],
    [10, 1_000, 1],
    [11, 1_000, 2],
  ])('%i of %i → row %i', (affected, sample, row) => {
    expect(scenario2Row(affected, sample)).toBe(row);
  });
});

describe('feeMatrixGrade reproduces the RBA tables cell by cell', () => {
  // Sample of 1,000: row 1 = 10 workers (1%), row 2 = 50 (5%), row 3 = 400 (40%), row 4 = 401.
  const rows = [10, 50, 400, 401];
  const bands = ['below-5', '5-to-100', '100-to-150', '150-plus'] as const;
  const scenario1 = [
    ['minor', 'minor', 'major', 'priority'],
    ['major', 'major', 'major', 'priority'],
    ['major', 'major', 'priority', 'priority'],
    ['major', 'priority', 'priority', 'priority'],
  ];
  it.each(
    rows.flatMap((affected, r) => bands.map((band, c) => [affected, band, scenario1[r]?.[c]] as const)),
  )('scenario 1: %i of 1,000 in band %s → %s', (affected, band, grade) => {
    expect(feeMatrixGrade('not-repaid-within-90-days', affected, 1_000, band)).toBe(grade);
  });

  const scenario2 = [
    ['minor', 'minor', 'major', 'major'],
    ['minor', 'major', 'major', 'major'],
  ];
  it.each(
    [10, 11].flatMap((affected, r) => bands.map((band, c) => [affected, band, scenario2[r]?.[c]] as const)),
  )('scenario 2: %i of 1,000 in band %s → %s (≥100% is one column)', (affected, band, grade) => {
    expect(feeMatrixGrade('repaid-within-90-days', affected, 1_000, band)).toBe(grade);
  });
});
