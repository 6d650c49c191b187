import { ILO_INDICATOR_IDS, type IloIndicator, iloIndicatorInfo } from '@unforced/core';
import type { Assessment } from '../assessment/assessment-schema.js';
import type { RiskTier } from '../policy/policy-schema.js';
import { bySupplierId } from './by-supplier-id.js';

/** The suppliers of one country, sector or indicator, by tier, with their workers and spend per currency. */
export interface AggregateRow {
  readonly key: string;
  readonly label: string;
  readonly suppliers: number;
  readonly byTier: Readonly<Record<RiskTier, number>>;
  /** Suppliers whose status is `unknown` (low confidence). */
  readonly unknown: number;
  /** Mean score in tenths, rounded half up to a whole tenth; and the highest. */
  readonly meanScoreTenths: number;
  readonly maxScoreTenths: number;
  readonly workers: number;
  /** Spend per currency (integer minor units), sorted by currency. */
  readonly spend: ReadonlyArray<{ readonly currency: string; readonly amountMinor: number }>;
}

/** A row for an ILO indicator: the suppliers with evidence of it, observed or only inferred, open or not. */
export interface IndicatorAggregateRow extends AggregateRow {
  readonly indicator: IloIndicator;
  readonly observed: number;
  readonly inferredOnly: number;
  readonly open: number;
}

/** A portfolio aggregated by country, sector and ILO indicator (rows sorted by key; indicators in ILO order). */
export interface PortfolioAggregates {
  readonly suppliers: number;
  readonly byCountry: readonly AggregateRow[];
  readonly bySector: readonly AggregateRow[];
  readonly byIndicator: readonly IndicatorAggregateRow[];
}

function row(key: string, label: string, list: readonly Assessment[]): AggregateRow {
  const byTier = { low: 0, medium: 0, high: 0, critical: 0 };
  let total = 0;
  let max = 0;
  let workers = 0;
  let unknown = 0;
  const spend = new Map<string, number>();
  for (const a of list) {
    byTier[a.tier] += 1;
    total += a.scoreTenths;
    max = Math.max(max, a.scoreTenths);
    workers += a.exposure.workers ?? 0;
    if (a.status === 'unknown') unknown += 1;
    const s = a.exposure.spend;
    if (s !== null) spend.set(s.currency, (spend.get(s.currency) ?? 0) + s.amountMinor);
  }
  return {
    key,
    label,
    suppliers: list.length,
    byTier,
    unknown,
    meanScoreTenths: list.length === 0 ? 0 : Math.floor((2 * total + list.length) / (2 * list.length)),
    maxScoreTenths: max,
    workers,
    spend: [...spend.keys()].sort().map((currency) => ({ currency, amountMinor: spend.get(currency) ?? 0 })),
  };
}

function groupBy(
  assessments: readonly Assessment[],
  keyOf: (a: Assessment) => [string, string],
): AggregateRow[] {
  const groups = new Map<string, { label: string; list: Assessment[] }>();
  for (const a of assessments) {
    const [key, label] = keyOf(a);
    const g = groups.get(key);
    if (g === undefined) groups.set(key, { label, list: [a] });
    else g.list.push(a);
  }
  return [...groups.keys()].sort().map((key) => {
    const g = groups.get(key) as { label: string; list: Assessment[] };
    return row(key, g.label, g.list);
  });
}

/**
 * Aggregates assessments by country, by sector (`unknown` when unmatched) and by ILO indicator (the
 * suppliers with evidence of it, how many observed, how many only inferred, how many still open).
 * Integer arithmetic only; the result does not depend on input order. `byTier` counts every tier, zeros included.
 *
 * @example
 * ```ts
 * aggregatePortfolio(portfolio.assessments).byCountry.find((r) => r.key === 'MY')?.byTier.high;
 * ```
 */
export function aggregatePortfolio(assessments: readonly Assessment[]): PortfolioAggregates {
  const sorted = [...assessments].sort(bySupplierId);
  const byIndicator: IndicatorAggregateRow[] = [];
  for (const indicator of ILO_INDICATOR_IDS) {
    const withIt = sorted.filter((a) => a.indicators.some((i) => i.indicator === indicator));
    if (withIt.length === 0) continue;
    const entries = withIt.map((a) => a.indicators.find((i) => i.indicator === indicator));
    byIndicator.push({
      ...row(indicator, iloIndicatorInfo(indicator).label, withIt),
      indicator,
      observed: entries.filter((e) => e?.basis === 'observed').length,
      inferredOnly: entries.filter((e) => e?.basis === 'inferred').length,
      open: entries.filter((e) => e?.open === true).length,
    });
  }
  return {
    suppliers: sorted.length,
    byCountry: groupBy(sorted, (a) => [a.country, a.country]),
    bySector: groupBy(sorted, (a) =>
      a.sector === null ? ['unknown', 'Unknown sector'] : [a.sector.id, a.sector.label],
    ),
    byIndicator,
  };
}
