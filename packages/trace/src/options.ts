import { AsOf, DataEditionRef, DecimalString, SubdivisionCode } from '@unforced/core';
import type { ReferenceData } from '@unforced/reference-data';
import { z } from 'zod';
import type { ListedEntityMatcher } from './listed/listed-entity.js';

/**
 * Default upper bounds of output mass over input mass for each transformation type (indicative;
 * configure your own). A transformation whose outputs exceed inputs × yield × (1 + tolerance) is a
 * mass-balance finding. Types without a yield use 1 (outputs may not outweigh inputs).
 *
 * @example
 * ```ts
 * analyseTrace(input, { asOf, yields: { ...DEFAULT_YIELDS, weaving: '1.08' } });
 * ```
 */
export const DEFAULT_YIELDS: Readonly<Record<string, string>> = {
  harvesting: '1',
  ginning: '0.45',
  spinning: '0.95',
  weaving: '1',
  knitting: '1',
  dyeing: '1.05',
  'cut-and-sew': '0.95',
};

/**
 * Options of {@link analyseTrace}.
 *
 * @example
 * ```ts
 * TraceOptions.parse({ asOf: '2026-11-22', tolerance: '0.05' });
 * ```
 */
export const TraceOptions = z.strictObject({
  /** The date of the analysis: findings are dated and remediation deadlines counted from it. */
  asOf: AsOf,
  /** Yields by transformation type (decimal strings), merged over {@link DEFAULT_YIELDS}. */
  yields: z.record(z.string().min(1), DecimalString).default({}),
  /** Relative tolerance on mass balance and lot quantities (decimal string, default `0.02` = 2%). */
  tolerance: DecimalString.default('0.02'),
  /** ISO 3166-2 subdivisions whose production taints a lot wholly (default Xinjiang, `CN-XJ`). */
  highRiskSubdivisions: z.array(SubdivisionCode).default(['CN-XJ']),
  /**
   * Where a DOL-listed good and country (forced labour) makes a lot high-risk: at raw-material origins
   * only (default), or at every production step. Steps not counted still get an advisory finding.
   */
  dolGoodsAt: z.enum(['origin', 'every-step']).default('origin'),
  /** Minutes by which an event may precede the production of its lot before it is inconsistent. */
  timeToleranceMinutes: z.number().int().nonnegative().default(0),
  /** The finished lots to assess; default: lots made by a step and not used by another. */
  finishedLots: z.array(z.string().min(1)).optional(),
  /** Screens a party against forced-labour lists (see `@unforced/screening`); default exact UFLPA names. */
  isListedEntity: z.custom<ListedEntityMatcher>((value) => typeof value === 'function').optional(),
  /** The editions of the lists a custom `isListedEntity` screens against, cited in provenance. */
  listedEntityEditions: z.array(DataEditionRef).default([]),
  /** Reference data to use (default the bundled datasets). */
  referenceData: z
    .custom<ReferenceData>((value) => typeof value === 'object' && value !== null && 'listedGoods' in value)
    .optional(),
});

/** Options of an analysis as callers write them. */
export type TraceOptionsInput = z.input<typeof TraceOptions>;
/** Options after defaults. */
export type ResolvedTraceOptions = z.output<typeof TraceOptions>;
