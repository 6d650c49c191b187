import type { DataEditionRef } from '@unforced/core';
import type { Assessment, Contribution } from '../assessment/assessment-schema.js';
import type { SupplierEvidence } from '../input/supplier-evidence.js';
import { allocateTenths } from '../internal/allocate-tenths.js';
import { dayNumber } from '../internal/civil-days.js';
import { RISK_METHODOLOGY } from '../methodology.js';
import { confidenceOf } from './confidence.js';
import { compareItems, evidenceGroups } from './evidence-groups.js';
import { evidenceItems } from './evidence-items.js';
import { EMPTY, type FactorDraft, type FloorReason, round4 } from './factor-draft.js';
import { indicatorEvidence } from './indicator-evidence.js';
import type { InherentContext } from './inherent-context.js';
import { mitigationEffects } from './mitigation-effects.js';
import { type ModelContext, sortEditions } from './model-context.js';
import { recommendActions } from './recommend-actions.js';
import { tierOfTenths } from './tiers.js';
import { workforceFactors } from './workforce-factors.js';

const MITIGATION_LABELS = {
  'independent-audit': 'Mitigation: recent independent audit',
  'certified-recruiter': 'Mitigation: ethically certified recruiter',
  'grievance-channel': 'Mitigation: working grievance channel',
  'fee-repayment': 'Mitigation: fee-repayment programme',
} as const;

function contribution(draft: FactorDraft, tenths: number): Contribution {
  return {
    factor: draft.factor,
    group: draft.group,
    label: draft.label,
    basis: draft.basis,
    rawPoints: round4(draft.raw),
    tenths,
    points: tenths / 10,
    detail: draft.detail,
    // Shared with the model's cached context (frozen) or fresh for this supplier: never copied.
    indicators: draft.indicators as Contribution['indicators'],
    evidence: draft.evidence as Contribution['evidence'],
    dataEditions: draft.dataEditions as Contribution['dataEditions'],
    standards: draft.standards as Contribution['standards'],
  };
}

/**
 * Scores one validated supplier with its evidence as of `asOf` (the arithmetic is in
 * docs/methodology.md): inherent factors capped at `inherent.cap`, evidence groups capped at
 * `evidence.cap` (each keeping its share when capped), the two together capped at 100, mitigations
 * taking their share off, whole tenths allocated by largest remainder so that the contributions add up
 * exactly to the score, and finally the floor that lifts an open critical finding or a place
 * presumption (UFLPA) to the critical tier whatever the mitigations.
 *
 * @example
 * ```ts
 * scoreAssessment(context, inherent, evidence, '2026-11-22', dayNumber('2026-11-22'));
 * ```
 */
export function scoreAssessment(
  context: ModelContext,
  inherent: InherentContext,
  input: SupplierEvidence,
  asOf: string,
  asOfDay: number,
): Assessment {
  const { policy } = context;
  const { supplier } = input;
  const workforce = workforceFactors(policy, supplier.workforce);
  const noEvidence =
    input.findings.length === 0 && input.auditFindings.length === 0 && input.grievances.length === 0;
  const items = noEvidence
    ? []
    : evidenceItems(policy, asOfDay, input.findings, input.auditFindings, input.grievances);
  const groups = noEvidence ? [] : evidenceGroups(policy, items);
  // Sums in a fixed order (context factors, workforce, evidence groups by key): the same bits every run.
  let iRaw = 0;
  for (const d of inherent.factors) iRaw += d.raw;
  for (const d of workforce) iRaw += d.raw;
  let eRaw = 0;
  for (const d of groups) eRaw += d.raw;
  const iCapped = Math.min(policy.inherent.cap, iRaw);
  const eCapped = Math.min(policy.evidence.cap, eRaw);
  const pre = iCapped + eCapped;
  const scaled = Math.min(100, pre);
  const sT = pre > 100 ? 100 / pre : 1;
  const sI = (iRaw > policy.inherent.cap ? policy.inherent.cap / iRaw : 1) * sT;
  const sE = (eRaw > policy.evidence.cap ? policy.evidence.cap / eRaw : 1) * sT;
  const mitigation = mitigationEffects(policy, input.mitigations, asOfDay);
  const total = scaled * mitigation.keep;
  const reduction = scaled - total;
  let effectSum = 0;
  for (const m of mitigation.active) effectSum += m.effect;
  const drafts: FactorDraft[] = [];
  const values: number[] = [];
  for (const d of inherent.factors) {
    drafts.push(d);
    values.push(d.raw * sI);
  }
  for (const d of workforce) {
    drafts.push(d);
    values.push(d.raw * sI);
  }
  for (const d of groups) {
    drafts.push(d);
    values.push(d.raw * sE);
  }
  const capped = mitigation.keep === 1 - policy.mitigations.maxReduction ? ' (mitigations capped)' : '';
  for (const m of mitigation.active) {
    const raw = -(effectSum === 0 ? 0 : (reduction * m.effect) / effectSum);
    drafts.push({
      factor: `mitigation:${m.kind}`,
      group: 'mitigation',
      label: MITIGATION_LABELS[m.kind],
      basis: 'observed',
      raw,
      detail: `${m.id}: ${Math.round(m.effect * 1000) / 10}% effect${capped}`,
      indicators: EMPTY,
      evidence: EMPTY,
      dataEditions: EMPTY,
      standards: EMPTY,
    });
    values.push(raw);
  }
  const preTenths = Math.round(total * 10);
  const tenths = allocateTenths(values, preTenths);
  const contributions = drafts.map((d, i) => contribution(d, tenths[i] ?? 0));

  const sortedItems = items.length < 2 ? items : [...items].sort(compareItems);
  const floors: FloorReason[] = [...inherent.floors];
  if (policy.floors.openCriticalEvidence)
    for (const item of sortedItems)
      if (
        item.ref.status === 'open' &&
        item.ref.severity === 'critical' &&
        item.confidence >= policy.floors.minConfidence
      )
        floors.push({
          tier: 'critical',
          reason: `open critical ${item.ref.source} ${item.ref.id}`,
          presumption: false,
        });
  const floorTenths = Math.round(policy.tiers.critical * 10);
  let scoreTenths = preTenths;
  if (floors.length > 0 && preTenths < floorTenths) {
    const lift = floorTenths - preTenths;
    scoreTenths = floorTenths;
    contributions.push({
      factor: 'floor:critical',
      group: 'floor',
      label: 'Floor: critical whatever the mitigations',
      basis: floors.some((f) => !f.presumption) ? 'observed' : 'inferred',
      rawPoints: lift / 10,
      tenths: lift,
      points: lift / 10,
      detail: floors.map((f) => f.reason).join('; '),
      indicators: EMPTY as unknown as Contribution['indicators'],
      evidence: EMPTY as unknown as Contribution['evidence'],
      dataEditions: EMPTY as unknown as Contribution['dataEditions'],
      standards: EMPTY as unknown as Contribution['standards'],
    });
  }
  const tier = tierOfTenths(policy, scoreTenths);
  const inherentTenths = Math.round(iCapped * 10);
  const inherentTier = tierOfTenths(policy, inherentTenths);
  const confidence = confidenceOf(policy, {
    asOfDay,
    items,
    audits: input.auditFindings,
    grievances: input.grievances,
    mitigations: input.mitigations,
    checks: input.checks,
    workforce: supplier.workforce,
    sectorOrGoodsKnown: supplier.sector !== undefined || supplier.goods.length > 0,
  });
  const unknown = confidence.level === 'low';
  const { indicators, open } = indicatorEvidence(sortedItems);
  const presumption = inherent.floors.filter((f) => f.presumption).map(() => 'inherent:subdivision');
  const actions = recommendActions(policy, {
    asOf,
    tier,
    unknown,
    openIndicators: open,
    openCriticalFactors: [
      ...new Set(
        sortedItems
          .filter((i) => i.ref.status === 'open' && i.ref.severity === 'critical')
          .map((i) => i.groupKey),
      ),
    ],
    presumption,
    uflpaInChina: inherent.uflpaInChina,
    auditCurrent:
      mitigation.active.some((m) => m.kind === 'independent-audit') ||
      input.auditFindings.some((a) => asOfDay - dayNumber(a.auditDate) <= policy.mitigations.auditValidDays),
    grievanceChannel: mitigation.active.some((m) => m.kind === 'grievance-channel'),
  });
  const score = scoreTenths / 10;
  const floorNote =
    floors.length > 0 && tier === 'critical' ? `; critical by rule (${floors[0]?.reason ?? ''})` : '';
  const headline = unknown
    ? `Unknown: little evidence (confidence ${confidence.value}); inherent risk ${inherentTier}${floorNote}`
    : `${tier[0]?.toUpperCase() ?? ''}${tier.slice(1)} risk: score ${score} (confidence ${confidence.level})${floorNote}`;
  const findingEditions: DataEditionRef[] = [];
  const methodologies = new Map<string, { id: string; version: string }>();
  for (const f of input.findings) {
    findingEditions.push(...f.provenance.dataEditions);
    const m = f.provenance.methodology;
    methodologies.set(`${m.id}\u0000${m.version}`, { id: m.id, version: m.version });
  }
  return {
    supplierId: supplier.id,
    supplierName: supplier.name,
    country: supplier.country,
    subdivision: supplier.subdivision ?? null,
    sector: inherent.sector,
    asOf,
    score,
    scoreTenths,
    tier,
    inherentScore: inherentTenths / 10,
    inherentTier,
    status: unknown ? 'unknown' : 'assessed',
    headline,
    confidence,
    contributions,
    floor: floors.length > 0 ? { tier: 'critical', reasons: floors.map((f) => f.reason) } : null,
    indicators,
    mitigations: mitigation.statuses,
    actions,
    exposure: {
      spend: supplier.annualSpend ?? null,
      workers: supplier.workforce?.workers ?? null,
      volume: input.volume ?? null,
    },
    provenance: {
      methodology: { ...RISK_METHODOLOGY },
      policy: { id: policy.id, version: policy.version },
      dataEditions:
        findingEditions.length === 0
          ? [...context.modelEditions]
          : sortEditions([...context.modelEditions, ...findingEditions]),
      evidenceMethodologies: [...methodologies.keys()]
        .sort()
        .map((k) => methodologies.get(k) as { id: string; version: string }),
    },
  };
}
