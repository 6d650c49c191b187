/**
 * The methodology of this package, cited in every finding's provenance. The version changes whenever
 * normalisation, weights, scoring or default thresholds change, so that results can be compared over
 * time.
 *
 * @example
 * ```ts
 * SCREENING_METHODOLOGY.id; // 'unforced/screening'
 * ```
 */
export const SCREENING_METHODOLOGY = { id: 'unforced/screening', version: '0.1.0' } as const;
