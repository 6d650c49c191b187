import { UnforcedError } from '@unforced/core';
import { err, ok, type Result } from 'neverthrow';
import { z } from 'zod';
import type { AnalysisContext } from '../analysis/context.js';
import { stateOf, type TraceAnalysis } from '../analysis/trace-analysis.js';
import { derivationWeights } from '../exposure/lot-shares.js';
import { Share, toShare } from '../exposure/share.js';
import { CommodityClass } from '../model/commodity.js';
import { addR, isZeroR, mulR, ONE, type Rational, subR, ZERO } from '../units/rational.js';
import { isCycleEdge } from './components.js';
import { stepDistances } from './step-distances.js';

/**
 * One lot upstream of a traced lot, with its tier and the share of the traced lot's mass it makes up.
 *
 * @example
 * ```ts
 * TracedLot.parse(back.origins[0]);
 * ```
 */
export const TracedLot = z.strictObject({
  lot: z.string(),
  /** 1 for the traced lot, +1 for every transformation or assembly upstream (packing adds none). */
  tier: z.number().int().positive(),
  share: Share,
  product: z.string().optional(),
  commodity: CommodityClass.optional(),
  /** Where the lot was made or created, when known. */
  facility: z.string().optional(),
  party: z.string().optional(),
  country: z.string().optional(),
  subdivision: z.string().optional(),
  highRisk: z.boolean(),
  listed: z.boolean(),
});
/** A lot in a trace-back. */
export type TracedLot = z.infer<typeof TracedLot>;

/**
 * Part of a traced lot's mass whose origin is unknown, and why.
 *
 * @example
 * ```ts
 * UnknownOrigin.parse(back.unknown[0]);
 * ```
 */
export const UnknownOrigin = z.strictObject({
  kind: z.enum(['untraced-lot', 'unlocated-origin', 'unexplained-output', 'cycle']),
  /** The lot without upstream records (or inside the cycle). */
  lot: z.string().optional(),
  /** The step whose output exceeded its inputs. */
  event: z.string().optional(),
  tier: z.number().int().positive(),
  share: Share,
});
/** An unknown-origin contribution. */
export type UnknownOrigin = z.infer<typeof UnknownOrigin>;

/**
 * A trace-back: every lot upstream of a lot with its tier and mass share, its raw-material origins,
 * and the parts of unknown origin. The origin shares and the unknown shares add up to exactly 1.
 *
 * @example
 * ```ts
 * TraceBack.parse(traceBack(analysis, lot)._unsafeUnwrap());
 * ```
 */
export const TraceBack = z.strictObject({
  lot: z.string(),
  lots: z.array(TracedLot),
  origins: z.array(TracedLot),
  unknown: z.array(UnknownOrigin),
  /** The production steps (event ids) upstream, in time order. */
  steps: z.array(z.string()),
  /** The deepest tier reached. */
  depth: z.number().int().positive(),
});
/** A trace-back. */
export type TraceBack = z.infer<typeof TraceBack>;

/**
 * The lots upstream of a lot (itself included) with their tiers, by a 0-1 breadth-first search:
 * packing keeps the tier, every other step adds one; edges inside cycles are not followed.
 *
 * @example
 * ```ts
 * upstreamTiers(context, lot).get(lot); // 1
 * ```
 */
export function upstreamTiers(context: AnalysisContext, start: number): Map<number, number> {
  return stepDistances(context, start, 'upstream', 1);
}

/**
 * Traces a lot back to all its origins (iteratively, in topological order, so depth and cycles are
 * harmless): each upstream lot with its tier and the exact share of the traced lot's mass it makes up,
 * each raw-material origin, and each part of unknown origin (untraced lots, unlocated raw materials,
 * output that inputs × yield cannot explain, inputs inside a cycle).
 *
 * @example
 * ```ts
 * const back = traceBack(analysis, 'urn:epc:class:lgtin:9521007.040001.G-0001')._unsafeUnwrap();
 * back.origins.map((o) => [o.subdivision, o.share.value]);
 * ```
 */
export function traceBack(analysis: TraceAnalysis, lotId: string): Result<TraceBack, UnforcedError> {
  const state = stateOf(analysis);
  if (state.isErr()) return err(state.error);
  const context = state.value.context;
  const { graph, components, masses } = context;
  const start = graph.lotIndex.get(lotId);
  if (start === undefined)
    return err(new UnforcedError('UNKNOWN_REFERENCE', `no event names the lot ${lotId}`, { path: ['lot'] }));
  const tiers = upstreamTiers(context, start);
  const order = [...tiers.keys()].sort(
    (a, b) => (components.rank[b] as number) - (components.rank[a] as number),
  );
  const share = new Map<number, Rational>([[start, ONE]]);
  const origins = new Map<number, Rational>();
  const unknown = new Map<
    string,
    { kind: UnknownOrigin['kind']; lot?: string; event?: string; tier: number; share: Rational }
  >();
  const addUnknown = (
    key: string,
    entry: { kind: UnknownOrigin['kind']; lot?: string; event?: string; tier: number },
    amount: Rational,
  ) => {
    const found = unknown.get(key);
    if (found === undefined) unknown.set(key, { ...entry, share: amount });
    else unknown.set(key, { ...found, share: addR(found.share, amount) });
  };
  const steps = new Set<number>();
  for (const lot of order) {
    const s = share.get(lot) ?? ZERO;
    const node = graph.lot(lot);
    const tier = tiers.get(lot) as number;
    if (node === undefined || isZeroR(s)) continue;
    if (node.producedBy.length === 0) {
      if (node.created.some((e) => context.facilityOf(e) !== undefined))
        origins.set(lot, addR(origins.get(lot) ?? ZERO, s));
      else
        addUnknown(
          `lot:${node.id}`,
          { kind: node.created.length > 0 ? 'unlocated-origin' : 'untraced-lot', lot: node.id, tier },
          s,
        );
      continue;
    }
    const weights = derivationWeights(context, lot);
    node.producedBy.forEach((stepIndex, d) => {
      const step = graph.steps[stepIndex];
      const mass = masses[stepIndex];
      if (step === undefined || mass === undefined) return;
      for (const e of step.events) steps.add(e);
      const part = mulR(s, weights[d] ?? ZERO);
      if (step.inputs.length === 0) {
        if (step.events.some((e) => context.facilityOf(e) !== undefined))
          origins.set(lot, addR(origins.get(lot) ?? ZERO, part));
        else addUnknown(`lot:${node.id}`, { kind: 'unlocated-origin', lot: node.id, tier }, part);
        return;
      }
      const eventId = graph.events[step.events[0] as number]?.id ?? '';
      if (!isZeroR(mass.excess))
        addUnknown(
          `step:${eventId}`,
          { kind: 'unexplained-output', event: eventId, tier },
          mulR(part, mass.excess),
        );
      const kept = mulR(part, subR(ONE, mass.excess));
      const add = step.kind === 'aggregation' ? 0 : 1;
      step.inputs.forEach((line, i) => {
        const w = mulR(kept, mass.weights[i] ?? ZERO);
        if (isZeroR(w)) return;
        if (isCycleEdge(components, line.lot, lot)) {
          const id = graph.lotIds[line.lot] ?? '';
          addUnknown(`cycle:${id}`, { kind: 'cycle', lot: id, tier: tier + add }, w);
          return;
        }
        share.set(line.lot, addR(share.get(line.lot) ?? ZERO, w));
      });
    });
  }
  const describe = (lot: number, value: Rational): TracedLot =>
    describeLot(context, lot, tiers.get(lot) as number, value);
  const lots = order.map((lot) => describe(lot, share.get(lot) ?? ZERO)).sort(byTierThenLot);
  const originList = [...origins].map(([lot, value]) => describe(lot, value)).sort(byTierThenLot);
  const unknownList = [...unknown.values()]
    .map((entry) => ({ ...entry, share: toShare(entry.share) }))
    .sort((a, b) => (a.kind + (a.lot ?? a.event ?? '') < b.kind + (b.lot ?? b.event ?? '') ? -1 : 1));
  const stepIds = [...steps]
    .sort(
      (a, b) =>
        (graph.times[a] as number) - (graph.times[b] as number) ||
        ((graph.events[a]?.id ?? '') < (graph.events[b]?.id ?? '') ? -1 : 1),
    )
    .map((e) => graph.events[e]?.id ?? '');
  let depth = 1;
  for (const tier of tiers.values()) if (tier > depth) depth = tier;
  return ok({ lot: lotId, lots, origins: originList, unknown: unknownList, steps: stepIds, depth });
}

function byTierThenLot(a: TracedLot, b: TracedLot): number {
  return a.tier - b.tier || (a.lot < b.lot ? -1 : a.lot > b.lot ? 1 : 0);
}

/**
 * Describes a lot of a trace with its product, place of production and flags.
 *
 * @example
 * ```ts
 * describeLot(context, lot, 4, share).subdivision; // 'CN-XJ'
 * ```
 */
export function describeLot(context: AnalysisContext, lot: number, tier: number, value: Rational): TracedLot {
  const { graph } = context;
  const id = graph.lotIds[lot] ?? '';
  const out: TracedLot = {
    lot: id,
    tier,
    share: toShare(value),
    highRisk: context.highRisk.has(lot),
    listed: context.listedLots.has(lot),
  };
  const product = graph.products[lot];
  if (product !== undefined) {
    out.product = product.name;
    out.commodity = product.commodity;
  }
  let facility = undefined as ReturnType<AnalysisContext['facilityOf']>;
  for (const s of graph.producedBy(lot)) {
    for (const line of graph.steps[s]?.outputs ?? []) {
      if (line.lot !== lot) continue;
      facility = context.facilityOf(line.event);
      if (facility !== undefined) break;
    }
    if (facility !== undefined) break;
  }
  if (facility === undefined && graph.producedBy(lot).length === 0)
    for (const e of graph.createdBy(lot)) {
      facility = context.facilityOf(e);
      if (facility !== undefined) break;
    }
  if (facility !== undefined) {
    out.facility = facility.id;
    out.party = facility.partyId;
    out.country = facility.country;
    if (facility.subdivision !== undefined) out.subdivision = facility.subdivision;
  }
  return out;
}
