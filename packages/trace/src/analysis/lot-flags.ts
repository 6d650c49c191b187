import type { ReferenceData } from '@unforced/reference-data';
import type { LotGraph } from '../graph/lot-graph.js';
import type { ListedEntityMatch } from '../listed/listed-entity.js';
import { dolGoodOf } from '../model/commodity.js';
import type { TraceFacility } from '../model/master-data.js';
import type { ResolvedTraceOptions } from '../options.js';
import type { HighRiskReason } from './context.js';

/** The inputs {@link flagLots} reads. */
export interface FlagInputs {
  readonly graph: LotGraph;
  readonly options: ResolvedTraceOptions;
  readonly referenceData: ReferenceData;
  readonly facilityOf: (event: number) => TraceFacility | undefined;
  readonly listedParties: ReadonlyMap<string, ListedEntityMatch>;
}

/**
 * The DOL-listed good (forced labour) a product of this commodity is in this country, if any.
 *
 * @example
 * ```ts
 * dolListedGood(referenceData, new Map(), 'CN', 'Cotton'); // 'Cotton'
 * ```
 */
export function dolListedGood(
  referenceData: ReferenceData,
  cache: Map<string, string | null>,
  country: string,
  good: string | undefined,
): string | undefined {
  if (good === undefined) return undefined;
  const key = `${country}\u0000${good}`;
  let hit = cache.get(key);
  if (hit === undefined) {
    hit = referenceData.listedGoods(country, good).some((record) => record.forcedLabour) ? good : null;
    cache.set(key, hit);
  }
  return hit ?? undefined;
}

/**
 * Marks the lots that count wholly as high-risk (made or created at a facility in a high-risk
 * subdivision; a raw material whose good and country are on the DOL List of Goods for forced labour)
 * and the lots a listed party handled (any event of the lot at a listed party's facility or naming it
 * as source or destination).
 *
 * @example
 * ```ts
 * const { highRisk, listedLots } = flagLots(inputs);
 * ```
 */
export function flagLots(inputs: FlagInputs): {
  highRisk: Map<number, HighRiskReason[]>;
  listedLots: Map<number, string[]>;
} {
  const { graph, options, referenceData, facilityOf } = inputs;
  const subdivisions = new Set(options.highRiskSubdivisions);
  const highRisk = new Map<number, HighRiskReason[]>();
  const cache = new Map<string, string | null>();
  const add = (lot: number, reason: HighRiskReason) => {
    const list = highRisk.get(lot);
    if (list === undefined) highRisk.set(lot, [reason]);
    else if (!list.some((r) => r.kind === reason.kind && r.facility.id === reason.facility.id))
      list.push(reason);
  };
  const check = (lot: number, event: number, raw: boolean) => {
    const facility = facilityOf(event);
    if (facility === undefined) return;
    if (facility.subdivision !== undefined && subdivisions.has(facility.subdivision))
      add(lot, { kind: 'subdivision', facility, event });
    if (!raw && options.dolGoodsAt === 'origin') return;
    const product = graph.products[lot];
    if (product === undefined) return;
    const good = dolListedGood(
      referenceData,
      cache,
      facility.country,
      product.dolGood ?? dolGoodOf(product.commodity),
    );
    if (good !== undefined) add(lot, { kind: 'listed-good', facility, event, good });
  };
  for (const step of graph.steps) {
    if (step.kind === 'aggregation') continue;
    const raw = step.inputs.length === 0;
    for (const line of step.outputs) check(line.lot, line.event, raw);
  }
  graph.forEachLot((node, lot) => {
    if (node.producedBy.length > 0) return;
    for (const event of node.created) check(lot, event, true);
  });
  const listedLots = new Map<number, string[]>();
  if (inputs.listedParties.size > 0) {
    const perEvent = new Map<number, string[]>();
    graph.events.forEach((event, e) => {
      const found = new Set<string>();
      const here = facilityOf(e);
      if (here !== undefined && inputs.listedParties.has(here.partyId)) found.add(here.partyId);
      for (const entry of event.sourceList.concat(event.destinationList)) {
        const party = entry.type === 'location' ? graph.master.facilities.get(entry.id)?.partyId : entry.id;
        if (party !== undefined && inputs.listedParties.has(party)) found.add(party);
      }
      if (found.size > 0) perEvent.set(e, [...found]);
    });
    if (perEvent.size > 0)
      graph.forEachLot((node, lot) => {
        const parties = new Set<string>();
        for (const e of node.events) for (const party of perEvent.get(e) ?? []) parties.add(party);
        if (parties.size > 0) listedLots.set(lot, [...parties].sort());
      });
  }
  return { highRisk, listedLots };
}
