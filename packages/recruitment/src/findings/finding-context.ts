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
  /**
   * What {@link FindingContext.finding} builds from a spec with these fields, an `observed` basis, no
   * confidence and no fee-cap data, made without the spec object: for the checks that make a finding
   * for every cost or deduction of a batch.
   */
  observedFinding(
    code: RecruitmentFindingCode,
    severity: Severity,
    indicators: readonly IloIndicator[],
    subject: FindingSubject,
    message: string,
    metrics: Readonly<Record<string, MetricValue>>,
    standards: readonly StandardRef[],
    remediation: Remedy | undefined,
  ): Finding;
  /** A finding's remediation, due at the end of `period` after `asOf`, for {@link observedFinding}. */
  remedy(action: string, period: RemediationPeriod, step: DueDiligenceStep): Remedy;
}

/** A finding's remediation as it appears in the finding (with its due date). */
export type Remedy = NonNullable<Finding['remediation']>;

/**
 * A finding as one object literal with every field it will have, in the order of the JSON (a field added
 * afterwards would give the object a second, out-of-object property store). Arrays and metrics are
 * shared, never copied: findings are values.
 */
function buildFinding(
  code: Finding['code'],
  severity: Severity,
  indicators: IloIndicator[],
  subject: FindingSubject,
  message: string,
  metrics: Record<string, MetricValue>,
  standards: StandardRef[],
  basis: FindingBasis,
  asOf: AsOf,
  provenance: Provenance,
  remediation: Finding['remediation'],
  confidence: number | undefined,
): Finding {
  const evidence = NO_EVIDENCE as EvidenceRef[];
  if (remediation === undefined)
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
    observedFinding(code, severity, indicators, subject, message, metrics, standards, remediation) {
      return buildFinding(
        code,
        severity,
        indicators as IloIndicator[],
        subject,
        message,
        metrics as Record<string, MetricValue>,
        standards as StandardRef[],
        'observed',
        asOf,
        plain,
        remediation,
        undefined,
      );
    },
    remedy(action, period, step) {
      return { action, dueDate: dueDate(period), step };
    },
    finding(spec) {
      // Small enough for V8 to inline into each check, so that the spec's fields are read where the spec
      // is made (one shape per call site) rather than at one load site that sees every check's shape.
      const r = spec.remediation;
      return buildFinding(
        spec.code,
        spec.severity,
        spec.indicators as IloIndicator[],
        spec.subject,
        spec.message,
        (spec.metrics ?? NO_METRICS) as Record<string, MetricValue>,
        spec.standards as StandardRef[],
        spec.basis ?? 'observed',
        asOf,
        spec.usesFeeCaps === true ? withFeeCaps : plain,
        r === undefined
          ? undefined
          : r.amount === undefined
            ? { action: r.action, dueDate: dueDate(r.period), step: r.step }
            : { action: r.action, dueDate: dueDate(r.period), step: r.step, amount: r.amount },
        spec.confidence,
      );
    },
  };
}
