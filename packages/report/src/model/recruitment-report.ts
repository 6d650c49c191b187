import { addCodedIssue, CountryCode, Finding, IsoDate, Money, RbaGrade } from '@unforced/core';
import { z } from 'zod';
import { ReportAction } from './action.js';
import { Disclosure, ReportMeta } from './common.js';

/** The two RBA VAP 8.0.2 fee scenarios: fees not repaid within 90 days, or repaid within 90 days. */
export const FEE_SCENARIOS = ['not-reimbursed', 'reimbursed'] as const;

/**
 * Where the facility falls in the RBA VAP 8.0.2 fee rating matrix (A1 "Fees evaluation criteria"): the
 * scenario, the row (share of workers affected, 0 = fewest) and column (fee as a share of one month's gross
 * base wage, 0 = lowest band), and the grade. The recruitment checks work these out; the report shows them.
 *
 * @example
 * ```ts
 * FeeMatrixRating.parse({ scenario: 'not-reimbursed', row: 2, column: 2, grade: 'priority', workersAffectedShare: 0.12, feeShareOfMonthlyWage: 1.4 });
 * ```
 */
export const FeeMatrixRating = z
  .strictObject({
    scenario: z.enum(FEE_SCENARIOS),
    row: z.number().int().min(0).max(3),
    column: z.number().int().min(0).max(3),
    grade: RbaGrade,
    workersAffectedShare: z.number().min(0).max(1),
    /** The highest fee found, as a share of one month's gross base wage (1.4 = 140%). */
    feeShareOfMonthlyWage: z.number().nonnegative(),
  })
  .refine((r) => r.scenario === 'not-reimbursed' || (r.row <= 1 && r.column <= 2), {
    message: 'the reimbursed scenario has 2 rows and 3 columns',
  });

/** A facility's place in the RBA fee matrix. */
export type FeeMatrixRating = z.infer<typeof FeeMatrixRating>;

/**
 * One affected worker, by pseudonymous id. `name` and `identityDocumentNumber` may only be present when
 * the report's disclosure allows them (checked by {@link RecruitmentFeeReport}).
 *
 * @example
 * ```ts
 * FeeWorkerRow.parse({
 *   workerId: 'W-0193', origin: 'NP', feesPaid: { amountMinor: 15000000, currency: 'NPR' },
 *   monthlyWage: { amountMinor: 6500000, currency: 'NPR' }, feeMonthsOfWage: 2.31,
 *   remediationOwed: { amountMinor: 15000000, currency: 'NPR' }, dueDate: '2027-02-20',
 * });
 * ```
 */
export const FeeWorkerRow = z.strictObject({
  workerId: z.string().min(1),
  name: z.string().min(1).optional(),
  identityDocumentNumber: z.string().min(1).optional(),
  origin: CountryCode.optional(),
  recruiter: z.string().min(1).optional(),
  feesPaid: Money,
  monthlyWage: Money,
  /** Fees as months of gross base wage (2.31 = 2.31 months). */
  feeMonthsOfWage: z.number().nonnegative(),
  remediationOwed: Money,
  repaid: Money.optional(),
  dueDate: IsoDate,
});

/** One affected worker. */
export type FeeWorkerRow = z.infer<typeof FeeWorkerRow>;

/**
 * A recruitment-fee audit of one facility (report type 3): the RBA fee matrix, the workers affected
 * (pseudonymous ids only unless disclosed), the fee burden in months of wages, the remediation owed per
 * worker and in total (per currency), and due dates.
 *
 * @example
 * ```ts
 * RecruitmentFeeReport.parse({
 *   type: 'recruitment-fee-audit',
 *   meta: { title: 'Recruitment-fee audit', asOf: '2026-11-22', dataEditions: [], methodologies: [{ id: 'unforced/recruitment', version: '0.1.0' }] },
 *   facility: { id: 'FAC-01', name: 'Glove plant 2', country: 'MY' },
 *   sample: { workersInSample: 120, workersAffected: 0 },
 *   workers: [],
 * });
 * ```
 */
export const RecruitmentFeeReport = z
  .strictObject({
    type: z.literal('recruitment-fee-audit'),
    meta: ReportMeta,
    disclosure: Disclosure.default({ workerNames: false, documentNumbers: false }),
    facility: z.strictObject({
      id: z.string().min(1),
      name: z.string().min(1),
      country: CountryCode,
      supplierName: z.string().min(1).optional(),
    }),
    summary: z.string().min(1).optional(),
    sample: z
      .strictObject({
        workersInSample: z.number().int().nonnegative(),
        workersAffected: z.number().int().nonnegative(),
      })
      .refine((s) => s.workersAffected <= s.workersInSample, {
        message: 'workersAffected cannot exceed workersInSample',
      }),
    rating: FeeMatrixRating.optional(),
    workers: z.array(FeeWorkerRow),
    findings: z.array(Finding).default([]),
    actions: z.array(ReportAction).default([]),
  })
  .superRefine((report, ctx) => {
    report.workers.forEach((worker, index) => {
      if (worker.name !== undefined && !report.disclosure.workerNames)
        addCodedIssue(ctx, 'DISCLOSURE_REQUIRED', 'a worker name needs disclosure.workerNames = true', [
          'workers',
          index,
          'name',
        ]);
      if (worker.identityDocumentNumber !== undefined && !report.disclosure.documentNumbers)
        addCodedIssue(
          ctx,
          'DISCLOSURE_REQUIRED',
          'a document number needs disclosure.documentNumbers = true',
          ['workers', index, 'identityDocumentNumber'],
        );
    });
  });

/** A recruitment-fee audit report. */
export type RecruitmentFeeReport = z.output<typeof RecruitmentFeeReport>;

/** A recruitment-fee audit report as callers may write it. */
export type RecruitmentFeeReportInput = z.input<typeof RecruitmentFeeReport>;
