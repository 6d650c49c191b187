import { CountryCode, Finding, IloIndicator, IsoDate } from '@unforced/core';
import { z } from 'zod';
import { ReportAction } from './action.js';
import { Disclosure, ReportMeta, RiskScore, RiskTier, Share } from './common.js';

/**
 * One supplier in a portfolio: its rank (1 = most exposed), score, tier, confidence, the sector and country
 * that place it on the heat map, its finding counts, and the previous assessment for the change column.
 *
 * @example
 * ```ts
 * PortfolioEntry.parse({
 *   rank: 1, supplierId: 'SUP-001', name: 'Example Ltd', country: 'MY', sector: 'rubber gloves',
 *   score: { value: 81, min: 0, max: 100 }, tier: { label: 'severe', severity: 'critical' }, confidence: 0.8,
 * });
 * ```
 */
export const PortfolioEntry = z.strictObject({
  rank: z.number().int().positive(),
  supplierId: z.string().min(1),
  name: z.string().min(1),
  country: CountryCode,
  sector: z.string().min(1),
  score: RiskScore,
  tier: RiskTier,
  confidence: Share,
  indicators: z.array(IloIndicator).default([]),
  findingCounts: z
    .strictObject({
      low: z.number().int().nonnegative(),
      medium: z.number().int().nonnegative(),
      high: z.number().int().nonnegative(),
      critical: z.number().int().nonnegative(),
    })
    .default({ low: 0, medium: 0, high: 0, critical: 0 }),
  previous: z.strictObject({ asOf: IsoDate, score: RiskScore, tier: RiskTier }).optional(),
});

/** One supplier in a portfolio. */
export type PortfolioEntry = z.output<typeof PortfolioEntry>;

/**
 * A portfolio due-diligence summary (report type 2). The renderers derive the heat map (country × sector),
 * the tier distribution, the top findings by indicator, the changes since the previous assessment and the
 * actions due in the next 90 days from these fields, so the model holds each fact once.
 *
 * @example
 * ```ts
 * PortfolioReport.parse({
 *   type: 'portfolio-due-diligence',
 *   meta: { title: 'Portfolio due-diligence summary', asOf: '2026-11-22', dataEditions: [], methodologies: [{ id: 'unforced/risk', version: '0.1.0' }] },
 *   suppliers: [],
 * });
 * ```
 */
export const PortfolioReport = z.strictObject({
  type: z.literal('portfolio-due-diligence'),
  meta: ReportMeta,
  disclosure: Disclosure.default({ workerNames: false, documentNumbers: false }),
  summary: z.string().min(1).optional(),
  previousAsOf: IsoDate.optional(),
  suppliers: z.array(PortfolioEntry),
  findings: z.array(Finding).default([]),
  actions: z.array(ReportAction).default([]),
});

/** A portfolio due-diligence summary. */
export type PortfolioReport = z.output<typeof PortfolioReport>;

/** A portfolio report as callers may write it. */
export type PortfolioReportInput = z.input<typeof PortfolioReport>;
