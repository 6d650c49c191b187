import type { AnalysisContext } from '../analysis/context.js';
import { compareEvents } from '../graph/lot-graph.js';
import { upstreamTiers } from '../graph/trace-back.js';

/** The lots, tiers and events a tracing summary covers. */
export interface SummaryScope {
  /** Every lot in scope with its tier (the lowest over the traced lots). */
  readonly tiers: ReadonlyMap<number, number>;
  /** The events of the lots in scope, in time order. */
  readonly events: readonly number[];
  /** For each event in scope, the lots in scope it names. */
  readonly lotsOfEvent: ReadonlyMap<number, readonly number[]>;
}

/**
 * The scope of a summary: everything upstream of the traced lots, and the containers they were packed
 * into (so the shipment to the importer is included), with tiers and events.
 *
 * @example
 * ```ts
 * const scope = summaryScope(context, [lot]);
 * ```
 */
export function summaryScope(context: AnalysisContext, lots: readonly number[]): SummaryScope {
  const { graph } = context;
  const tiers = new Map<number, number>();
  const keep = (lot: number, tier: number) => {
    const known = tiers.get(lot);
    if (known === undefined || tier < known) tiers.set(lot, tier);
  };
  for (const lot of lots) {
    for (const [upstreamLot, tier] of upstreamTiers(context, lot)) keep(upstreamLot, tier);
    const queue = [lot];
    for (let head = 0; head < queue.length; head += 1) {
      const current = queue[head] as number;
      for (const s of graph.lot(current)?.consumedBy ?? []) {
        const step = graph.steps[s];
        if (step?.kind !== 'aggregation') continue;
        for (const line of step.outputs)
          if (!tiers.has(line.lot)) {
            keep(line.lot, tiers.get(current) ?? 1);
            queue.push(line.lot);
          }
      }
    }
  }
  const lotsOfEvent = new Map<number, number[]>();
  for (const lot of tiers.keys())
    for (const e of graph.lot(lot)?.events ?? []) {
      const list = lotsOfEvent.get(e);
      if (list === undefined) lotsOfEvent.set(e, [lot]);
      else if (!list.includes(lot)) list.push(lot);
    }
  const events = [...lotsOfEvent.keys()].sort((a, b) => compareEvents(graph, a, b));
  return { tiers, events, lotsOfEvent };
}
