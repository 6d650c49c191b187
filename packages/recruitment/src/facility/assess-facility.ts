import {
  type FindingSubject,
  type IsoDate,
  type Money,
  severityFromRbaGrade,
  type UnforcedIssue,
} from '@unforced/core';
import { CITATIONS } from '../findings/citations.js';
import { type FeeMatrixRating, rateFeeMatrix } from '../rba/facility-fee-rating.js';
import type { CheckEnv, KeyedFinding } from '../support/check-env.js';
import { formatTotals, metricRatio, percent } from '../support/wording.js';
import type { FacilityTally } from './facility-tally.js';

/** What the employer owes the sampled workers of one facility. */
export interface FacilityRemediation {
  readonly workersOwed: number;
  /** Exact totals per currency of every worker's remediation, sorted by currency. */
  readonly byCurrency: readonly Money[];
  /** Totals of the workers' remediation in the employer's currency (one entry per employer currency). */
  readonly inEmployerCurrency: readonly Money[];
  /** Workers owed money whose total could not be converted (a missing FX rate). */
  readonly workersWithoutConversion: number;
  readonly dueDate: IsoDate;
}

/** A facility's results: the RBA fee rating in both scenarios, document retention and remediation totals. */
export interface FacilityAssessment {
  readonly facilityId: string;
  /** The RBA sample size: the caller's, or the facility's assessed worker records. */
  readonly sampleSize: number;
  readonly workersAssessed: number;
  readonly feeRating: { readonly notRepaid: FeeMatrixRating; readonly repaid: FeeMatrixRating };
  readonly documentsRetained: { readonly workers: number; readonly share: number };
  readonly remediation: FacilityRemediation;
}

/** The outcome of {@link assessFacility}. */
export interface AssessedFacility {
  readonly assessment: FacilityAssessment;
  readonly findings: KeyedFinding[];
  readonly issues: UnforcedIssue[];
}

function remediationOf(tally: FacilityTally, env: CheckEnv): FacilityRemediation {
  const amounts = tally.owedByCurrency.amounts();
  const inEmployer = tally.owedInEmployerCurrency.amounts();
  return {
    workersOwed: tally.workersOwed,
    byCurrency: amounts.isOk() ? amounts.value : [],
    inEmployerCurrency: inEmployer.isOk() ? inEmployer.value : [],
    workersWithoutConversion: tally.workersWithoutConversion,
    dueDate: env.ctx.dueDate('repay'),
  };
}

function ratingFinding(
  rating: FeeMatrixRating,
  subject: FindingSubject,
  env: CheckEnv,
): KeyedFinding | undefined {
  if (rating.grade === undefined) return undefined;
  const notRepaid = rating.scenario === 'not-repaid-within-90-days';
  const cells = rating.columns
    .map((c) => `${c.band}: ${c.workersAtOrAbove} worker(s), row ${c.row}, ${c.grade}`)
    .join('; ');
  return {
    key: rating.scenario,
    finding: env.ctx.finding({
      code: notRepaid ? 'recruitment.rba.fee-rating.not-repaid' : 'recruitment.rba.fee-rating.repaid',
      severity: severityFromRbaGrade(rating.grade),
      indicators: [],
      subject,
      message: `${rating.affectedWorkers} of ${rating.sampleSize} sampled workers (${percent(rating.affectedWorkers / rating.sampleSize)}) paid fees ${notRepaid ? 'not repaid' : 'repaid'} within 90 days; RBA fee rating ${rating.grade} (${cells}).${rating.workersWithUnknownBand > 0 ? ` ${rating.workersWithUnknownBand} worker(s) could not be placed in a band for want of an FX rate and count in the lowest column only.` : ''}`,
      metrics: {
        scenario: rating.scenario,
        rbaGrade: rating.grade,
        affectedWorkers: rating.affectedWorkers,
        sampleSize: rating.sampleSize,
        affectedShare: metricRatio(rating.affectedWorkers, rating.sampleSize),
        workersWithUnknownBand: rating.workersWithUnknownBand,
        cells,
      },
      standards: [CITATIONS.rbaFeeMatrix, ...(notRepaid ? [] : [CITATIONS.rbaRepay90])],
      remediation: notRepaid
        ? {
            action: 'Repay every worker the fees they paid and stop charging fees.',
            period: 'repay',
            step: 'remediate',
          }
        : {
            action: 'Stop fees from being charged in the first place (recruiter contracts, audits).',
            period: 'repay',
            step: 'prevent',
          },
    }),
  };
}

/**
 * Facility-level results over its assessed workers: the RBA VAP 8.0.2 A1 fee rating for fees not repaid
 * within 90 days and for fees repaid within 90 days ({@link rateFeeMatrix}), the share of workers whose
 * documents are retained, and the remediation owed in total. The sample size is the caller's
 * `sampleSizes[facilityId]`, or the number of the facility's worker records assessed; a caller's sample
 * smaller than that is an `OUT_OF_RANGE` issue and the record count is used.
 *
 * @example
 * ```ts
 * assessFacility('FAC-1', tally, env).assessment.feeRating.notRepaid.grade; // 'priority'
 * ```
 */
export function assessFacility(facilityId: string, tally: FacilityTally, env: CheckEnv): AssessedFacility {
  const issues: UnforcedIssue[] = [];
  const assessed = tally.workersAssessed;
  const given = env.options.sampleSizes?.[facilityId];
  let sampleSize = given ?? assessed;
  if (sampleSize < assessed) {
    issues.push({
      code: 'OUT_OF_RANGE',
      message: `the sample size ${sampleSize} given for facility ${facilityId} is smaller than its ${assessed} assessed worker records, which are used instead`,
      path: ['sampleSizes', facilityId],
    });
    sampleSize = assessed;
  }
  const rating = {
    notRepaid: rateFeeMatrix(tally.notRepaidBands, sampleSize, 'not-repaid-within-90-days'),
    repaid: rateFeeMatrix(tally.repaidBands, sampleSize, 'repaid-within-90-days'),
  };
  const retained = tally.documentsRetained;
  const assessment: FacilityAssessment = {
    facilityId,
    sampleSize,
    workersAssessed: assessed,
    feeRating: rating,
    documentsRetained: { workers: retained, share: metricRatio(retained, sampleSize) },
    remediation: remediationOf(tally, env),
  };
  const subject: FindingSubject = { kind: 'facility', id: facilityId };
  const findings: KeyedFinding[] = [];
  for (const r of [rating.notRepaid, rating.repaid]) {
    const f = ratingFinding(r, subject, env);
    if (f !== undefined) findings.push(f);
  }
  if (retained > 0)
    findings.push({
      key: '',
      finding: env.ctx.finding({
        code: 'recruitment.documents.retained-at-facility',
        severity: 'critical',
        indicators: ['retention-of-identity-documents'],
        subject,
        message: `Identity documents of ${retained} of ${sampleSize} sampled workers (${percent(retained / sampleSize)}) are held without consent or without access within 12 hours.`,
        metrics: { workers: retained, sampleSize, share: assessment.documentsRetained.share },
        standards: [CITATIONS.rbaDocuments, CITATIONS.indicatorDocuments],
        remediation: {
          action: 'Return every retained document and give workers lockable storage.',
          period: 'documents',
          step: 'bring-to-end',
        },
      }),
    });
  const owed = assessment.remediation;
  if (owed.workersOwed > 0) {
    const single =
      owed.inEmployerCurrency.length === 1 && owed.workersWithoutConversion === 0
        ? owed.inEmployerCurrency[0]
        : undefined;
    const total = formatTotals(
      owed.inEmployerCurrency.length > 0 ? owed.inEmployerCurrency : owed.byCurrency,
    );
    findings.push({
      key: '',
      finding: env.ctx.finding({
        code: 'recruitment.remediation.facility-total',
        severity: 'high',
        indicators: [],
        subject,
        message: `The employer owes ${owed.workersOwed} sampled worker(s) ${total}${owed.workersWithoutConversion > 0 ? `, plus amounts for ${owed.workersWithoutConversion} worker(s) that could not be converted` : ''}, due by ${owed.dueDate}.`,
        metrics: {
          workersOwed: owed.workersOwed,
          owedByCurrency: formatTotals(owed.byCurrency),
          workersWithoutConversion: owed.workersWithoutConversion,
        },
        standards: [CITATIONS.rbaRepay90, CITATIONS.generalPrinciple7],
        remediation: {
          action: `Repay the ${owed.workersOwed} worker(s) what each is owed.`,
          period: 'repay',
          step: 'remediate',
          ...(single === undefined ? {} : { amount: single }),
        },
      }),
    });
  }
  return { assessment, findings, issues };
}
