import type { UnforcedError } from '@unforced/core';
import type { Result } from 'neverthrow';
import { type Report, validateReport } from '../model/report.js';

/**
 * The JSON text of a validated report: indented by two spaces, with a final newline. Every format hashes
 * this text (the SHA-256 printed in the PDF and Markdown and written to `meta.csv`), and the PDF embeds it,
 * so it is written in this one place.
 *
 * @example
 * ```ts
 * const sha256 = sha256Hex(reportJson(report));
 * ```
 */
export function reportJson(report: Report): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}

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
  return validateReport(input).map(reportJson);
}
