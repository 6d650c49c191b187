import { ILO_INDICATOR_IDS, type IloIndicator, type StandardRef } from '@unforced/core';
import type { RiskPolicy } from '../policy/policy-schema.js';
import type { EvidenceItem } from './evidence-items.js';
import type { FactorDraft } from './factor-draft.js';

const SEVERITY_ORDER = { low: 0, medium: 1, high: 2, critical: 3 } as const;

/**
 * The canonical order of evidence items: heaviest first, then by date, source, id, severity, basis and
 * status, so that the sums and the output never depend on the order of the input.
 *
 * @example
 * ```ts
 * items.sort(compareItems);
 * ```
 */
export function compareItems(a: EvidenceItem, b: EvidenceItem): number {
  if (a.points !== b.points) return b.points - a.points;
  const x = a.ref;
  const y = b.ref;
  for (const [p, q] of [
    [x.date, y.date],
    [x.source, y.source],
    [x.id, y.id],
    [x.basis, y.basis],
    [x.status, y.status],
  ] as const)
    if (p !== q) return p < q ? -1 : 1;
  return SEVERITY_ORDER[y.severity] - SEVERITY_ORDER[x.severity];
}

function standardsOf(items: readonly EvidenceItem[]): StandardRef[] {
  const byKey = new Map<string, StandardRef>();
  for (const item of items)
    for (const s of item.standards) byKey.set(`${s.standard}\u0000${s.clause}\u0000${s.note ?? ''}`, s);
  return [...byKey.keys()].sort().map((k) => byKey.get(k) as StandardRef);
}

function indicatorsOf(items: readonly EvidenceItem[]): IloIndicator[] {
  const set = new Set<IloIndicator>();
  for (const item of items) for (const i of item.indicators) set.add(i);
  return ILO_INDICATOR_IDS.filter((id) => set.has(id));
}

/**
 * Groups evidence items (same finding code, same audit standard and clause, grievances) into one factor
 * each: the heaviest item counts in full, each further one at `repeatWeight`, and the group never
 * exceeds `groupCapMultiple` times its heaviest item. Groups are returned sorted by key; the items in
 * each group in the canonical order.
 *
 * @example
 * ```ts
 * evidenceGroups(DEFAULT_RISK_POLICY, items); // FactorDraft[]
 * ```
 */
export function evidenceGroups(policy: RiskPolicy, items: readonly EvidenceItem[]): FactorDraft[] {
  const groups = new Map<string, EvidenceItem[]>();
  for (const item of items) {
    const list = groups.get(item.groupKey);
    if (list === undefined) groups.set(item.groupKey, [item]);
    else list.push(item);
  }
  const { repeatWeight, groupCapMultiple } = policy.evidence;
  const out: FactorDraft[] = [];
  for (const key of [...groups.keys()].sort()) {
    const list = (groups.get(key) ?? []).sort(compareItems);
    const first = list[0];
    if (first === undefined) continue;
    let rest = 0;
    for (let i = 1; i < list.length; i++) rest += (list[i] as EvidenceItem).points;
    const raw = Math.min(first.points * groupCapMultiple, first.points + repeatWeight * rest);
    const observed = list.some((item) => item.ref.basis === 'observed');
    const open = list.filter((item) => item.ref.status === 'open').length;
    out.push({
      factor: key,
      group: 'evidence',
      label: list.length === 1 ? first.groupLabel : `${first.groupLabel} (${list.length} items)`,
      basis: observed ? 'observed' : 'inferred',
      raw,
      detail: `${first.detail}${list.length > 1 ? ` (and ${list.length - 1} more)` : ''}; ${open} open, ${list.length - open} closed`,
      indicators: indicatorsOf(list),
      evidence: list.map((item) => item.ref),
      dataEditions: [],
      standards: standardsOf(list),
    });
  }
  return out;
}
