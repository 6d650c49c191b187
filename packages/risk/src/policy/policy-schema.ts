import { addCodedIssue, Severity, StandardRef, SubdivisionCode } from '@unforced/core';
import { z } from 'zod';

const Points = z.number().min(0).max(100);
const Fraction = z.number().min(0).max(1);
const Days = z.number().int().min(1).max(36_500);

/**
 * The risk tiers, least to most severe.
 *
 * @example
 * ```ts
 * RISK_TIERS.indexOf('high'); // 2
 * ```
 */
export const RISK_TIERS = ['low', 'medium', 'high', 'critical'] as const;

/**
 * A risk tier.
 *
 * @example
 * ```ts
 * RiskTier.parse('high');
 * ```
 */
export const RiskTier = z.enum(RISK_TIERS);

/** `low`, `medium`, `high` or `critical`. */
export type RiskTier = z.infer<typeof RiskTier>;

/**
 * The kinds of mitigation the model credits.
 *
 * @example
 * ```ts
 * MITIGATION_KINDS.includes('fee-repayment'); // true
 * ```
 */
export const MITIGATION_KINDS = [
  'independent-audit',
  'certified-recruiter',
  'grievance-channel',
  'fee-repayment',
] as const;

/**
 * The actions the model can recommend, each with a deadline (days from `asOf`) in the policy.
 *
 * @example
 * ```ts
 * DEFAULT_RISK_POLICY.actions.deadlineDays[ACTION_IDS[4]]; // 90 (repay-recruitment-fees)
 * ```
 */
export const ACTION_IDS = [
  'unannounced-audit',
  'independent-audit',
  'trace-to-origin',
  'supplier-questionnaire',
  'repay-recruitment-fees',
  'return-identity-documents',
  'pay-withheld-wages',
  'limit-working-hours',
  'investigate-indicator',
  'open-grievance-channel',
  'responsible-exit-review',
] as const;

/** The id of a recommended action. */
export type ActionId = (typeof ACTION_IDS)[number];

const SectorEntry = z.strictObject({
  id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'a sector id is lower-case words joined by hyphens'),
  label: z.string().min(1),
  points: Points,
  /**
   * Lower-case words or phrases; a sector or goods text containing one as a whole word (plural -s/-es
   * allowed) matches; a trailing `*` matches any word it starts (`manufactur*`).
   */
  keywords: z
    .array(
      z
        .string()
        .regex(/^[a-z0-9][a-z0-9 &'/-]*\*?$/, 'a keyword is lower-case words, optionally ending in *'),
    )
    .min(1),
});

const SubdivisionEntry = z.strictObject({
  code: SubdivisionCode,
  points: Points,
  /** Lift the score to this tier whatever else is known (e.g. the UFLPA rebuttable presumption). */
  floorTier: RiskTier.optional(),
  reason: z.string().min(1),
  standard: StandardRef,
});

const byTier = <T extends z.ZodType>(schema: T) =>
  z.strictObject({ low: schema, medium: schema, high: schema, critical: schema });

/**
 * The risk policy: every weight, cap, threshold, half-life, mitigation effect and deadline of the
 * model, versioned and validated. {@link DEFAULT_RISK_POLICY} is the documented default
 * (docs/methodology.md gives the reasoning and sources for each number); callers may pass their own,
 * which {@link parseRiskPolicy} checks (weights out of range, missing or unknown keys are coded errors
 * with paths).
 *
 * @example
 * ```ts
 * RiskPolicy.safeParse({ ...DEFAULT_RISK_POLICY, version: '2026.1-acme' }).success; // true
 * ```
 */
export const RiskPolicy = z
  .strictObject({
    id: z.string().min(1),
    version: z.string().min(1),
    /** Score thresholds (0–100) at which each tier starts; `low` starts at 0. */
    tiers: z.strictObject({ medium: Points, high: Points, critical: Points }),
    inherent: z.strictObject({
      /** Inherent risk is capped here; when capped every inherent factor keeps its share. */
      cap: Points,
      tipTier: z.strictObject({
        'tier-1': Points,
        'tier-2': Points,
        'tier-2-watch-list': Points,
        'tier-3': Points,
        /** A country the TIP Report does not rank (Special Cases, or absent): absence is not low risk. */
        unranked: Points,
      }),
      gsi: z.strictObject({
        /** Points per estimated victim per 1,000 population, up to `prevalenceCap`. */
        pointsPerPrevalence: z.number().min(0).max(10),
        prevalenceCap: Points,
        /** Points per point of the total vulnerability score (0–100), up to `vulnerabilityCap`. */
        pointsPerVulnerability: z.number().min(0).max(1),
        vulnerabilityCap: Points,
      }),
      subdivisions: z.array(SubdivisionEntry),
      sectors: z.strictObject({
        /** Points when neither sector nor goods are given (unknown, not safe). */
        unknownPoints: Points,
        /** A sector text that matches no sector of the table: an `UNKNOWN_SECTOR` error, or treat as unknown. */
        onUnmatched: z.enum(['error', 'unknown']),
        table: z.array(SectorEntry).min(1),
      }),
      listedGoods: z.strictObject({ forcedLabour: Points, childLabourOnly: Points, derived: Points }),
      uflpaPrioritySector: z.strictObject({ inChina: Points, elsewhere: Points }),
      workforce: z.strictObject({
        /** Points at a share of 1 (scaled linearly by the share). */
        migrantShare: Points,
        agencyShare: Points,
        seasonal: Points,
        employerProvidedHousing: Points,
        pieceRates: Points,
        /** Points when no workforce risk attribute is known. */
        unknownProfile: Points,
      }),
    }),
    evidence: z.strictObject({
      cap: Points,
      severityPoints: byTier(Points),
      basisWeight: z.strictObject({ observed: Fraction, inferred: Fraction }),
      halfLifeDays: z.strictObject({ finding: Days, audit: Days, grievance: Days }),
      /** An open item never weighs less than this, however old. */
      openMinimumWeight: Fraction,
      /** Weight of a closed audit finding or a resolved grievance. */
      closedWeight: Fraction,
      /** Within one group (same finding code, same audit clause), items after the heaviest weigh this much. */
      repeatWeight: Fraction,
      /** A group never exceeds this multiple of its heaviest item. */
      groupCapMultiple: z.number().min(1).max(100),
      /** The severity given to an open grievance. */
      grievanceSeverity: Severity,
    }),
    mitigations: z.strictObject({
      /** Mitigations together never take more than this share off the score. */
      maxReduction: Fraction,
      effects: z.strictObject({
        'independent-audit': Fraction,
        'certified-recruiter': Fraction,
        'grievance-channel': Fraction,
        'fee-repayment': Fraction,
      }),
      /** An independent audit counts as a mitigation (and as coverage) for this many days. */
      auditValidDays: Days,
    }),
    floors: z.strictObject({
      /** An open critical finding (or RBA priority audit finding) lifts the score to the critical tier. */
      openCriticalEvidence: z.boolean(),
      /** A critical finding with a `confidence` below this (e.g. a weak name match) does not lift it. */
      minConfidence: Fraction,
    }),
    confidence: z.strictObject({
      audit: Fraction,
      perCheckArea: Fraction,
      maxCheckAreas: z.number().int().min(0).max(20),
      workerVoice: Fraction,
      workforceProfile: Fraction,
      sectorOrGoods: Fraction,
      /** Confidence at which the level becomes `medium`, then `high`. */
      medium: Fraction,
      high: Fraction,
    }),
    actions: z.strictObject({
      deadlineDays: z.strictObject(
        Object.fromEntries(ACTION_IDS.map((id) => [id, Days])) as { [K in ActionId]: typeof Days },
      ),
      /** Re-assess within this many days, by tier. */
      reassessDays: byTier(Days),
    }),
  })
  .superRefine((policy, ctx) => {
    const { medium, high, critical } = policy.tiers;
    if (!(medium < high && high < critical))
      addCodedIssue(ctx, 'OUT_OF_RANGE', 'tier thresholds must rise: medium < high < critical', ['tiers']);
    if (policy.confidence.medium >= policy.confidence.high)
      addCodedIssue(ctx, 'OUT_OF_RANGE', 'confidence.medium must be below confidence.high', [
        'confidence',
        'medium',
      ]);
    const seen = new Set<string>();
    policy.inherent.sectors.table.forEach((sector, index) => {
      if (seen.has(sector.id))
        addCodedIssue(ctx, 'DUPLICATE_ID', `sector "${sector.id}" appears twice`, [
          'inherent',
          'sectors',
          'table',
          index,
          'id',
        ]);
      seen.add(sector.id);
    });
  });

/** A validated risk policy. */
export type RiskPolicy = z.output<typeof RiskPolicy>;

/** A risk policy as callers write it. */
export type RiskPolicyInput = z.input<typeof RiskPolicy>;

/** The kind of a mitigation. */
export type MitigationKind = (typeof MITIGATION_KINDS)[number];
