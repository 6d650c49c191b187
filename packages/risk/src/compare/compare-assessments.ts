import { type DataEditionRef, UnforcedError } from '@unforced/core';
import { err, ok, type Result } from 'neverthrow';
import type { Assessment, Contribution } from '../assessment/assessment-schema.js';
import { editionKey } from '../model/model-context.js';
import type { RiskTier } from '../policy/policy-schema.js';

/**
 * Why a score moved between two assessments.
 *
 * @example
 * ```ts
 * comparison.changes.filter((c) => c.kind === CHANGE_KINDS[2]); // evidence that aged
 * ```
 */
export const CHANGE_KINDS = [
  'new-evidence',
  'evidence-removed',
  'evidence-aged',
  'evidence-status-changed',
  'mitigation-added',
  'mitigation-removed',
  'mitigation-expired',
  'context-changed',
  'data-edition-changed',
  'floor-applied',
  'floor-lifted',
  'rescaled',
  'policy-changed',
  'methodology-changed',
] as const;

/** A kind of change. */
export type ChangeKind = (typeof CHANGE_KINDS)[number];

/**
 * One change: its kind, the factor it concerns (`null` for policy, methodology and edition changes
 * that concern the whole assessment), the factor's tenths before and after, and why, in words.
 */
export interface AssessmentChange {
  readonly kind: ChangeKind;
  readonly factor: string | null;
  readonly tenthsBefore: number;
  readonly tenthsAfter: number;
  readonly deltaTenths: number;
  readonly explanation: string;
}

/**
 * What changed between two assessments of one supplier, and why. The `deltaTenths` of the factor
 * changes add up exactly to the change in score (contributions add up to the score on both sides).
 */
export interface AssessmentComparison {
  readonly supplierId: string;
  readonly asOfBefore: string;
  readonly asOfAfter: string;
  readonly scoreTenthsBefore: number;
  readonly scoreTenthsAfter: number;
  readonly deltaTenths: number;
  readonly tierBefore: RiskTier;
  readonly tierAfter: RiskTier;
  readonly confidenceBefore: number;
  readonly confidenceAfter: number;
  readonly changes: readonly AssessmentChange[];
  readonly summary: string;
}

const GROUP_ORDER = { inherent: 0, evidence: 1, mitigation: 2, floor: 3 } as const;

function editionChanges(before: readonly DataEditionRef[], after: readonly DataEditionRef[]): string[] {
  const b = new Map(before.map((e) => [e.datasetId, e.edition]));
  const a = new Map(after.map((e) => [e.datasetId, e.edition]));
  const out: string[] = [];
  for (const id of [...new Set([...b.keys(), ...a.keys()])].sort()) {
    const x = b.get(id);
    const y = a.get(id);
    if (x === y) continue;
    out.push(
      x === undefined
        ? `${id} added (${y})`
        : y === undefined
          ? `${id} removed (was ${x})`
          : `${id}: ${x} → ${y}`,
    );
  }
  return out;
}

function itemKeys(c: Contribution | undefined): Map<string, string> {
  return new Map((c?.evidence ?? []).map((e) => [`${e.source}:${e.id}:${e.date}`, e.status]));
}

function factorChange(
  before: Assessment,
  after: Assessment,
  b: Contribution | undefined,
  a: Contribution | undefined,
): AssessmentChange | undefined {
  const c = (a ?? b) as Contribution;
  const tb = b?.tenths ?? 0;
  const ta = a?.tenths ?? 0;
  const base = { factor: c.factor, tenthsBefore: tb, tenthsAfter: ta, deltaTenths: ta - tb };
  const editionsMoved = (x: Contribution | undefined, y: Contribution | undefined) =>
    (x?.dataEditions ?? []).map(editionKey).join('|') !== (y?.dataEditions ?? []).map(editionKey).join('|');
  if (c.group === 'evidence') {
    const kb = itemKeys(b);
    const ka = itemKeys(a);
    const added = [...ka.keys()].filter((k) => !kb.has(k));
    const removed = [...kb.keys()].filter((k) => !ka.has(k));
    const reclosed = [...ka.keys()].filter((k) => kb.has(k) && kb.get(k) !== ka.get(k));
    if (added.length > 0)
      return {
        ...base,
        kind: 'new-evidence',
        explanation: `${c.label}: ${added.length} new item(s): ${added.join(', ')}`,
      };
    if (removed.length > 0)
      return {
        ...base,
        kind: 'evidence-removed',
        explanation: `${c.label}: ${removed.length} item(s) no longer given: ${removed.join(', ')}`,
      };
    if (reclosed.length > 0)
      return {
        ...base,
        kind: 'evidence-status-changed',
        explanation: `${c.label}: status changed for ${reclosed.join(', ')}`,
      };
    if (a !== undefined && b !== undefined && a.rawPoints < b.rawPoints && after.asOf > before.asOf)
      return {
        ...base,
        kind: 'evidence-aged',
        explanation: `${c.label}: evidence aged from ${before.asOf} to ${after.asOf} (${b.rawPoints} → ${a.rawPoints} points before caps)`,
      };
  }
  if (c.group === 'mitigation') {
    const kind = c.factor.slice('mitigation:'.length);
    if (b === undefined) return { ...base, kind: 'mitigation-added', explanation: `${c.label} now in force` };
    if (a === undefined) {
      const expired = after.mitigations.some((m) => m.kind === kind && m.status === 'expired');
      return expired
        ? { ...base, kind: 'mitigation-expired', explanation: `${c.label} expired by ${after.asOf}` }
        : { ...base, kind: 'mitigation-removed', explanation: `${c.label} no longer given` };
    }
  }
  if (c.group === 'floor') {
    if (b === undefined)
      return { ...base, kind: 'floor-applied', explanation: `lifted to the critical tier: ${c.detail}` };
    if (a === undefined)
      return { ...base, kind: 'floor-lifted', explanation: 'no longer lifted to the critical tier' };
  }
  if (c.group === 'inherent' && (a === undefined || b === undefined || a.rawPoints !== b.rawPoints)) {
    const moved =
      editionsMoved(b, a) ||
      (a === undefined || b === undefined
        ? editionChanges(before.provenance.dataEditions, after.provenance.dataEditions).length > 0 &&
          c.dataEditions.length > 0
        : false);
    return {
      ...base,
      kind: moved ? 'data-edition-changed' : 'context-changed',
      explanation: `${c.label}: ${b === undefined ? 'new factor' : `${b.rawPoints} points`} → ${a === undefined ? 'gone' : `${a.rawPoints} points`} (${a?.detail ?? b?.detail ?? ''})`,
    };
  }
  if (ta === tb) return undefined;
  if (b === undefined) return { ...base, kind: 'new-evidence', explanation: `${c.label}: new` };
  if (a === undefined) return { ...base, kind: 'evidence-removed', explanation: `${c.label}: gone` };
  return {
    ...base,
    kind: 'rescaled',
    explanation: `${c.label}: same input, a different share after caps, mitigations or rounding`,
  };
}

/**
 * Compares two assessments of the same supplier and explains what changed and why: new or removed
 * evidence, evidence that aged or was closed, mitigations added, removed or expired, context or data
 * editions that changed, the critical floor applied or lifted, and policy or methodology versions.
 * Two different suppliers are an `UNKNOWN_REFERENCE` error.
 *
 * @example
 * ```ts
 * compareAssessments(lastYear, today)._unsafeUnwrap().changes.map((c) => `${c.kind}: ${c.explanation}`);
 * ```
 */
export function compareAssessments(
  before: Assessment,
  after: Assessment,
): Result<AssessmentComparison, UnforcedError> {
  if (before.supplierId !== after.supplierId)
    return err(
      new UnforcedError(
        'UNKNOWN_REFERENCE',
        `cannot compare supplier "${before.supplierId}" with "${after.supplierId}"`,
        {
          path: ['after', 'supplierId'],
        },
      ),
    );
  const changes: AssessmentChange[] = [];
  const whole = (kind: ChangeKind, explanation: string) =>
    changes.push({ kind, factor: null, tenthsBefore: 0, tenthsAfter: 0, deltaTenths: 0, explanation });
  const pb = before.provenance;
  const pa = after.provenance;
  if (pb.methodology.id !== pa.methodology.id || pb.methodology.version !== pa.methodology.version)
    whole(
      'methodology-changed',
      `${pb.methodology.id}@${pb.methodology.version} → ${pa.methodology.id}@${pa.methodology.version}`,
    );
  if (pb.policy.id !== pa.policy.id || pb.policy.version !== pa.policy.version)
    whole('policy-changed', `${pb.policy.id}@${pb.policy.version} → ${pa.policy.id}@${pa.policy.version}`);
  const editions = editionChanges(pb.dataEditions, pa.dataEditions);
  if (editions.length > 0) whole('data-edition-changed', editions.join('; '));
  const mb = new Map(before.contributions.map((c) => [c.factor, c]));
  const ma = new Map(after.contributions.map((c) => [c.factor, c]));
  const factors = [...new Set([...mb.keys(), ...ma.keys()])];
  const groupOf = (f: string) => GROUP_ORDER[(ma.get(f) ?? mb.get(f) ?? { group: 'floor' as const }).group];
  factors.sort((x, y) => groupOf(x) - groupOf(y) || (x < y ? -1 : x > y ? 1 : 0));
  for (const factor of factors) {
    const change = factorChange(before, after, mb.get(factor), ma.get(factor));
    if (change !== undefined) changes.push(change);
  }
  const delta = after.scoreTenths - before.scoreTenths;
  const fmt = (t: number) => (t / 10).toFixed(1);
  const moved = changes.filter((c) => c.factor !== null && c.deltaTenths !== 0).length;
  return ok({
    supplierId: after.supplierId,
    asOfBefore: before.asOf,
    asOfAfter: after.asOf,
    scoreTenthsBefore: before.scoreTenths,
    scoreTenthsAfter: after.scoreTenths,
    deltaTenths: delta,
    tierBefore: before.tier,
    tierAfter: after.tier,
    confidenceBefore: before.confidence.value,
    confidenceAfter: after.confidence.value,
    changes,
    summary: `${fmt(before.scoreTenths)} (${before.tier}) → ${fmt(after.scoreTenths)} (${after.tier}): ${delta > 0 ? '+' : ''}${fmt(delta)} from ${moved} factor change(s)`,
  });
}
