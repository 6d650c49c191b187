import { CountryCode, DecimalString, IsoDate, Money, OCCUPATION_CATEGORIES } from '@unforced/core';
import { z } from 'zod';

/** An occupation group as used in `WorkerRecord.occupationCategory`. */
const Occupation = z.enum(OCCUPATION_CATEGORIES);

/**
 * The legal ceiling a rule sets on what a worker may be charged:
 * - `zero`: nothing may be charged;
 * - `amount`: a fixed amount in the origin country's currency;
 * - `months-of-wage`: a number of months of the worker's basic monthly wage, optionally per so many
 *   months of contract (Vietnam: one month's wage per 12 months of contract);
 * - `none-found`: no numeric ceiling was found; the corridor is known but uncapped as far as we know.
 */
export const FeeCap = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('zero') }),
  z.strictObject({ kind: z.literal('amount'), amount: Money }),
  z.strictObject({
    kind: z.literal('months-of-wage'),
    months: DecimalString,
    perContractMonths: z.number().int().positive().optional(),
  }),
  z.strictObject({ kind: z.literal('none-found') }),
]);

/** A legal fee ceiling. */
export type FeeCap = z.output<typeof FeeCap>;

/**
 * A legal recruitment-fee rule of an origin country (or a corridor): who it covers, what it caps, the
 * cap, its legal basis and source, and how confident we are in it. Legal caps are a floor of legality
 * only: the Employer Pays Principle and RBA Code 8.0 require zero whatever the law allows.
 *
 * @example
 * ```ts
 * FeeCapRule.parse({
 *   id: 'in-emigration-rules-r25', origin: 'IN', destinations: 'any', occupations: 'any',
 *   covers: 'recruitment-fees', cap: { kind: 'amount', amount: { amountMinor: 3_000_000, currency: 'INR' } },
 *   legalBasis: 'Emigration Rules, r. 25 (2017)', source: 'STANDARDS.md', confidence: 'high',
 * });
 * ```
 */
export const FeeCapRule = z.strictObject({
  id: z.string().regex(/^[a-z0-9-]+$/),
  origin: CountryCode,
  destinations: z.union([z.literal('any'), z.array(CountryCode).min(1)]),
  excludedDestinations: z.array(CountryCode).default([]),
  occupations: z.union([z.literal('any'), z.array(Occupation).min(1)]),
  excludedOccupations: z.array(Occupation).default([]),
  /** What the cap limits: the recruitment (service, placement) fee alone, or fees and related costs together. */
  covers: z.enum(['recruitment-fees', 'recruitment-fees-and-related-costs']),
  cap: FeeCap,
  /** Items the employer must pay under the rule, whatever the cap (e.g. visa and air ticket under Nepal's FVFT). */
  employerPaysItems: z.array(z.string().min(1)).default([]),
  /** Further conditions of lawfulness (receipt, timing). */
  conditions: z.array(z.string().min(1)).default([]),
  /** Who the rule is restricted to beyond occupation (e.g. "male workers"), in words. */
  appliesTo: z.string().min(1).optional(),
  effectiveFrom: IsoDate.optional(),
  legalBasis: z.string().min(1),
  source: z.string().min(1),
  confidence: z.enum(['high', 'medium', 'low']),
  /** The rule rests on secondary sources and must be checked against the primary text. */
  verify: z.boolean().default(false),
  notes: z.string().min(1).optional(),
});

/** A legal recruitment-fee rule. */
export type FeeCapRule = z.output<typeof FeeCapRule>;
/** A legal recruitment-fee rule as written (defaults not applied). */
export type FeeCapRuleInput = z.input<typeof FeeCapRule>;
