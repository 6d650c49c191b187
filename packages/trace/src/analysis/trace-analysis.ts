import { type DataEditionRef, type Finding, UnforcedError, type UnforcedIssue } from '@unforced/core';
import { err, ok, type Result } from 'neverthrow';
import type { LotExposure } from '../exposure/lot-exposure.js';
import type { LotShares } from '../exposure/lot-shares.js';
import type { InvalidEvent } from '../parse/event-batch.js';
import type { AnalysisContext } from './context.js';

/**
 * The result of {@link analyseTrace}: plain, JSON-serialisable data. Pass it to `traceBack`,
 * `traceForward` and `buildTracingSummary`, which reach the lot graph kept alongside it.
 */
export interface TraceAnalysis {
  readonly asOf: string;
  readonly methodology: { readonly id: string; readonly version: string };
  readonly dataEditions: readonly DataEditionRef[];
  /** Every finding, in a stable order (code, subject, message). */
  readonly findings: readonly Finding[];
  /** The exposure of each finished lot, by lot id. */
  readonly exposures: readonly LotExposure[];
  readonly finishedLots: readonly string[];
  /** Events that could not be read, by position, with every issue. */
  readonly invalidEvents: readonly InvalidEvent[];
  /** Master-data records that could not be used, with every issue and its path. */
  readonly invalidMasterData: readonly UnforcedIssue[];
  readonly stats: {
    readonly events: number;
    readonly lots: number;
    readonly steps: number;
    readonly finishedLots: number;
    readonly duplicateEvents: number;
  };
}

/** What an analysis keeps beside its plain result. */
export interface AnalysisState {
  readonly context: AnalysisContext;
  readonly shares: LotShares;
  readonly finished: readonly number[];
}

const STATES = new WeakMap<TraceAnalysis, AnalysisState>();

/**
 * Attaches the graph and shares to an analysis result.
 *
 * @example
 * ```ts
 * attachState(analysis, { context, shares, finished });
 * ```
 */
export function attachState(analysis: TraceAnalysis, state: AnalysisState): void {
  STATES.set(analysis, state);
}

/**
 * The graph and shares behind an analysis made by {@link analyseTrace} in this process, or an
 * `UNKNOWN_REFERENCE` error for an object that did not come from it (e.g. one read back from JSON).
 *
 * @example
 * ```ts
 * stateOf(analysis).map((state) => state.context.graph.lotCount);
 * ```
 */
export function stateOf(analysis: TraceAnalysis): Result<AnalysisState, UnforcedError> {
  const state = STATES.get(analysis);
  return state === undefined
    ? err(
        new UnforcedError('UNKNOWN_REFERENCE', 'this analysis was not made by analyseTrace in this process'),
      )
    : ok(state);
}
