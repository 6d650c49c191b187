import { maxSeverity, type RbaGrade, rbaGradeFromSeverity, severityFromRbaGrade } from '@unforced/core';
import {
  FEE_BANDS,
  type FeeBand,
  type FeeScenario,
  feeMatrixGrade,
  scenario1Row,
  scenario2Row,
} from './fee-matrix.js';

/** One column of a facility's fee rating: the workers at or above the band, their row and the cell's grade. */
export interface FeeMatrixColumn {
  /** The band (scenario 2's last column, "≥100%", is `100-plus`). */
  readonly band: FeeBand | '100-plus';
  readonly workersAtOrAbove: number;
  readonly row: number;
  readonly grade: RbaGrade;
}

/** A facility's rating in one scenario of the RBA VAP 8.0.2 A1 fee matrix. */
export interface FeeMatrixRating {
  readonly scenario: FeeScenario;
  readonly sampleSize: number;
  /** Sampled workers who bore fees in this scenario. */
  readonly affectedWorkers: number;
  /** Affected workers whose band is unknown (a missing FX rate): counted in the lowest column only. */
  readonly workersWithUnknownBand: number;
  /** Columns with at least one worker. */
  readonly columns: readonly FeeMatrixColumn[];
  /** The worst cell; absent when no sampled worker bore fees in this scenario. */
  readonly grade?: RbaGrade;
}

const SCENARIO_2_COLUMNS: readonly (FeeBand | '100-plus')[] = ['below-5', '5-to-100', '100-plus'];

/**
 * Rates a facility in one scenario of the RBA fee matrix when its workers fall in different fee bands:
 * for each band, the workers at or above it (a worker who paid 150% also paid more than 5%) give a row
 * by their share of the sample; the cell of that row and band is graded; the facility's grade is the
 * worst cell. A worker whose band is unknown is known to have paid something, so counts in the lowest
 * column only.
 *
 * @example
 * ```ts
 * rateFeeMatrix(['150-plus', '5-to-100'], 100, 'not-repaid-within-90-days').grade; // 'priority'
 * ```
 */
export function rateFeeMatrix(
  bands: readonly (FeeBand | undefined)[],
  sampleSize: number,
  scenario: FeeScenario,
): FeeMatrixRating {
  const rank = (band: FeeBand | undefined) => (band === undefined ? 0 : FEE_BANDS.indexOf(band));
  const columnIds = scenario === 'not-repaid-within-90-days' ? FEE_BANDS : SCENARIO_2_COLUMNS;
  const columns: FeeMatrixColumn[] = [];
  columnIds.forEach((band, column) => {
    const workersAtOrAbove = bands.filter((b) => rank(b) >= column).length;
    if (workersAtOrAbove === 0) return;
    const asBand: FeeBand = band === '100-plus' ? '100-to-150' : band;
    const row =
      scenario === 'not-repaid-within-90-days'
        ? scenario1Row(workersAtOrAbove, sampleSize)
        : scenario2Row(workersAtOrAbove, sampleSize);
    columns.push({
      band,
      workersAtOrAbove,
      row,
      grade: feeMatrixGrade(scenario, workersAtOrAbove, sampleSize, asBand),
    });
  });
  const worst = maxSeverity(columns.map((c) => severityFromRbaGrade(c.grade)));
  return {
    scenario,
    sampleSize,
    affectedWorkers: bands.length,
    workersWithUnknownBand: bands.filter((b) => b === undefined).length,
    columns,
    ...(worst === undefined ? {} : { grade: rbaGradeFromSeverity(worst) }),
  };
}
