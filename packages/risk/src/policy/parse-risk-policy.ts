import { issuesFromZod, UnforcedError } from '@unforced/core';
import { err, ok, type Result } from 'neverthrow';
import { RiskPolicy } from './policy-schema.js';

/**
 * Validates a caller's risk policy. A policy with weights out of range, missing or unknown keys or
 * thresholds out of order is an `INVALID_POLICY` error whose `issues` carry each problem's own code
 * (`OUT_OF_RANGE`, `REQUIRED`, `UNKNOWN_FIELD`…) and path (e.g. `['evidence', 'severityPoints', 'high']`).
 *
 * @example
 * ```ts
 * parseRiskPolicy({ ...DEFAULT_RISK_POLICY, tiers: { medium: 20, high: 40, critical: 160 } })
 *   ._unsafeUnwrapErr().issues[0]?.path; // ['tiers', 'critical']
 * ```
 */
export function parseRiskPolicy(input: unknown): Result<RiskPolicy, UnforcedError> {
  const parsed = RiskPolicy.safeParse(input, { reportInput: true });
  if (parsed.success) return ok(parsed.data);
  const issues = issuesFromZod(parsed.error.issues);
  const summary = issues
    .slice(0, 5)
    .map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`)
    .join('; ');
  return err(
    new UnforcedError('INVALID_POLICY', `invalid risk policy: ${summary}`, {
      path: issues[0]?.path ?? [],
      issues,
      cause: parsed.error,
    }),
  );
}
