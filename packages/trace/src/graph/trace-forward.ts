import { UnforcedError } from '@unforced/core';
import { err, ok, type Result } from 'neverthrow';
import { z } from 'zod';
import { stateOf, type TraceAnalysis } from '../analysis/trace-analysis.js';
import { stepDistances } from './step-distances.js';

/**
 * A trace-forward: every lot made (directly or through further steps) from a lot, with the number of
 * transformations in between, and which of them are finished lots of the analysis.
 *
 * @example
 * ```ts
 * TraceForward.parse(traceForward(analysis, lot)._unsafeUnwrap());
 * ```
 */
export const TraceForward = z.strictObject({
  lot: z.string(),
  lots: z.array(
    z.strictObject({ lot: z.string(), steps: z.number().int().nonnegative(), finished: z.boolean() }),
  ),
  finishedLots: z.array(z.string()),
});
/** A trace-forward. */
export type TraceForward = z.infer<typeof TraceForward>;

/**
 * Traces a lot forward to everything made from it (iterative breadth-first search; cycles end the
 * walk). Use it to find every finished lot and shipment a high-risk or untraced input reached.
 *
 * @example
 * ```ts
 * traceForward(analysis, 'urn:epc:class:lgtin:9521003.010001.XJ24-0031')._unsafeUnwrap().finishedLots;
 * ```
 */
export function traceForward(analysis: TraceAnalysis, lotId: string): Result<TraceForward, UnforcedError> {
  const state = stateOf(analysis);
  if (state.isErr()) return err(state.error);
  const { graph } = state.value.context;
  const start = graph.lotIndex.get(lotId);
  if (start === undefined)
    return err(new UnforcedError('UNKNOWN_REFERENCE', `no event names the lot ${lotId}`, { path: ['lot'] }));
  const finished = new Set(state.value.finished);
  const depth = stepDistances(state.value.context, start, 'downstream', 0);
  const lots = [...depth]
    .filter(([lot]) => lot !== start)
    .map(([lot, steps]) => ({ lot: graph.lotIds[lot] ?? '', steps, finished: finished.has(lot) }))
    .sort((a, b) => a.steps - b.steps || (a.lot < b.lot ? -1 : 1));
  return ok({ lot: lotId, lots, finishedLots: lots.filter((l) => l.finished).map((l) => l.lot) });
}
