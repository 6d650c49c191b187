import { z } from 'zod';
import { IsoDate } from '../dates/iso-date.js';
import { IloIndicator } from '../ilo/ilo-indicators.js';
import { Money } from '../money/money.js';
import { DueDiligenceStep } from './due-diligence-step.js';
import { EvidenceRef } from './evidence-ref.js';
import { Provenance } from './provenance.js';
import { Severity } from './severity.js';
import { StandardRef } from './standards.js';

/** What a finding is about. */
export const SUBJECT_KINDS = [
  'supplier',
  'facility',
  'worker',
  'recruiter',
  'lot',
  'party',
  'event',
  'shipment',
  'portfolio',
] as const;

/**
 * The subject of a finding: a supplier, facility, worker (pseudonymous id only), recruiter, lot, party,
 * trace event, shipment or the portfolio as a whole.
 *
 * @example
 * ```ts
 * FindingSubject.parse({ kind: 'worker', id: 'W-0193' });
 * ```
 */
export const FindingSubject = z.strictObject({
  kind: z.enum(SUBJECT_KINDS),
  id: z.string().min(1),
});

/** What a finding is about. */
export type FindingSubject = z.infer<typeof FindingSubject>;

/** A metric attached to a finding: a number, a string, a flag or an amount of money. */
export const MetricValue = z.union([z.number(), z.string(), z.boolean(), Money]);

/** A metric value. */
export type MetricValue = z.infer<typeof MetricValue>;

/**
 * The remediation a finding calls for, with its due date computed from the `asOf` of the check
 * (e.g. repay recruitment fees within 90 days under RBA VAP 8.0.2) and, where money is owed, the amount.
 */
export const Remediation = z.strictObject({
  action: z.string().min(1),
  dueDate: IsoDate,
  step: DueDiligenceStep,
  amount: Money.optional(),
});

/** The remediation a finding calls for. */
export type Remediation = z.infer<typeof Remediation>;

/**
 * Whether a finding was observed in the evidence (a receipt, a payslip, an audit) or inferred (from an
 * estimate, a corridor cost table, a name match, a default assumption).
 */
export const FindingBasis = z.enum(['observed', 'inferred']);

/** `observed` or `inferred`. */
export type FindingBasis = z.infer<typeof FindingBasis>;

/**
 * A finding: the one currency between Unforced packages. Every check (recruitment, screening, trace)
 * returns findings; the risk model combines them; reports render them.
 *
 * - `code`: a stable, dotted identifier of the rule, e.g. `recruitment.fee.borne-by-worker`.
 * - `indicators`: the ILO indicators the finding evidences (may be empty for data-quality findings).
 * - `standards`: at least one standard and clause the rule rests on.
 * - `metrics`: figures that quantify it (e.g. `{ feeMonthsOfWage: 2.3 }`).
 * - `provenance`: the methodology version and data editions that produced it.
 *
 * @example
 * ```ts
 * const finding: Finding = Finding.parse({
 *   code: 'recruitment.fee.borne-by-worker',
 *   severity: 'high',
 *   indicators: ['debt-bondage'],
 *   subject: { kind: 'worker', id: 'W-0193' },
 *   message: 'The worker paid NPR 150,000.00 in recruitment fees.',
 *   metrics: { feeMonthsOfWage: 2.3 },
 *   evidence: [],
 *   standards: [{ standard: 'ILO-FAIR-RECRUITMENT-2019', clause: 'General Principle 7' }],
 *   basis: 'observed',
 *   asOf: '2026-11-22',
 *   provenance: { methodology: { id: 'unforced/recruitment', version: '0.1.0' }, dataEditions: [] },
 * });
 * ```
 */
export const Finding = z.strictObject({
  code: z
    .string()
    .regex(/^[a-z0-9]+(?:[.-][a-z0-9]+)*$/, 'a finding code is lower-case words joined by dots or hyphens'),
  severity: Severity,
  indicators: z.array(IloIndicator),
  subject: FindingSubject,
  message: z.string().min(1),
  metrics: z.record(z.string(), MetricValue).default({}),
  evidence: z.array(EvidenceRef).default([]),
  standards: z.array(StandardRef).min(1),
  remediation: Remediation.optional(),
  basis: FindingBasis,
  /** 0–1, how sure the rule is (e.g. a name match score); omitted when the finding is certain. */
  confidence: z.number().min(0).max(1).optional(),
  /** The `asOf` date of the check that produced the finding. */
  asOf: IsoDate,
  provenance: Provenance,
});

/** A finding, as validated by {@link Finding}. */
export type Finding = z.output<typeof Finding>;

/** A finding as callers may write it (metrics and evidence may be omitted). */
export type FindingInput = z.input<typeof Finding>;
