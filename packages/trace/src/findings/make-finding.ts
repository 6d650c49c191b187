import {
  addDaysIso,
  type DataEditionRef,
  type DueDiligenceStep,
  type Finding,
  type FindingSubject,
  type IloIndicator,
  type MetricValue,
  type Severity,
  type StandardRef,
} from '@unforced/core';
import { TRACE_METHODOLOGY } from '../methodology.js';

/** What every finding of one analysis shares: its date and the data editions it read. */
export interface FindingContext {
  readonly asOf: string;
  readonly dataEditions: readonly DataEditionRef[];
}

/** The parts of a finding a rule decides. */
export interface FindingSpec {
  readonly code: string;
  readonly severity: Severity;
  readonly subject: FindingSubject;
  readonly message: string;
  readonly metrics?: Record<string, MetricValue>;
  readonly standards: readonly StandardRef[];
  readonly remediation: { readonly action: string; readonly step: DueDiligenceStep; readonly days: number };
  readonly basis?: 'observed' | 'inferred';
  readonly indicators?: readonly IloIndicator[];
  readonly confidence?: number;
}

const DUE_DATES = new WeakMap<FindingContext, Map<number, string>>();

function dueDate(context: FindingContext, days: number): string {
  let dates = DUE_DATES.get(context);
  if (dates === undefined) {
    dates = new Map();
    DUE_DATES.set(context, dates);
  }
  let date = dates.get(days);
  if (date === undefined) {
    date = addDaysIso(context.asOf, days);
    dates.set(days, date);
  }
  return date;
}

/**
 * Builds a {@link Finding} of the trace package: remediation due `days` after `asOf`, provenance with
 * the trace methodology and the data editions read, evidence empty (the events are named in metrics).
 *
 * @example
 * ```ts
 * makeFinding(context, { code: 'trace.custody.gap', severity: 'high', … });
 * ```
 */
export function makeFinding(context: FindingContext, spec: FindingSpec): Finding {
  const finding: Finding = {
    code: spec.code,
    severity: spec.severity,
    indicators: [...(spec.indicators ?? [])],
    subject: spec.subject,
    message: spec.message,
    metrics: spec.metrics ?? {},
    evidence: [],
    standards: [...spec.standards],
    remediation: {
      action: spec.remediation.action,
      step: spec.remediation.step,
      dueDate: dueDate(context, spec.remediation.days),
    },
    basis: spec.basis ?? 'observed',
    asOf: context.asOf,
    provenance: {
      methodology: { id: TRACE_METHODOLOGY.id, version: TRACE_METHODOLOGY.version },
      dataEditions: [...context.dataEditions],
    },
  };
  if (spec.confidence !== undefined) finding.confidence = spec.confidence;
  return finding;
}

/**
 * Orders findings deterministically: by code, subject kind, subject id, then message.
 *
 * @example
 * ```ts
 * findings.sort(compareFindings);
 * ```
 */
export function compareFindings(a: Finding, b: Finding): number {
  return (
    cmp(a.code, b.code) ||
    cmp(a.subject.kind, b.subject.kind) ||
    cmp(a.subject.id, b.subject.id) ||
    cmp(a.message, b.message)
  );
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
