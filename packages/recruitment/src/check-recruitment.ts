import {
  type DataEditionRef,
  type Finding,
  type IsoDate,
  parseDecimalRatio,
  type UnforcedError,
  type UnforcedIssue,
  validate,
} from '@unforced/core';
import { bundledReferenceData } from '@unforced/reference-data';
import type { Result } from 'neverthrow';
import { assessWorker, type WorkerAssessment } from './assess-worker.js';
import { createCostClassifier } from './classify/classify-cost.js';
import { assessFacility, type FacilityAssessment } from './facility/assess-facility.js';
import { FacilityTally } from './facility/facility-tally.js';
import { createFindingContext } from './findings/finding-context.js';
import type { ParsedWorker, ParsedWorkers, RecordError } from './input/parsed-workers.js';
import { parseWorkers } from './input/parsed-workers.js';
import { recordIssues } from './input/record-checks.js';
import { RECRUITMENT_METHODOLOGY } from './methodology.js';
import { RecruitmentOptions, type RecruitmentOptionsInput } from './options.js';
import { type CheckEnv, compareKeyed, createMonthAdder, type KeyedFinding } from './support/check-env.js';
import { createFxConverter } from './support/fx.js';

/**
 * Receives each worker's results as soon as they are made, in worker-id order, for batches too large to
 * hold every finding in memory (e.g. to write JSON Lines). With a sink, the report keeps only the
 * facility results and the errors.
 */
export interface RecruitmentSink {
  worker(assessment: WorkerAssessment, findings: readonly Finding[]): void;
}

/** A problem with a record or facility: `rejected` records were not assessed; `partial` ones were, in part. */
export interface RecruitmentError extends RecordError {
  readonly outcome: 'rejected' | 'partial';
}

/** Everything one run of the recruitment checks produced. */
export interface RecruitmentReport {
  readonly asOf: IsoDate;
  readonly methodology: { readonly id: string; readonly version: string };
  readonly dataEditions: readonly DataEditionRef[];
  /** Sorted by subject kind (facility, then worker), subject id, code, then the item concerned. */
  readonly findings: readonly Finding[];
  /** Sorted by worker id. */
  readonly workers: readonly WorkerAssessment[];
  /** Sorted by facility id. */
  readonly facilities: readonly FacilityAssessment[];
  /** Records rejected (with every issue) and records or facilities assessed only in part. */
  readonly errors: readonly RecruitmentError[];
}

const byString = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

function compareErrors(a: RecruitmentError, b: RecruitmentError): number {
  const ra = a.row ?? Number.MAX_SAFE_INTEGER;
  const rb = b.row ?? Number.MAX_SAFE_INTEGER;
  if (ra !== rb) return ra - rb;
  return byString(a.workerId ?? '', b.workerId ?? '') || byString(a.facilityId ?? '', b.facilityId ?? '');
}

/**
 * Why a record is not assessed (a repeated id, dates after `asOf`, overlapping payslips, an unknown loan
 * reference), with every issue; `undefined` when it can be assessed.
 */
function rejectionOf(entry: ParsedWorker, duplicate: boolean, asOf: IsoDate): RecruitmentError | undefined {
  const worker = entry.worker;
  const issues: UnforcedIssue[] = recordIssues(worker, asOf);
  if (duplicate)
    issues.unshift({
      code: 'DUPLICATE_ID',
      message: `worker id "${worker.id}" appears more than once in the batch`,
      path: ['id'],
    });
  return issues.length === 0
    ? undefined
    : { row: entry.row, workerId: worker.id, facilityId: worker.facilityId, issues, outcome: 'rejected' };
}

/**
 * Runs the recruitment-fee and debt-bondage checks on validated worker records (from
 * {@link parseWorkers}, `parseWorkersJson` or `parseWorkersCsv`). Records with dates after `asOf`,
 * overlapping payslips, unknown loan references or duplicate ids are rejected with every issue; the
 * others are assessed. The output is deterministic: the same input gives byte-identical JSON, whatever
 * the order of the records. Invalid options are the only error. With a `sink`, each worker's assessment
 * and findings go to the sink in worker-id order instead of into the report (whose `workers` is then
 * empty and whose `findings` are the facilities' only).
 *
 * @example
 * ```ts
 * const report = parseWorkers(records).andThen((parsed) => checkParsedWorkers(parsed, { asOf: '2026-11-22', fxRates }));
 * ```
 */
export function checkParsedWorkers(
  parsed: ParsedWorkers,
  options: RecruitmentOptionsInput,
  sink?: RecruitmentSink,
): Result<RecruitmentReport, UnforcedError> {
  return validate(RecruitmentOptions, options, ['options']).andThen((opts) =>
    parseDecimalRatio(opts.deductionShareLimit).map((limit) => {
      const feeCaps = opts.referenceData ?? bundledReferenceData();
      const edition = feeCaps.editionOf('feeCaps');
      const env: CheckEnv = {
        ctx: createFindingContext(opts.asOf, edition),
        fx: createFxConverter(opts.fxRates, opts.asOf, opts.fxMaxAgeDays),
        options: opts,
        feeCaps,
        classify: createCostClassifier(),
        addMonths: createMonthAdder(),
        deductionShareLimit: limit,
      };
      const errors: RecruitmentError[] = parsed.errors.map((e) => ({ ...e, outcome: 'rejected' }));
      // In id order; a repeated id then sits next to its twin, so no map of every id is needed. Each
      // record is screened just before it is assessed: one pass over the records, not two.
      const byId = parsed.workers.slice().sort((a, b) => byString(a.worker.id, b.worker.id));
      const workers: WorkerAssessment[] = [];
      const workerFindings: Finding[] = [];
      const byFacility = new Map<string, FacilityTally>();
      for (let w = 0; w < byId.length; w += 1) {
        const entry = byId[w] as ParsedWorker;
        const { worker, row } = entry;
        const duplicate = byId[w - 1]?.worker.id === worker.id || byId[w + 1]?.worker.id === worker.id;
        const rejected = rejectionOf(entry, duplicate, opts.asOf);
        if (rejected !== undefined) {
          errors.push(rejected);
          continue;
        }
        const { assessment, findings: keyed } = assessWorker(worker, env, row);
        if (sink === undefined) {
          workers.push(assessment);
          for (let i = 0; i < keyed.length; i += 1) workerFindings.push((keyed[i] as KeyedFinding).finding);
        } else {
          const out: Finding[] = new Array(keyed.length);
          for (let i = 0; i < keyed.length; i += 1) out[i] = (keyed[i] as KeyedFinding).finding;
          sink.worker(assessment, out);
        }
        // The facility's counts and totals are added up now: nothing of the worker is kept for them.
        let tally = byFacility.get(worker.facilityId);
        if (tally === undefined) {
          tally = new FacilityTally();
          byFacility.set(worker.facilityId, tally);
        }
        tally.add(assessment);
        if (assessment.issues.length > 0)
          errors.push({
            row,
            workerId: worker.id,
            facilityId: worker.facilityId,
            issues: assessment.issues,
            outcome: 'partial',
          });
      }
      const facilities: FacilityAssessment[] = [];
      const findings: Finding[] = [];
      for (const facilityId of [...byFacility.keys()].sort(byString)) {
        const assessed = assessFacility(facilityId, byFacility.get(facilityId) ?? new FacilityTally(), env);
        facilities.push(assessed.assessment);
        for (const f of assessed.findings.sort(compareKeyed)) findings.push(f.finding);
        if (assessed.issues.length > 0)
          errors.push({ facilityId, issues: assessed.issues, outcome: 'partial' });
      }
      for (const f of workerFindings) findings.push(f);
      return {
        asOf: opts.asOf,
        methodology: { ...RECRUITMENT_METHODOLOGY },
        dataEditions: edition === undefined ? [] : [edition],
        findings,
        workers,
        facilities,
        errors: errors.sort(compareErrors),
      };
    }),
  );
}

/**
 * Validates worker records given as objects (an array, or `{ workers: [...] }`) and runs the checks:
 * {@link parseWorkers} then {@link checkParsedWorkers}. A malformed record is reported in `errors` with
 * its row, id and every issue path; the other workers are still checked.
 *
 * @example
 * ```ts
 * const result = checkRecruitment(workers, { asOf: '2026-11-22', fxRates: [{ base: 'MYR', quote: 'NPR', rate: '28.35', date: '2026-11-20' }] });
 * if (result.isOk()) for (const f of result.value.findings) console.log(f.severity, f.code, f.message);
 * ```
 */
export function checkRecruitment(
  input: unknown,
  options: RecruitmentOptionsInput,
): Result<RecruitmentReport, UnforcedError> {
  return parseWorkers(input).andThen((parsed) => checkParsedWorkers(parsed, options));
}
