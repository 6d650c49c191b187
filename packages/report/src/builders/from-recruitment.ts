import { type Finding, type Money, UnforcedError, validate, type WorkerRecord } from '@unforced/core';
import type { FacilityAssessment, FeeMatrixRating, RecruitmentReport } from '@unforced/recruitment';
import { err, type Result } from 'neverthrow';
import {
  type FeeWorkerRow,
  RecruitmentFeeReport,
  type RecruitmentFeeReportInput,
} from '../model/recruitment-report.js';
import { actionsFromFindings } from './actions-from-findings.js';
import { type BuildReportOptions, metaExtras } from './report-options.js';

/** What {@link recruitmentReportFromCheck} needs besides the check's output. */
export interface RecruitmentReportOptions extends BuildReportOptions {
  /** The facility to report on (one report per facility). */
  readonly facilityId: string;
  /** The worker records that were checked, for wages, origins and recruiters (others are ignored). */
  readonly workers: readonly WorkerRecord[];
  /** How the facility is named in the report (default: its id) and its country (default: where its workers work). */
  readonly facility?: { readonly name?: string; readonly country?: string; readonly supplierName?: string };
}

const SCENARIO = {
  'not-repaid-within-90-days': 'not-reimbursed',
  'repaid-within-90-days': 'reimbursed',
} as const;
const BAND_COLUMN: Readonly<Record<string, number>> = {
  'below-5': 0,
  '5-to-100': 1,
  '100-to-150': 2,
  '100-plus': 2,
  '150-plus': 3,
};

function matrixCell(rating: FeeMatrixRating, feeShare: number) {
  if (rating.grade === undefined || rating.sampleSize === 0) return undefined;
  const worst = rating.columns.filter((c) => c.grade === rating.grade).at(-1) ?? rating.columns.at(-1);
  if (worst === undefined) return undefined;
  return {
    scenario: SCENARIO[rating.scenario],
    row: worst.row - 1,
    column: BAND_COLUMN[worst.band] ?? 0,
    grade: rating.grade,
    workersAffectedShare: Math.min(1, rating.affectedWorkers / rating.sampleSize),
    feeShareOfMonthlyWage: feeShare,
  };
}

function zero(currency: string): Money {
  return { amountMinor: 0, currency };
}

/**
 * Builds a recruitment-fee audit report (report type 3) for one facility from the output of
 * `@unforced/recruitment`'s `checkRecruitment` / `checkParsedWorkers`: the RBA VAP 8.0.2 fee matrix cell
 * (the scenario with fees not repaid within 90 days when any, else the repaid scenario), every worker who
 * bore fees by pseudonymous id with the fees in months of wage and the remediation owed (in the employer's
 * currency when it could be converted), the facility's findings and its workers', and one action per
 * finding code. Worker names and document numbers are never copied.
 *
 * @example
 * ```ts
 * const check = checkRecruitment(workers, { asOf: '2026-11-22', fxRates })._unsafeUnwrap();
 * const report = recruitmentReportFromCheck(check, { facilityId: 'FAC-MY-01', workers });
 * ```
 */
export function recruitmentReportFromCheck(
  check: RecruitmentReport,
  options: RecruitmentReportOptions,
): Result<RecruitmentFeeReport, UnforcedError> {
  const facility = check.facilities.find((f) => f.facilityId === options.facilityId);
  if (facility === undefined)
    return err(
      new UnforcedError('UNKNOWN_REFERENCE', `no facility "${options.facilityId}" in the check's results`, {
        path: ['facilityId'],
      }),
    );
  const records = new Map(options.workers.map((w) => [w.id, w]));
  const assessed = check.workers.filter((w) => w.facilityId === facility.facilityId);
  const rows: FeeWorkerRow[] = [];
  for (const w of assessed) {
    const burden = w.feeBurden;
    const record = records.get(w.workerId);
    if (burden === undefined || record === undefined) continue;
    const wage = record.contract.monthlyGrossBaseWage;
    const owed =
      w.remediation.inEmployerCurrency ??
      w.remediation.inWorkerCurrency ??
      w.remediation.byCurrency[0] ??
      zero(wage.currency);
    rows.push({
      workerId: w.workerId,
      origin: record.originCountry,
      ...(record.recruiterIds[0] === undefined ? {} : { recruiter: record.recruiterIds.join(', ') }),
      feesPaid: burden.charged ?? zero(wage.currency),
      monthlyWage: wage,
      feeMonthsOfWage: burden.monthsOfWage ?? 0,
      remediationOwed: owed,
      dueDate: w.remediation.dueDate,
    });
  }
  const findings = check.findings.filter((f) => concerns(f, facility, assessed));
  const input: RecruitmentFeeReportInput = {
    type: 'recruitment-fee-audit',
    meta: {
      title: options.title ?? 'Recruitment-fee audit',
      asOf: check.asOf,
      dataEditions: [...check.dataEditions],
      methodologies: [check.methodology],
      ...metaExtras(options),
    },
    facility: {
      id: facility.facilityId,
      name: options.facility?.name ?? facility.facilityId,
      country:
        options.facility?.country ?? records.get(assessed[0]?.workerId ?? '')?.destinationCountry ?? '',
      ...(options.facility?.supplierName === undefined
        ? {}
        : { supplierName: options.facility.supplierName }),
    },
    summary: summaryOf(facility, rows.length),
    sample: {
      workersInSample: facility.sampleSize,
      workersAffected: Math.min(rows.length, facility.sampleSize),
    },
    workers: rows,
    findings: [...(options.findings ?? []), ...findings],
    actions: actionsFromFindings(findings),
  };
  const feeShare = Math.max(0, ...rows.map((r) => r.feeMonthsOfWage));
  const cell =
    matrixCell(facility.feeRating.notRepaid, feeShare) ?? matrixCell(facility.feeRating.repaid, feeShare);
  return validate(RecruitmentFeeReport, cell === undefined ? input : { ...input, rating: cell });
}

function concerns(
  f: Finding,
  facility: FacilityAssessment,
  workers: readonly { workerId: string }[],
): boolean {
  if (f.subject.kind === 'facility') return f.subject.id === facility.facilityId;
  if (f.subject.kind === 'worker') return workers.some((w) => w.workerId === f.subject.id);
  return false;
}

function summaryOf(facility: FacilityAssessment, affected: number): string {
  const grade = facility.feeRating.notRepaid.grade ?? facility.feeRating.repaid.grade;
  const owed = facility.remediation.workersOwed;
  return `${affected} of ${facility.sampleSize} sampled workers bore recruitment fees or related costs${
    grade === undefined ? '' : `; RBA fee rating ${grade}`
  }; ${owed} worker(s) are owed remediation by ${facility.remediation.dueDate}. ${
    facility.documentsRetained.workers
  } worker(s) had identity documents retained.`;
}
