import {
  AsOf,
  CostCategory,
  CountryCode,
  CurrencyCode,
  DecimalString,
  FxRate,
  NonNegativeMoney,
  OCCUPATION_CATEGORIES,
  RecordId,
} from '@unforced/core';
import type { ReferenceData } from '@unforced/reference-data';
import { z } from 'zod';

/**
 * A corridor's typical recruitment costs, supplied by the caller (e.g. from a worker survey or an
 * industry cost study), used to estimate what a worker with no cost records paid. Estimates are
 * labelled `inferred`.
 *
 * @example
 * ```ts
 * CorridorCostEstimate.parse({
 *   origin: 'NP', destination: 'MY', source: 'Worker survey 2025, n=212',
 *   items: [{ description: 'agency fee', category: 'recruitment-fee', amount: { amountMinor: 12_000_000, currency: 'NPR' } }],
 * });
 * ```
 */
export const CorridorCostEstimate = z.strictObject({
  origin: CountryCode,
  destination: CountryCode,
  /** Restrict the estimate to one occupation group; absent: any occupation. */
  occupationCategory: z.enum(OCCUPATION_CATEGORIES).optional(),
  items: z
    .array(
      z.strictObject({ description: z.string().min(1), category: CostCategory, amount: NonNegativeMoney }),
    )
    .min(1),
  source: z.string().min(1),
});

/** A corridor's typical recruitment costs. */
export type CorridorCostEstimate = z.output<typeof CorridorCostEstimate>;

/** The part of `@unforced/reference-data`'s `ReferenceData` the checks read. */
export type FeeCapSource = Pick<ReferenceData, 'feeCapRules' | 'editionOf'>;

const FeeCapSourceSchema = z.custom<FeeCapSource>(
  (value) =>
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { feeCapRules?: unknown }).feeCapRules === 'function' &&
    typeof (value as { editionOf?: unknown }).editionOf === 'function',
  { message: 'referenceData must be a ReferenceData from createReferenceData()' },
);

/**
 * Options of the recruitment checks. Only `asOf` is required.
 *
 * - `fxRates`: dated rates supplied by the caller; conversions never guess a missing rate.
 * - `employerCurrency`: the currency remediation is also given in (default: each worker's wage currency).
 * - `sampleSizes`: the RBA sample size per facility id (default: the facility's assessed worker records).
 * - `corridorCosts`: typical costs per corridor, to estimate what workers without cost records paid.
 * - `deductionShareLimit`: the share of gross pay above which deductions are flagged (default `"0.5"`).
 * - `referenceData`: legal fee-cap rules to use instead of the bundled ones.
 *
 * @example
 * ```ts
 * RecruitmentOptions.parse({ asOf: '2026-11-22', fxRates: [{ base: 'MYR', quote: 'NPR', rate: '28.35', date: '2026-11-20' }] });
 * ```
 */
export const RecruitmentOptions = z.strictObject({
  asOf: AsOf,
  fxRates: z.array(FxRate).default([]),
  fxMaxAgeDays: z.number().int().nonnegative().optional(),
  employerCurrency: CurrencyCode.optional(),
  sampleSizes: z.record(RecordId, z.number().int().positive()).optional(),
  corridorCosts: z.array(CorridorCostEstimate).default([]),
  deductionShareLimit: DecimalString.default('0.5'),
  referenceData: FeeCapSourceSchema.optional(),
});

/** Options of the recruitment checks, as validated. */
export type RecruitmentOptions = z.output<typeof RecruitmentOptions>;

/** Options of the recruitment checks, as callers write them. */
export type RecruitmentOptionsInput = z.input<typeof RecruitmentOptions>;
