import { type UnforcedError, validate } from '@unforced/core';
import type { Result } from 'neverthrow';
import { z } from 'zod';
import { PortfolioReport } from './portfolio-report.js';
import { RecruitmentFeeReport } from './recruitment-report.js';
import { SupplierRiskReport } from './supplier-report.js';
import { TraceReport } from './trace-report.js';

/** The four report types, as the `type` field names them. */
export const REPORT_TYPES = [
  'supplier-risk-assessment',
  'portfolio-due-diligence',
  'recruitment-fee-audit',
  'traceability-summary',
] as const;

/** One of {@link REPORT_TYPES}. */
export type ReportType = (typeof REPORT_TYPES)[number];

/**
 * Any report: a union of the four report schemas, told apart by `type`. This is the model every renderer
 * reads; it is plain JSON (no dates as objects, money as integer minor units), so it round-trips through
 * {@link renderJson} unchanged.
 *
 * @example
 * ```ts
 * const report = Report.parse(JSON.parse(text));
 * ```
 */
export const Report = z.discriminatedUnion('type', [
  SupplierRiskReport,
  PortfolioReport,
  RecruitmentFeeReport,
  TraceReport,
]);

/** Any report, validated. */
export type Report = z.output<typeof Report>;

/** Any report as callers may write it (defaults may be omitted). */
export type ReportInput = z.input<typeof Report>;

/**
 * Validates a report model: the report, or a coded {@link UnforcedError} listing every problem with its
 * path (e.g. `suppliers[3].score`). Never throws.
 *
 * @example
 * ```ts
 * const checked = validateReport(json);
 * if (checked.isErr()) console.error(checked.error.issues);
 * ```
 */
export function validateReport(input: unknown): Result<Report, UnforcedError> {
  return validate(Report, input);
}
