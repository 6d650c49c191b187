import { compareMoneyRatio, type Money, type RbaGrade, type UnforcedError } from '@unforced/core';
import { err, ok, type Result } from 'neverthrow';

const RATIO_150 = { numerator: 3, denominator: 2 } as const;
const RATIO_100 = { numerator: 1, denominator: 1 } as const;
const RATIO_5 = { numerator: 1, denominator: 20 } as const;

/**
 * The fee bands of RBA VAP 8.0.2 A1 ("Fees evaluation criteria"): total fees charged during recruitment
 * and employment as a share of one month's gross base wage. Lower bounds are inclusive: exactly 5% is
 * `5-to-100`, exactly 100% is `100-to-150`, exactly 150% is `150-plus`.
 *
 * @example
 * ```ts
 * FEE_BANDS.indexOf('150-plus'); // 3, the last column
 * ```
 */
export const FEE_BANDS = ['below-5', '5-to-100', '100-to-150', '150-plus'] as const;

/** A fee band of RBA VAP 8.0.2 A1. */
export type FeeBand = (typeof FEE_BANDS)[number];

/**
 * The two scenarios of the fee matrix.
 *
 * @example
 * ```ts
 * FEE_SCENARIOS[0]; // 'not-repaid-within-90-days'
 * ```
 */
export const FEE_SCENARIOS = ['not-repaid-within-90-days', 'repaid-within-90-days'] as const;

/** A scenario of the RBA fee matrix. */
export type FeeScenario = (typeof FEE_SCENARIOS)[number];

/**
 * The fee band of fees against a month's gross base wage (same currency), exactly, without floats.
 *
 * @example
 * ```ts
 * feeBandOf({ amountMinor: 5_000, currency: 'MYR' }, { amountMinor: 100_000, currency: 'MYR' }); // ok('5-to-100')
 * ```
 */
export function feeBandOf(fees: Money, wage: Money): Result<FeeBand, UnforcedError> {
  // Straight-line checks (no closures per call): the first error, else the highest band reached.
  const over150 = compareMoneyRatio(fees, wage, RATIO_150);
  if (over150.isErr()) return err(over150.error);
  if (over150.value >= 0) return ok('150-plus');
  const over100 = compareMoneyRatio(fees, wage, RATIO_100);
  if (over100.isErr()) return err(over100.error);
  if (over100.value >= 0) return ok('100-to-150');
  const over5 = compareMoneyRatio(fees, wage, RATIO_5);
  if (over5.isErr()) return err(over5.error);
  return ok(over5.value >= 0 ? '5-to-100' : 'below-5');
}

// Scenario 1 (fees not repaid within 90 days): rows by share of workers, columns by fee band.
const SCENARIO_1: readonly (readonly RbaGrade[])[] = [
  ['minor', 'minor', 'major', 'priority'], // ≤1% or ≤3 workers (whichever is greater)
  ['major', 'major', 'major', 'priority'], // >1–5%, or more than 3 but fewer than 7 workers
  ['major', 'major', 'priority', 'priority'], // >5–40%, or 7 workers and more
  ['major', 'priority', 'priority', 'priority'], // >40%
];

// Scenario 2 (fees repaid within 90 days): columns <5%, 5–<100%, ≥100%.
const SCENARIO_2: readonly (readonly RbaGrade[])[] = [
  ['minor', 'minor', 'major'], // ≤1% or ≤3 workers (whichever is greater)
  ['minor', 'major', 'major'], // >1% (more than 3 workers)
];

/**
 * The row (1–4) of the scenario-1 matrix for `affected` workers out of a sample of `sampleSize`. Each
 * row's bound is the greater of its percentage and its worker count: row 1 up to max(1%, 3 workers),
 * row 2 up to max(5%, 6 workers), row 3 up to 40%, row 4 above. Exactly 7 workers, which the text leaves
 * unplaced ("fewer than 7" / "more than 7"), falls in the stricter row 3 (row 4 when above 40%).
 * Integer arithmetic only.
 *
 * @example
 * ```ts
 * scenario1Row(7, 100); // 3
 * scenario1Row(10, 1_000); // 1 (1% of 1,000)
 * ```
 */
export function scenario1Row(affected: number, sampleSize: number): 1 | 2 | 3 | 4 {
  if (affected <= 3 || affected * 100 <= sampleSize) return 1;
  if (affected <= 6 || affected * 100 <= sampleSize * 5) return 2;
  if (affected * 100 <= sampleSize * 40) return 3;
  return 4;
}

/**
 * The row (1–2) of the scenario-2 matrix: row 1 up to max(1%, 3 workers), row 2 above.
 *
 * @example
 * ```ts
 * scenario2Row(4, 100); // 2
 * ```
 */
export function scenario2Row(affected: number, sampleSize: number): 1 | 2 {
  return affected <= 3 || affected * 100 <= sampleSize ? 1 : 2;
}

/**
 * The grade of one cell of the RBA VAP 8.0.2 A1 fee matrix. In scenario 2 the bands `100-to-150` and
 * `150-plus` form its one "≥100%" column.
 *
 * @example
 * ```ts
 * feeMatrixGrade('not-repaid-within-90-days', 5, 100, '100-to-150'); // 'major' (row 2)
 * ```
 */
export function feeMatrixGrade(
  scenario: FeeScenario,
  affected: number,
  sampleSize: number,
  band: FeeBand,
): RbaGrade {
  const column = FEE_BANDS.indexOf(band);
  if (scenario === 'not-repaid-within-90-days') {
    return SCENARIO_1[scenario1Row(affected, sampleSize) - 1]?.[column] ?? 'priority';
  }
  return SCENARIO_2[scenario2Row(affected, sampleSize) - 1]?.[Math.min(column, 2)] ?? 'major';
}
