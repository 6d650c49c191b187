import { type AnalysisContext, locationOf } from '../analysis/context.js';
import type { TraceBack } from '../graph/trace-back.js';
import type { BizTransactionRef } from '../model/trace-event.js';
import type { RoleEntry } from './roles.js';
import type { SummaryScope } from './summary-scope.js';
import type { FlowEdge, FlowNode } from './tracing-summary-schema.js';

const DISPATCH: ReadonlySet<string> = new Set(['shipping', 'departing']);

interface EdgeDraft {
  from: string;
  to: string;
  unknown?: FlowEdge['unknown'];
  lots: Set<string>;
  events: Set<number>;
}

/**
 * The flow chart of a summary: a node for every facility (or party known only by name) the traced
 * goods passed through and one for every unknown origin; an edge wherever a lot's consecutive events
 * (in time order) are at different places, or a last shipment names a destination, carrying the lots,
 * commodities, events and business documents of the move.
 *
 * @example
 * ```ts
 * const { nodes, edges } = flowChart(context, scope, roles, traces);
 * ```
 */
export function flowChart(
  context: AnalysisContext,
  scope: SummaryScope,
  roles: readonly RoleEntry[],
  traces: readonly TraceBack[],
): { nodes: FlowNode[]; edges: FlowEdge[] } {
  const { graph } = context;
  const drafts = new Map<string, EdgeDraft>();
  const partyNodes = new Set<string>();
  const edge = (
    from: string,
    to: string,
    lot: string | undefined,
    events: readonly number[],
    unknown?: FlowEdge['unknown'],
  ) => {
    const key = `${from}\u0000${to}\u0000${unknown ?? ''}`;
    const draft = drafts.get(key) ?? {
      from,
      to,
      lots: new Set(),
      events: new Set(),
      ...(unknown === undefined ? {} : { unknown }),
    };
    if (lot !== undefined) draft.lots.add(lot);
    for (const e of events) draft.events.add(e);
    drafts.set(key, draft);
  };
  const placeOf = (e: number): string | undefined => locationOf(graph.events[e]);
  for (const lot of scope.tiers.keys()) {
    const node = graph.lot(lot);
    if (node === undefined) continue;
    let previous: string | undefined;
    let last = -1;
    let between: number[] = [];
    for (const e of node.events) {
      const place = placeOf(e);
      if (place === undefined) {
        between.push(e);
        continue;
      }
      if (previous !== undefined && place !== previous) edge(previous, place, node.id, [last, ...between, e]);
      previous = place;
      last = e;
      between = [];
    }
    const final = graph.events[last];
    if (previous !== undefined && final !== undefined && DISPATCH.has(final.bizStep ?? '')) {
      const location = final.destinationList.find((d) => d.type === 'location')?.id;
      const owner = final.destinationList.find((d) => d.type === 'owning_party')?.id;
      const target = location ?? owner;
      if (location === undefined && owner !== undefined) partyNodes.add(owner);
      if (target !== undefined && target !== previous) edge(previous, target, node.id, [last, ...between]);
    }
  }
  const eventIndex = new Map<string, number>();
  if (traces.some((trace) => trace.unknown.some((u) => u.event !== undefined)))
    for (const e of scope.events) eventIndex.set(graph.events[e]?.id ?? '', e);
  for (const trace of traces)
    for (const unknown of trace.unknown) {
      const id = unknown.lot ?? unknown.event ?? '';
      const where =
        unknown.event !== undefined
          ? placeOf(eventIndex.get(unknown.event) ?? -1)
          : consumptionPlace(context, unknown.lot ?? '');
      if (where !== undefined) edge(`unknown:${id}`, where, unknown.lot, [], unknown.kind);
    }
  const nodes = flowNodes(context, roles, drafts, partyNodes);
  const edges: FlowEdge[] = [...drafts.values()]
    .map((draft) => {
      const events = [...draft.events].sort((a, b) => a - b);
      const lots = [...draft.lots].sort();
      const commodities = [
        ...new Set(
          lots
            .map((id) => graph.master.productOf(id)?.commodity)
            .filter((c): c is NonNullable<typeof c> => c !== undefined),
        ),
      ].sort();
      const out: FlowEdge = {
        from: draft.from,
        to: draft.to,
        lots,
        commodities,
        events: [...new Set(events.map((e) => graph.events[e]?.id ?? ''))].sort(),
        documents: documentsOf(context, events),
      };
      if (draft.unknown !== undefined) out.unknown = draft.unknown;
      return out;
    })
    .sort((a, b) => (a.from + a.to < b.from + b.to ? -1 : a.from + a.to > b.from + b.to ? 1 : 0));
  return { nodes, edges };
}

function consumptionPlace(context: AnalysisContext, lotId: string): string | undefined {
  const { graph } = context;
  const lot = graph.lotIndex.get(lotId);
  const places: string[] = [];
  for (const s of graph.lot(lot ?? -1)?.consumedBy ?? [])
    for (const line of graph.steps[s]?.inputs ?? []) {
      if (line.lot !== lot) continue;
      const place = locationOf(graph.events[line.event]);
      if (place !== undefined) places.push(place);
    }
  return places.sort()[0];
}

function documentsOf(context: AnalysisContext, events: readonly number[]): BizTransactionRef[] {
  const seen = new Map<string, BizTransactionRef>();
  for (const e of events)
    for (const document of context.graph.events[e]?.bizTransactionList ?? [])
      seen.set(`${document.type ?? ''}\u0000${document.id ?? ''}`, document);
  return [...seen].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, document]) => document);
}

function flowNodes(
  context: AnalysisContext,
  roles: readonly RoleEntry[],
  drafts: ReadonlyMap<string, EdgeDraft>,
  partyNodes: ReadonlySet<string>,
): FlowNode[] {
  const { graph } = context;
  const subdivisions = new Set(context.options.highRiskSubdivisions);
  const ids = new Set<string>();
  for (const draft of drafts.values()) {
    ids.add(draft.from);
    ids.add(draft.to);
  }
  for (const role of roles) if (role.facility !== undefined) ids.add(role.facility);
  return [...ids].sort().map((id) => {
    const facility = graph.master.facilities.get(id);
    const here = roles.filter((r) =>
      facility === undefined ? r.party === id && r.facility === undefined : r.facility === id,
    );
    let tier: number | undefined;
    for (const r of here) if (tier === undefined || r.tier < tier) tier = r.tier;
    const base = { id, roles: [...new Set(here.map((r) => r.role))].sort() };
    if (id.startsWith('unknown:'))
      return {
        ...base,
        kind: 'unknown-origin' as const,
        label: `Unknown origin (${id.slice('unknown:'.length)})`,
        highRisk: false,
        listed: false,
      };
    if (facility !== undefined) {
      const node: FlowNode = {
        ...base,
        kind: 'facility',
        label: facility.name,
        partyId: facility.partyId,
        country: facility.country,
        highRisk: facility.subdivision !== undefined && subdivisions.has(facility.subdivision),
        listed: context.listedParties.has(facility.partyId),
      };
      if (facility.subdivision !== undefined) node.subdivision = facility.subdivision;
      if (tier !== undefined) node.tier = tier;
      return node;
    }
    const party = graph.master.parties.get(id);
    const node: FlowNode = {
      ...base,
      kind: party !== undefined || partyNodes.has(id) ? 'party' : 'facility',
      label: party?.name ?? id,
      highRisk: party?.subdivision !== undefined && subdivisions.has(party.subdivision),
      listed: context.listedParties.has(id),
    };
    if (party !== undefined) {
      node.partyId = party.id;
      node.country = party.country;
      if (party.subdivision !== undefined) node.subdivision = party.subdivision;
    }
    if (tier !== undefined) node.tier = tier;
    return node;
  });
}
