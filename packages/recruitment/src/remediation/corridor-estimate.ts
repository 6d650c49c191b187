import type { WorkerRecord } from '@unforced/core';
import type { CorridorCostEstimate } from '../options.js';

/**
 * The caller's corridor cost estimate that applies to a worker: same origin and destination, and the
 * worker's occupation group when the estimate names one. An estimate for the exact occupation wins over
 * a general one; among equals, the caller's order decides.
 *
 * @example
 * ```ts
 * corridorEstimateFor(worker, [{ origin: 'NP', destination: 'MY', items, source: 'survey' }])?.source; // 'survey'
 * ```
 */
export function corridorEstimateFor(
  worker: WorkerRecord,
  estimates: readonly CorridorCostEstimate[],
): CorridorCostEstimate | undefined {
  let general: CorridorCostEstimate | undefined;
  for (const estimate of estimates) {
    if (estimate.origin !== worker.originCountry || estimate.destination !== worker.destinationCountry)
      continue;
    if (estimate.occupationCategory === worker.occupationCategory) return estimate;
    if (estimate.occupationCategory === undefined && general === undefined) general = estimate;
  }
  return general;
}
