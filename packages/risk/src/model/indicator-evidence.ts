import { ILO_INDICATOR_IDS, type IloIndicator, iloIndicatorInfo, type Severity } from '@unforced/core';
import type { IndicatorEvidence } from '../assessment/assessment-schema.js';
import type { EvidenceItem } from './evidence-items.js';

const RANK: Readonly<Record<Severity, number>> = { low: 0, medium: 1, high: 2, critical: 3 };

/**
 * The ILO indicators evidenced by a supplier's items, in the ILO's order, each with its evidence,
 * labelled `observed` when any of it was observed and `inferred` otherwise, its highest severity and
 * whether any of it is still open. Also returns, for the actions, the evidence groups that carry each
 * indicator with open, non-zero evidence.
 *
 * @example
 * ```ts
 * indicatorEvidence(items).indicators.map((i) => `${i.number} ${i.label} (${i.basis})`);
 * ```
 */
export function indicatorEvidence(items: readonly EvidenceItem[]): {
  indicators: IndicatorEvidence[];
  open: Map<IloIndicator, string[]>;
} {
  if (items.length === 0) return { indicators: [], open: new Map() };
  const by = new Map<IloIndicator, EvidenceItem[]>();
  for (const item of items)
    for (const indicator of item.indicators) {
      const list = by.get(indicator);
      if (list === undefined) by.set(indicator, [item]);
      else list.push(item);
    }
  const indicators: IndicatorEvidence[] = [];
  const open = new Map<IloIndicator, string[]>();
  for (const id of ILO_INDICATOR_IDS) {
    const list = by.get(id);
    if (list === undefined) continue;
    const info = iloIndicatorInfo(id);
    let severity: Severity = 'low';
    for (const item of list) if (RANK[item.ref.severity] > RANK[severity]) severity = item.ref.severity;
    const openGroups = list
      .filter((item) => item.ref.status === 'open' && item.points > 0)
      .map((item) => item.groupKey);
    if (openGroups.length > 0) open.set(id, [...new Set(openGroups)].sort());
    indicators.push({
      indicator: id,
      number: info.number,
      label: info.label,
      basis: list.some((item) => item.ref.basis === 'observed') ? 'observed' : 'inferred',
      severity,
      open: list.some((item) => item.ref.status === 'open'),
      evidence: list.map(({ ref }) => ({
        source: ref.source,
        id: ref.id,
        date: ref.date,
        severity: ref.severity,
        basis: ref.basis,
        status: ref.status,
      })),
    });
  }
  return { indicators, open };
}
