import type { UnforcedError } from '@unforced/core';
import type { Result } from 'neverthrow';
import { validateReport } from '../model/report.js';

/**
 * Renders a report as JSON: the validated model (defaults filled in, fields in schema order), indented by
 * two spaces, with a final newline. This is also the `report.json` embedded in every PDF, so its SHA-256
 * identifies the report. Bad input gives a coded error with paths.
 *
 * @example
 * ```ts
 * const json = renderJson(report); // Result<string, UnforcedError>
 * ```
 */
export function renderJson(input: unknown): Result<string, UnforcedError> {
  return validateReport(input).map((report) => `${JSON.stringify(report, null, 2)}\n`);
}
