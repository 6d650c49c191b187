import {
  type AsOf,
  addDaysIso,
  type DataEditionRef,
  type DueDiligenceStep,
  type EvidenceRef,
  type Finding,
  type FindingBasis,
  type FindingSubject,
  type IloIndicator,
  type IsoDate,
  type MetricValue,
  type Money,
  type Provenance,
  type Severity,
  type StandardRef,
} from '@unforced/core';
import { RECRUITMENT_METHODOLOGY, REMEDIATION_DAYS, type RemediationPeriod } from '../methodology.js';
import type { RecruitmentFindingCode } from './finding-codes.js';

const NO_METRICS: Readonly<Record<string, MetricValue>> = Object.freeze({});
const NO_EVIDENCE: readonly EvidenceRef[] = Object.freeze([]);

/** What a check says about one finding; the context adds `asOf`, provenance and the due date. */
export interface FindingSpec {
  readonly code: RecruitmentFindingCode;
  readonly severity: Severity;
  readonly indicators: readonly IloIndicator[];
  readonly subject: FindingSubject;
  readonly message: string;
  readonly metrics?: Readonly<Record<string, MetricValue>>;
  readonly standards: readonly StandardRef[];
  readonly remediation?: {
    readonly action: string;
    readonly period: RemediationPeriod;
    readonly step: DueDiligenceStep;
    readonly amount?: Money;
  };
  readonly basis?: FindingBasis;
  readonly confidence?: number;
  /** The finding rests on the legal fee-cap dataset, whose edition goes into its provenance. */
  readonly usesFeeCaps?: boolean;
}

/** Builds findings for one run: one `asOf`, one provenance, due dates computed once per period. */
export interface FindingContext {
  readonly asOf: AsOf;
  dueDate(period: RemediationPeriod): IsoDate;
  finding(spec: FindingSpec): Finding;
}

/**
 * Creates the finding builder of a run. Provenance objects and due dates are shared between findings
 * (they are never mutated), which keeps 100,000-worker runs small in memory.
 *
 * @example
 * ```ts
 * const ctx = createFindingContext('2026-11-22', { datasetId: 'recruitment-fee-caps', edition: '2026-11' });
 * ctx.dueDate('repay'); // '2027-02-20'
 * ```
 */
export function createFindingContext(asOf: AsOf, feeCapsEdition: DataEditionRef | undefined): FindingContext {
  const methodology = { id: RECRUITMENT_METHODOLOGY.id, version: RECRUITMENT_METHODOLOGY.version };
  const plain: Provenance = { methodology, dataEditions: [] };
  const withFeeCaps: Provenance = {
    methodology,
    dataEditions: feeCapsEdition === undefined ? [] : [feeCapsEdition],
  };
  // Every period's due date, worked out once per run (a handful of periods; read for most findings).
  const dueDates = Object.fromEntries(
    Object.entries(REMEDIATION_DAYS).map(([period, days]) => [period, addDaysIso(asOf, days)]),
  ) as Readonly<Record<RemediationPeriod, IsoDate>>;
  const dueDate = (period: RemediationPeriod): IsoDate => dueDates[period];
  return {
    asOf,
    dueDate,
    finding(spec) {
      // Findings are values: arrays and metrics are shared with the spec, never copied or mutated. Each
      // finding is one object literal with every field it will have (in the order of the JSON): a field
      // added afterwards would give it a second, out-of-object property store.
      const code = spec.code;
      const severity = spec.severity;
      const indicators = spec.indicators as IloIndicator[];
      const subject = spec.subject;
      const message = spec.message;
      const metrics = (spec.metrics ?? NO_METRICS) as Record<string, MetricValue>;
      const evidence = NO_EVIDENCE as EvidenceRef[];
      const standards = spec.standards as StandardRef[];
      const basis = spec.basis ?? 'observed';
      const provenance = spec.usesFeeCaps === true ? withFeeCaps : plain;
      const confidence = spec.confidence;
      const r = spec.remediation;
      if (r === undefined) {
        return confidence === undefined
          ? {
              code,
              severity,
              indicators,
              subject,
              message,
              metrics,
              evidence,
              standards,
              basis,
              asOf,
              provenance,
            }
          : {
              code,
              severity,
              indicators,
              subject,
              message,
              metrics,
              evidence,
              standards,
              basis,
              asOf,
              provenance,
              confidence,
            };
      }
      const remediation =
        r.amount === undefined
          ? { action: r.action, dueDate: dueDate(r.period), step: r.step }
          : { action: r.action, dueDate: dueDate(r.period), step: r.step, amount: r.amount };
      return confidence === undefined
        ? {
            code,
            severity,
            indicators,
            subject,
            message,
            metrics,
            evidence,
            standards,
            basis,
            asOf,
            provenance,
            remediation,
          }
        : {
            code,
            severity,
            indicators,
            subject,
            message,
            metrics,
            evidence,
            standards,
            basis,
            asOf,
            provenance,
            remediation,
            confidence,
          };
    },
  };
}
