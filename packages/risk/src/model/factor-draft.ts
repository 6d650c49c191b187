import type { DataEditionRef, FindingBasis, IloIndicator, StandardRef } from '@unforced/core';
import type { EvidenceItemRef } from '../assessment/assessment-schema.js';

/** A factor before the caps and the tenths allocation: its raw points and explanation. */
export interface FactorDraft {
  readonly factor: string;
  readonly group: 'inherent' | 'evidence' | 'mitigation';
  readonly label: string;
  readonly basis: FindingBasis;
  readonly raw: number;
  readonly detail: string;
  readonly indicators: readonly IloIndicator[];
  readonly evidence: readonly EvidenceItemRef[];
  readonly dataEditions: readonly DataEditionRef[];
  readonly standards: readonly StandardRef[];
}

/** The empty list of a factor's indicators, evidence, editions or standards: shared and frozen. */
export const EMPTY: readonly never[] = Object.freeze([]);

/** A reason to lift the score to a tier whatever else is known. */
export interface FloorReason {
  readonly tier: 'critical';
  readonly reason: string;
  /** `true` when it is a presumption about a place (UFLPA), not evidence about the supplier. */
  readonly presumption: boolean;
}

/**
 * Rounds a number to 4 decimals for display (rawPoints, weights); never used in the arithmetic.
 *
 * @example
 * ```ts
 * round4(1 / 3); // 0.3333
 * ```
 */
export function round4(value: number): number {
  const rounded = Math.round(value * 10_000) / 10_000;
  return rounded === 0 ? 0 : rounded;
}
