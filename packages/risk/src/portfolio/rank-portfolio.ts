import {
  type Conversion,
  convertMoney,
  type FxRate,
  type Money,
  scaleMoney,
  type UnforcedIssue,
} from '@unforced/core';
import type { Assessment } from '../assessment/assessment-schema.js';
import { tierRank } from '../model/tiers.js';
import type { RiskTier } from '../policy/policy-schema.js';
import { bySupplierId } from './by-supplier-id.js';

/** What a portfolio is ranked by: risk alone, or risk weighted by an exposure. */
export type RankBy = 'risk' | 'spend' | 'workers' | 'volume';

/** Options for {@link rankPortfolio}. */
export interface RankOptions {
  readonly by: RankBy;
  /** For `spend`: the currency to compare in; other currencies are converted with `fxRates`. */
  readonly currency?: string;
  readonly fxRates?: readonly FxRate[];
  /** For `volume`: the unit to compare (suppliers with another unit are left out, with a reason). */
  readonly volumeUnit?: string;
}

/** One supplier in a ranking. */
export interface RankedSupplier {
  readonly rank: number;
  readonly supplierId: string;
  readonly supplierName: string;
  readonly country: string;
  readonly sector: string | null;
  readonly tier: RiskTier;
  readonly score: number;
  readonly scoreTenths: number;
  readonly status: Assessment['status'];
  readonly confidence: Assessment['confidence']['level'];
  /** The exposure ranked by: spend in minor units of the ranking currency, workers, or volume; null for `risk`. */
  readonly exposure: number | null;
  /** Spend converted to the ranking currency (for `spend`), else null. */
  readonly spend: Money | null;
  /** Exposure × score / 100: spend in minor units (exact, half-even), workers or volume (2 decimals); null for `risk`. */
  readonly riskWeightedExposure: number | null;
}

/** A ranking of a portfolio: worst first, and the suppliers left out for lack of exposure data. */
export interface PortfolioRanking {
  readonly by: RankBy;
  readonly currency: string | null;
  readonly volumeUnit: string | null;
  readonly entries: readonly RankedSupplier[];
  readonly excluded: ReadonlyArray<{
    readonly supplierId: string;
    readonly issues: readonly UnforcedIssue[];
  }>;
}

interface Row {
  readonly a: Assessment;
  readonly exposure: number | null;
  readonly spend: Money | null;
  readonly weighted: number | null;
}

function exposureOf(a: Assessment, options: RankOptions): { row?: Row; issue?: UnforcedIssue } {
  if (options.by === 'risk') return { row: { a, exposure: null, spend: null, weighted: null } };
  if (options.by === 'workers' || options.by === 'volume') {
    const value =
      options.by === 'workers'
        ? a.exposure.workers
        : a.exposure.volume !== null && a.exposure.volume.unit === options.volumeUnit
          ? a.exposure.volume.quantity
          : null;
    if (value === null)
      return {
        issue: {
          code: 'REQUIRED',
          message:
            options.by === 'workers'
              ? 'no worker count'
              : `no volume in ${options.volumeUnit ?? '(no unit given)'}`,
          path: ['exposure', options.by],
        },
      };
    return { row: { a, exposure: value, spend: null, weighted: Math.round(value * a.scoreTenths) / 1000 } };
  }
  const spend = a.exposure.spend;
  if (spend === null)
    return { issue: { code: 'REQUIRED', message: 'no annual spend', path: ['exposure', 'spend'] } };
  const currency = options.currency ?? spend.currency; // callers without a currency get the first supplier's (see rankPortfolio)
  const converted = convertMoney(spend, currency, options.fxRates ?? [], { asOf: a.asOf });
  if (converted.isErr())
    return {
      issue: { code: converted.error.code, message: converted.error.message, path: ['exposure', 'spend'] },
    };
  const amount = (converted.value as Conversion).amount;
  const weighted = scaleMoney(amount, { numerator: a.scoreTenths, denominator: 1000 });
  if (weighted.isErr())
    return {
      issue: { code: weighted.error.code, message: weighted.error.message, path: ['exposure', 'spend'] },
    };
  return { row: { a, exposure: amount.amountMinor, spend: amount, weighted: weighted.value.amountMinor } };
}

/**
 * Ranks assessed suppliers so that effort goes to the worst first. By `risk`: tier, then score, then
 * lower confidence first (less is known), then id. By `spend`, `workers` or `volume`: risk-weighted
 * exposure (exposure × score / 100), then tier, score and id. Spend in other currencies is converted with
 * the caller's dated FX rates (`convertMoney`; without `currency`, the currency of the first supplier by
 * id that has a spend); a supplier without the exposure, or whose currency cannot
 * be converted, is left out and listed in `excluded` with the reason. Ties in everything else fall back
 * to the supplier id, so the ranking never depends on input order.
 *
 * @example
 * ```ts
 * rankPortfolio(portfolio.assessments, { by: 'spend', currency: 'USD', fxRates }).entries[0]?.supplierId;
 * ```
 */
export function rankPortfolio(assessments: readonly Assessment[], options: RankOptions): PortfolioRanking {
  const rows: Row[] = [];
  const excluded: Array<{ supplierId: string; issues: UnforcedIssue[] }> = [];
  const sorted = [...assessments].sort(bySupplierId);
  const currency =
    options.currency ?? sorted.find((a) => a.exposure.spend !== null)?.exposure.spend?.currency;
  const resolved: RankOptions = currency === undefined ? options : { ...options, currency };
  for (const a of sorted) {
    const { row, issue } = exposureOf(a, resolved);
    if (row !== undefined) rows.push(row);
    else if (issue !== undefined) excluded.push({ supplierId: a.supplierId, issues: [issue] });
  }
  const confidenceRank = { low: 0, medium: 1, high: 2 } as const;
  const byRisk = (x: Row, y: Row) =>
    tierRank(y.a.tier) - tierRank(x.a.tier) ||
    y.a.scoreTenths - x.a.scoreTenths ||
    confidenceRank[x.a.confidence.level] - confidenceRank[y.a.confidence.level] ||
    bySupplierId(x.a, y.a);
  rows.sort(options.by === 'risk' ? byRisk : (x, y) => (y.weighted ?? 0) - (x.weighted ?? 0) || byRisk(x, y));
  return {
    by: options.by,
    currency: options.by === 'spend' ? (currency ?? null) : null,
    volumeUnit: options.by === 'volume' ? (options.volumeUnit ?? null) : null,
    entries: rows.map((row, index) => ({
      rank: index + 1,
      supplierId: row.a.supplierId,
      supplierName: row.a.supplierName,
      country: row.a.country,
      sector: row.a.sector?.id ?? null,
      tier: row.a.tier,
      score: row.a.score,
      scoreTenths: row.a.scoreTenths,
      status: row.a.status,
      confidence: row.a.confidence.level,
      exposure: row.exposure,
      spend: row.spend,
      riskWeightedExposure: row.weighted,
    })),
    excluded,
  };
}
