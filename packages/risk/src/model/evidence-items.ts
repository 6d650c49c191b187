import type { AuditFinding, Finding, Grievance, IloIndicator, Severity, StandardRef } from '@unforced/core';
import { severityFromRbaGrade } from '@unforced/core';
import type { EvidenceItemRef } from '../assessment/assessment-schema.js';
import { dayNumber } from '../internal/civil-days.js';
import type { RiskPolicy } from '../policy/policy-schema.js';
import { round4 } from './factor-draft.js';

/** One piece of evidence, weighed as of `asOf`. */
export interface EvidenceItem {
  readonly ref: EvidenceItemRef;
  readonly groupKey: string;
  readonly groupLabel: string;
  readonly detail: string;
  /** The finding's own confidence (1 when certain). */
  readonly confidence: number;
  readonly indicators: readonly IloIndicator[];
  readonly standards: readonly StandardRef[];
  /** Raw points (unrounded; `ref.points` is the rounded copy for display). */
  readonly points: number;
  /** The check area of a finding (the first segment of its code). */
  readonly area: string | null;
}

/**
 * How much of its weight evidence `ageDays` old keeps: `0.5 ^ (age / halfLife)`, 1 when not yet old.
 *
 * @example
 * ```ts
 * halfLifeDecay(730, 365); // 0.25
 * ```
 */
export function halfLifeDecay(ageDays: number, halfLifeDays: number): number {
  return ageDays <= 0 ? 1 : 0.5 ** (ageDays / halfLifeDays);
}

/**
 * The decay weight of evidence `ageDays` old ({@link halfLifeDecay}); an open item never weighs less
 * than `openMinimumWeight`; a closed one weighs `closedWeight` times its decayed weight.
 *
 * @example
 * ```ts
 * decayWeight(365, 365, true, 0.5, 0.25); // 0.5
 * ```
 */
function decayWeight(
  ageDays: number,
  halfLifeDays: number,
  open: boolean,
  openMinimumWeight: number,
  closedWeight: number,
): number {
  const decayed = halfLifeDecay(ageDays, halfLifeDays);
  return open ? Math.max(openMinimumWeight, decayed) : decayed * closedWeight;
}

function item(
  policy: RiskPolicy,
  asOfDay: number,
  fields: Omit<EvidenceItem, 'ref' | 'points'> & {
    source: EvidenceItemRef['source'];
    id: string;
    date: string;
    severity: Severity;
    basis: EvidenceItemRef['basis'];
    status: EvidenceItemRef['status'];
    halfLife: number;
    dismissed?: boolean;
  },
): EvidenceItem {
  const e = policy.evidence;
  const age = asOfDay - dayNumber(fields.date);
  const weight =
    fields.dismissed === true
      ? 0
      : decayWeight(age, fields.halfLife, fields.status === 'open', e.openMinimumWeight, e.closedWeight) *
        e.basisWeight[fields.basis] *
        fields.confidence;
  const points = e.severityPoints[fields.severity] * weight;
  return {
    ref: {
      source: fields.source,
      id: fields.id,
      date: fields.date,
      severity: fields.severity,
      basis: fields.basis,
      status: fields.status,
      weight: round4(weight),
      points: round4(points),
    },
    groupKey: fields.groupKey,
    groupLabel: fields.groupLabel,
    detail: fields.detail,
    confidence: fields.confidence,
    indicators: fields.indicators,
    standards: fields.standards,
    points,
    area: fields.area,
  };
}

/**
 * Turns findings, audit findings and grievances into weighed evidence items as of `asOfDay`. Findings
 * are open evidence at their own `asOf`; audit findings at their audit date (RBA grades mapped to the
 * severity scale); grievances at the date received, with the policy's grievance severity (a dismissed
 * grievance weighs nothing).
 *
 * @example
 * ```ts
 * evidenceItems(DEFAULT_RISK_POLICY, dayNumber('2026-11-22'), findings, audits, grievances);
 * ```
 */
export function evidenceItems(
  policy: RiskPolicy,
  asOfDay: number,
  findings: readonly Finding[],
  audits: readonly AuditFinding[],
  grievances: readonly Grievance[],
): EvidenceItem[] {
  const half = policy.evidence.halfLifeDays;
  const out: EvidenceItem[] = [];
  for (const f of findings)
    out.push(
      item(policy, asOfDay, {
        source: 'finding',
        id: `${f.code}@${f.subject.kind}:${f.subject.id}`,
        date: f.asOf,
        severity: f.severity,
        basis: f.basis,
        status: 'open',
        halfLife: half.finding,
        groupKey: `evidence:finding:${f.code}`,
        groupLabel: `Finding ${f.code}`,
        detail: f.message,
        confidence: f.confidence ?? 1,
        indicators: f.indicators,
        standards: f.standards,
        area: f.code.split('.')[0] ?? null,
      }),
    );
  for (const a of audits)
    out.push(
      item(policy, asOfDay, {
        source: 'audit',
        id: a.id,
        date: a.auditDate,
        severity: severityFromRbaGrade(a.grade),
        basis: 'observed',
        status: a.status,
        halfLife: half.audit,
        groupKey: `evidence:audit:${a.standard}/${a.clause}`,
        groupLabel: `Audit ${a.standard} ${a.clause}`,
        detail: a.description,
        confidence: 1,
        indicators: a.indicators,
        standards: [],
        area: null,
      }),
    );
  for (const g of grievances)
    out.push(
      item(policy, asOfDay, {
        source: 'grievance',
        id: g.id,
        date: g.receivedOn,
        severity: policy.evidence.grievanceSeverity,
        basis: 'observed',
        status: g.status === 'open' || g.status === 'in-progress' ? 'open' : 'closed',
        halfLife: half.grievance,
        dismissed: g.status === 'dismissed',
        groupKey: 'evidence:grievance',
        groupLabel: 'Grievances from worker-voice channels',
        detail: g.summary,
        confidence: 1,
        indicators: g.indicators,
        standards: [],
        area: null,
      }),
    );
  return out;
}
