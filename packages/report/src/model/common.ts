import { DataEditionRef, IsoDate, Severity } from '@unforced/core';
import { z } from 'zod';

/**
 * A methodology (rule set) and its version that produced part of a report, e.g. the risk model's policy
 * or the recruitment-fee rules.
 *
 * @example
 * ```ts
 * MethodologyRef.parse({ id: 'unforced/risk', version: '0.1.0' });
 * ```
 */
export const MethodologyRef = z.strictObject({
  id: z.string().min(1),
  version: z.string().min(1),
  title: z.string().min(1).optional(),
});

/** A methodology and its version. */
export type MethodologyRef = z.infer<typeof MethodologyRef>;

/**
 * What every report states about itself: its title, the `asOf` date it describes, who prepared it and for
 * whom, and the data editions and methodology versions it rests on (so a reader can reproduce it).
 *
 * @example
 * ```ts
 * ReportMeta.parse({
 *   title: 'Supplier risk assessment',
 *   asOf: '2026-11-22',
 *   dataEditions: [{ datasetId: 'us-dol-tvpra-list', edition: '2024' }],
 *   methodologies: [{ id: 'unforced/risk', version: '0.1.0' }],
 * });
 * ```
 */
export const ReportMeta = z.strictObject({
  title: z.string().min(1),
  subtitle: z.string().min(1).optional(),
  asOf: IsoDate,
  preparedBy: z.string().min(1).optional(),
  preparedFor: z.string().min(1).optional(),
  /** A reference the caller uses for this report (a case or file number). */
  reference: z.string().min(1).optional(),
  dataEditions: z.array(DataEditionRef),
  methodologies: z.array(MethodologyRef).min(1),
});

/** The metadata of a report. */
export type ReportMeta = z.infer<typeof ReportMeta>;

/**
 * What personal data the caller allows a report to carry. Both default to `false`: worker names and
 * document numbers (identity documents of workers, and the numbers of business documents) are left out
 * of the model, and so out of every rendering, unless the caller opts in.
 *
 * @example
 * ```ts
 * Disclosure.parse({}); // { workerNames: false, documentNumbers: false }
 * ```
 */
export const Disclosure = z.strictObject({
  workerNames: z.boolean().default(false),
  documentNumbers: z.boolean().default(false),
});

/** The caller's disclosure choices. */
export type Disclosure = z.output<typeof Disclosure>;

/**
 * A share between 0 and 1 (e.g. 0.25 for a quarter of the workers in a sample).
 *
 * @example
 * ```ts
 * Share.parse(0.25);
 * ```
 */
export const Share = z.number().min(0).max(1);

/**
 * A risk tier: the label the methodology gives it (e.g. `high`) and the severity it maps onto, which
 * reports use for ordering and colour.
 *
 * @example
 * ```ts
 * RiskTier.parse({ label: 'high', severity: 'high' });
 * ```
 */
export const RiskTier = z.strictObject({
  label: z.string().min(1),
  severity: Severity,
});

/** A risk tier. */
export type RiskTier = z.infer<typeof RiskTier>;

/**
 * A risk score on the methodology's scale (`min`–`max`, higher is riskier).
 *
 * @example
 * ```ts
 * RiskScore.parse({ value: 72.5, min: 0, max: 100 });
 * ```
 */
export const RiskScore = z
  .strictObject({ value: z.number(), min: z.number(), max: z.number() })
  .refine((score) => score.min < score.max && score.value >= score.min && score.value <= score.max, {
    message: 'a score lies between min and max, and min < max',
  });

/** A risk score and its scale. */
export type RiskScore = z.infer<typeof RiskScore>;
