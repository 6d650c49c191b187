import { isAtLeast, type Severity } from '@unforced/core';
import { EXIT_CODES, type ExitCode } from '../exit-codes.js';

/**
 * The exit code of a run that finished: 1 when `failOn` is set and any of `severities` is at or above
 * it, else 0.
 *
 * @example
 * ```ts
 * exitCodeFor(['medium', 'critical'], 'high'); // 1
 * ```
 */
export function exitCodeFor(severities: Iterable<Severity>, failOn: Severity | undefined): ExitCode {
  if (failOn === undefined) return EXIT_CODES.OK;
  for (const severity of severities)
    if (isAtLeast(severity, failOn)) return EXIT_CODES.FINDINGS_AT_OR_ABOVE_THRESHOLD;
  return EXIT_CODES.OK;
}

/**
 * Counts severities, highest first, for summaries (`2 critical, 5 high, 1 medium`).
 *
 * @example
 * ```ts
 * severityCounts(['high', 'critical', 'high']); // '1 critical, 2 high'
 * ```
 */
export function severityCounts(severities: Iterable<Severity>): string {
  const counts: Record<Severity, number> = { critical: 0, high: 0, medium: 0, low: 0 };
  for (const s of severities) counts[s] += 1;
  const parts = (['critical', 'high', 'medium', 'low'] as const)
    .filter((s) => counts[s] > 0)
    .map((s) => `${counts[s]} ${s}`);
  return parts.length === 0 ? 'none' : parts.join(', ');
}
