import {
  DataEditionRef,
  DueDiligenceStep,
  FindingBasis,
  IloIndicator,
  IsoDate,
  Money,
  Severity,
  StandardRef,
} from '@unforced/core';
import { z } from 'zod';
import { Volume } from '../input/supplier-evidence.js';
import { MITIGATION_KINDS, RiskTier } from '../policy/policy-schema.js';

const Tenths = z.number().int();

/**
 * Where an evidence item comes from.
 *
 * @example
 * ```ts
 * EVIDENCE_SOURCES.includes('audit'); // true
 * ```
 */
export const EVIDENCE_SOURCES = ['finding', 'audit', 'grievance'] as const;

/**
 * One piece of evidence behind a contribution: its source, id (a finding's `code@subjectKind:subjectId`,
 * an audit finding's or grievance's id), date, severity, basis, status, the weight it kept after decay
 * and the points it carried before grouping.
 *
 * @example
 * ```ts
 * EvidenceItemRef.parse({ source: 'audit', id: 'AF-1', date: '2025-11-22', severity: 'high', basis: 'observed', status: 'open', weight: 0.5, points: 7.5 });
 * ```
 */
export const EvidenceItemRef = z.strictObject({
  source: z.enum(EVIDENCE_SOURCES),
  id: z.string(),
  date: IsoDate,
  severity: Severity,
  basis: FindingBasis,
  status: z.enum(['open', 'closed']),
  weight: z.number(),
  points: z.number(),
});

/** A piece of evidence behind a contribution. */
export type EvidenceItemRef = z.infer<typeof EvidenceItemRef>;

/**
 * The groups a contribution belongs to.
 *
 * @example
 * ```ts
 * assessment.contributions.filter((c) => c.group === CONTRIBUTION_GROUPS[1]); // the evidence
 * ```
 */
export const CONTRIBUTION_GROUPS = ['inherent', 'evidence', 'mitigation', 'floor'] as const;

/**
 * One factor's share of the score. `tenths` are whole tenths of a point and add up exactly to the
 * assessment's `scoreTenths`; `points` is `tenths / 10`. `rawPoints` is the factor's value before
 * the caps scaled it (4 decimals), so a comparison can tell a changed input from a rescaled one.
 *
 * @example
 * ```ts
 * assessment.contributions.reduce((sum, c) => sum + c.tenths, 0) === assessment.scoreTenths; // true
 * ```
 */
export const Contribution = z.strictObject({
  factor: z.string(),
  group: z.enum(CONTRIBUTION_GROUPS),
  label: z.string(),
  basis: FindingBasis,
  rawPoints: z.number(),
  tenths: Tenths,
  points: z.number(),
  detail: z.string(),
  indicators: z.array(IloIndicator),
  evidence: z.array(EvidenceItemRef),
  dataEditions: z.array(DataEditionRef),
  standards: z.array(StandardRef),
});

/** One factor's share of the score. */
export type Contribution = z.infer<typeof Contribution>;

/**
 * An ILO indicator with the evidence for it, observed if any of that evidence is observed.
 *
 * @example
 * ```ts
 * assessment.indicators.filter((i) => i.basis === 'observed' && i.open);
 * ```
 */
export const IndicatorEvidence = z.strictObject({
  indicator: IloIndicator,
  number: z.number().int(),
  label: z.string(),
  basis: FindingBasis,
  severity: Severity,
  open: z.boolean(),
  /** The evidence items behind it, without their weight and points (those belong to the contributions). */
  evidence: z.array(EvidenceItemRef.omit({ weight: true, points: true })),
});

/** An ILO indicator with its evidence. */
export type IndicatorEvidence = z.infer<typeof IndicatorEvidence>;

/**
 * How much evidence exists, 0–1, with what it is made of.
 *
 * @example
 * ```ts
 * if (assessment.confidence.level === 'low') console.log('unknown: nobody has looked yet');
 * ```
 */
export const Confidence = z.strictObject({
  level: z.enum(['low', 'medium', 'high']),
  value: z.number().min(0).max(1),
  components: z.array(z.strictObject({ id: z.string(), label: z.string(), weight: z.number() })),
});

/** The confidence of an assessment. */
export type Confidence = z.infer<typeof Confidence>;

/**
 * A mitigation as the model saw it on `asOf`.
 *
 * @example
 * ```ts
 * assessment.mitigations.filter((m) => m.status === 'expired');
 * ```
 */
export const MitigationStatus = z.strictObject({
  id: z.string(),
  kind: z.enum(MITIGATION_KINDS),
  since: IsoDate,
  until: IsoDate.nullable(),
  status: z.enum(['active', 'expired', 'not-yet-in-effect', 'superseded']),
  effect: z.number(),
});

/** A mitigation's status. */
export type MitigationStatus = z.infer<typeof MitigationStatus>;

/**
 * A recommended action: the CSDDD due-diligence step it serves, a deadline from `asOf`, and its phase
 * (1 identify, prevent and remediate; 2 monitor; 3 responsible exit, a last resort).
 *
 * @example
 * ```ts
 * assessment.actions.filter((a) => a.phase === 1).map((a) => `${a.dueDate} ${a.title}`);
 * ```
 */
export const RecommendedAction = z.strictObject({
  id: z.string(),
  step: DueDiligenceStep,
  title: z.string(),
  detail: z.string(),
  dueDate: IsoDate,
  dueInDays: z.number().int(),
  phase: z.union([z.literal(1), z.literal(2), z.literal(3)]),
  lastResort: z.boolean(),
  triggeredBy: z.array(z.string()),
  standards: z.array(StandardRef),
});

/** A recommended action. */
export type RecommendedAction = z.infer<typeof RecommendedAction>;

/**
 * The assessment of one supplier as of a date: plain JSON data, deterministic (same input and `asOf`
 * give byte-identical JSON). See the package README for every field.
 *
 * @example
 * ```ts
 * Assessment.parse(JSON.parse(JSON.stringify(assessment))); // round-trips
 * ```
 */
export const Assessment = z.strictObject({
  supplierId: z.string(),
  supplierName: z.string(),
  country: z.string(),
  subdivision: z.string().nullable(),
  sector: z.strictObject({ id: z.string(), label: z.string() }).nullable(),
  asOf: IsoDate,
  score: z.number().min(0).max(100),
  scoreTenths: Tenths.min(0).max(1000),
  tier: RiskTier,
  inherentScore: z.number().min(0).max(100),
  inherentTier: RiskTier,
  status: z.enum(['assessed', 'unknown']),
  headline: z.string(),
  confidence: Confidence,
  contributions: z.array(Contribution),
  floor: z.strictObject({ tier: RiskTier, reasons: z.array(z.string()) }).nullable(),
  indicators: z.array(IndicatorEvidence),
  mitigations: z.array(MitigationStatus),
  actions: z.array(RecommendedAction),
  exposure: z.strictObject({
    spend: Money.nullable(),
    workers: z.number().int().nullable(),
    volume: Volume.nullable(),
  }),
  provenance: z.strictObject({
    methodology: z.strictObject({ id: z.string(), version: z.string() }),
    policy: z.strictObject({ id: z.string(), version: z.string() }),
    dataEditions: z.array(DataEditionRef),
    evidenceMethodologies: z.array(z.strictObject({ id: z.string(), version: z.string() })),
  }),
});

/** The assessment of one supplier. */
export type Assessment = z.infer<typeof Assessment>;
