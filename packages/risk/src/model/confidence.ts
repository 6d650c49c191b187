import type { AuditFinding, Grievance, WorkforceProfile } from '@unforced/core';
import type { Confidence } from '../assessment/assessment-schema.js';
import type { CheckRun, Mitigation } from '../input/mitigation.js';
import { dayNumber } from '../internal/civil-days.js';
import type { RiskPolicy } from '../policy/policy-schema.js';
import { type EvidenceItem, halfLifeDecay } from './evidence-items.js';
import { workforceKnown } from './workforce-factors.js';

/** What the confidence of one supplier is computed from. */
export interface ConfidenceInput {
  readonly asOfDay: number;
  readonly items: readonly EvidenceItem[];
  readonly audits: readonly AuditFinding[];
  readonly grievances: readonly Grievance[];
  readonly mitigations: readonly Mitigation[];
  readonly checks: readonly CheckRun[];
  readonly workforce: WorkforceProfile | undefined;
  readonly sectorOrGoodsKnown: boolean;
}

const round2 = (value: number) => Math.round(value * 100) / 100;

type Component = { id: string; label: string; weight: number };

// The components whose weight never varies are built once per policy and shared (frozen).
const FIXED = new WeakMap<RiskPolicy, { voice: Component; workforce: Component; sector: Component }>();
function fixedComponents(policy: RiskPolicy) {
  let fixed = FIXED.get(policy);
  if (fixed === undefined) {
    const c = policy.confidence;
    fixed = {
      voice: Object.freeze({
        id: 'worker-voice',
        label: 'Worker voice (grievance channel)',
        weight: c.workerVoice,
      }),
      workforce: Object.freeze({
        id: 'workforce-profile',
        label: 'Workforce profile known',
        weight: c.workforceProfile,
      }),
      sector: Object.freeze({
        id: 'sector-or-goods',
        label: 'Sector or goods known',
        weight: c.sectorOrGoods,
      }),
    };
    FIXED.set(policy, fixed);
  }
  return fixed;
}

function rounded(components: Component[], fixed: ReturnType<typeof fixedComponents>): Component[] {
  return components.map((component) =>
    (component === fixed.voice || component === fixed.workforce || component === fixed.sector) &&
    round2(component.weight) === component.weight
      ? component
      : { id: component.id, label: component.label, weight: round2(component.weight) },
  );
}

/**
 * How much evidence exists about a supplier, 0–1: a recent independent audit (decaying with the audit
 * half-life), each check area that ran (recruitment, screening, trace…, decaying with the finding
 * half-life, up to `maxCheckAreas`), worker voice (a grievance channel or any grievance), a known
 * workforce profile and a known sector or goods. Below `confidence.medium` the assessment's status is
 * `unknown`: nobody has looked, which is not low risk.
 *
 * @example
 * ```ts
 * confidenceOf(DEFAULT_RISK_POLICY, input).level; // 'low' for an unvisited supplier
 * ```
 */
export function confidenceOf(policy: RiskPolicy, input: ConfidenceInput): Confidence {
  const c = policy.confidence;
  const half = policy.evidence.halfLifeDays;
  const components: Component[] = [];
  let latestAudit: number | undefined;
  for (const a of input.audits) latestAudit = Math.max(latestAudit ?? -Infinity, dayNumber(a.auditDate));
  for (const m of input.mitigations)
    if (m.kind === 'independent-audit' && dayNumber(m.since) <= input.asOfDay)
      latestAudit = Math.max(latestAudit ?? -Infinity, dayNumber(m.since));
  if (latestAudit !== undefined)
    components.push({
      id: 'audit',
      label: 'Independent audit',
      weight: c.audit * halfLifeDecay(input.asOfDay - latestAudit, half.audit),
    });
  const areas = new Map<string, number>();
  for (const item of input.items)
    if (item.area !== null)
      areas.set(item.area, Math.max(areas.get(item.area) ?? -Infinity, dayNumber(item.ref.date)));
  for (const check of input.checks) {
    const day = dayNumber(check.runOn);
    if (day <= input.asOfDay) areas.set(check.area, Math.max(areas.get(check.area) ?? -Infinity, day));
  }
  const areaWeights = [...areas.entries()]
    .map(([area, day]) => ({
      area,
      weight: c.perCheckArea * halfLifeDecay(input.asOfDay - day, half.finding),
    }))
    .sort((a, b) => b.weight - a.weight || (a.area < b.area ? -1 : 1))
    .slice(0, c.maxCheckAreas)
    .sort((a, b) => (a.area < b.area ? -1 : 1));
  for (const { area, weight } of areaWeights)
    components.push({ id: `check:${area}`, label: `Check: ${area}`, weight });
  const channel = input.mitigations.some(
    (m) => m.kind === 'grievance-channel' && dayNumber(m.since) <= input.asOfDay,
  );
  const fixed = fixedComponents(policy);
  if (channel || input.grievances.length > 0) components.push(fixed.voice);
  if (input.workforce !== undefined && workforceKnown(input.workforce)) components.push(fixed.workforce);
  if (input.sectorOrGoodsKnown) components.push(fixed.sector);
  let total = 0;
  for (const component of components) total += component.weight;
  const value = round2(Math.min(1, total));
  return {
    level: value >= c.high ? 'high' : value >= c.medium ? 'medium' : 'low',
    value,
    components: rounded(components, fixed),
  };
}
