import { CountryCode, EvidenceRef, Finding, IloIndicator, IsoDate, SubdivisionCode } from '@unforced/core';
import { z } from 'zod';
import { ReportAction } from './action.js';
import { Disclosure, ReportMeta, RiskScore, RiskTier, Share } from './common.js';

/**
 * The organisation a report is about.
 *
 * @example
 * ```ts
 * ReportSupplier.parse({ id: 'SUP-001', name: 'Công ty May Hưng Yên', country: 'VN', sectors: ['apparel'] });
 * ```
 */
export const ReportSupplier = z.strictObject({
  id: z.string().min(1),
  name: z.string().min(1),
  country: CountryCode,
  subdivision: SubdivisionCode.optional(),
  sectors: z.array(z.string().min(1)).default([]),
  /** Registry identifiers by scheme, e.g. `{ lei: '…', osId: '…' }`. */
  identifiers: z.record(z.string(), z.string()).default({}),
});

/** The organisation a report is about. */
export type ReportSupplier = z.output<typeof ReportSupplier>;

/**
 * One factor of the risk score: its value on its own scale, its weight and its contribution to the total,
 * with the explanation and source that make the score traceable.
 *
 * @example
 * ```ts
 * RiskFactor.parse({ id: 'country', label: 'Country', value: 6, max: 10, contribution: 18, explanation: 'TIP Tier 2' });
 * ```
 */
export const RiskFactor = z.strictObject({
  id: z.string().min(1),
  label: z.string().min(1),
  value: z.number(),
  max: z.number().positive().optional(),
  weight: z.number().optional(),
  contribution: z.number(),
  explanation: z.string().min(1),
  /** The data edition or finding the factor rests on. */
  source: z.string().min(1).optional(),
});

/** One factor of a risk score. */
export type RiskFactor = z.output<typeof RiskFactor>;

/** How an ILO indicator stands for a supplier. */
export const INDICATOR_STATUSES = [
  'present',
  'suspected',
  'remediated',
  'not-found',
  'not-assessed',
] as const;

/**
 * An ILO indicator of forced labour as assessed for a supplier, with the findings and evidence behind it.
 *
 * @example
 * ```ts
 * IndicatorAssessment.parse({ indicator: 'debt-bondage', status: 'present', findingCodes: ['recruitment.fee.borne-by-worker'] });
 * ```
 */
export const IndicatorAssessment = z.strictObject({
  indicator: IloIndicator,
  status: z.enum(INDICATOR_STATUSES),
  strength: z.enum(['strong', 'medium']).optional(),
  findingCodes: z.array(z.string().min(1)).default([]),
  evidence: z.array(EvidenceRef).default([]),
});

/** An ILO indicator as assessed. */
export type IndicatorAssessment = z.output<typeof IndicatorAssessment>;

/**
 * A supplier risk assessment report (report type 1): score, tier, confidence, factor breakdown, ILO
 * indicators with evidence, findings with their standards and evidence hashes, recommended actions with
 * deadlines, and the previous assessment when there was one.
 *
 * @example
 * ```ts
 * SupplierRiskReport.parse({
 *   type: 'supplier-risk-assessment',
 *   meta: { title: 'Supplier risk assessment', asOf: '2026-11-22', dataEditions: [], methodologies: [{ id: 'unforced/risk', version: '0.1.0' }] },
 *   supplier: { id: 'SUP-001', name: 'Example Ltd', country: 'MY' },
 *   score: { value: 64, min: 0, max: 100 },
 *   tier: { label: 'high', severity: 'high' },
 *   confidence: 0.7,
 * });
 * ```
 */
export const SupplierRiskReport = z.strictObject({
  type: z.literal('supplier-risk-assessment'),
  meta: ReportMeta,
  disclosure: Disclosure.default({ workerNames: false, documentNumbers: false }),
  supplier: ReportSupplier,
  score: RiskScore,
  tier: RiskTier,
  confidence: Share,
  summary: z.string().min(1).optional(),
  factors: z.array(RiskFactor).default([]),
  indicators: z.array(IndicatorAssessment).default([]),
  findings: z.array(Finding).default([]),
  actions: z.array(ReportAction).default([]),
  previous: z.strictObject({ asOf: IsoDate, score: RiskScore, tier: RiskTier }).optional(),
});

/** A supplier risk assessment report. */
export type SupplierRiskReport = z.output<typeof SupplierRiskReport>;

/** A supplier risk assessment report as callers may write it (defaults may be omitted). */
export type SupplierRiskReportInput = z.input<typeof SupplierRiskReport>;
