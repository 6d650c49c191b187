import type { AnalysisContext } from '../analysis/context.js';
import { transformationTypeOf } from '../model/commodity.js';
import type { SummaryScope } from './summary-scope.js';

/** One role a party plays for a lot in scope, at a tier (and at a facility, when it acted there). */
export interface RoleEntry {
  readonly party: string;
  readonly lot: number;
  readonly facility?: string;
  readonly role: string;
  readonly tier: number;
}

const RECEIPT: ReadonlySet<string> = new Set(['receiving', 'arriving', 'accepting']);
const DISPATCH: ReadonlySet<string> = new Set(['shipping', 'departing']);

/**
 * The roles parties play in the scope of a summary: makers take the tier of the lot they make
 * (`spinning`, `weaving`, `cut-and-sew`, `packing`, or `raw-material` for a created lot: `ginning` for
 * cotton lint); sellers and shippers the tier of the lot they sell or ship; buyers and receivers one
 * tier lower (the importer of the finished goods is tier 0), as do holders of a lot they bought.
 *
 * @example
 * ```ts
 * roleEntries(context, scope).filter((r) => r.role === 'buyer');
 * ```
 */
export function roleEntries(context: AnalysisContext, scope: SummaryScope): RoleEntry[] {
  const { graph, masses } = context;
  const out: RoleEntry[] = [];
  const made = new Map<number, Map<number, string>>();
  for (const lot of scope.tiers.keys()) {
    const node = graph.lot(lot);
    for (const s of node?.producedBy ?? []) {
      const step = graph.steps[s];
      for (const line of step?.outputs ?? [])
        if (line.lot === lot) {
          const map = made.get(line.event) ?? new Map<number, string>();
          map.set(lot, masses[s]?.type ?? 'processing');
          made.set(line.event, map);
        }
    }
    for (const e of node?.created ?? []) {
      const product = graph.master.productOf(node?.id ?? '');
      const type = product === undefined ? undefined : transformationTypeOf(product.commodity);
      const map = made.get(e) ?? new Map<number, string>();
      map.set(lot, type === undefined || type === 'harvesting' ? 'raw-material' : type);
      made.set(e, map);
    }
  }
  for (const e of scope.events) {
    const event = graph.events[e];
    if (event === undefined) continue;
    const facility = context.facilityOf(e);
    const at = facility === undefined ? {} : { facility: facility.id };
    for (const lot of scope.lotsOfEvent.get(e) ?? []) {
      const tier = scope.tiers.get(lot) ?? 1;
      const lower = Math.max(0, tier - 1);
      const role = made.get(e)?.get(lot);
      if (role !== undefined) {
        if (facility !== undefined) out.push({ party: facility.partyId, lot, ...at, role, tier });
        continue;
      }
      const consumed = graph
        .lot(lot)
        ?.consumedBy.some((s) => graph.steps[s]?.inputs.some((line) => line.lot === lot && line.event === e));
      if (facility !== undefined && !consumed) {
        const step = event.bizStep ?? '';
        if (DISPATCH.has(step)) out.push({ party: facility.partyId, lot, ...at, role: 'shipper', tier });
        else if (RECEIPT.has(step))
          out.push({ party: facility.partyId, lot, ...at, role: 'receiver', tier: lower });
        else out.push({ party: facility.partyId, lot, ...at, role: 'handler', tier });
      }
      for (const source of event.sourceList) {
        const party =
          source.type === 'location' ? graph.master.facilities.get(source.id)?.partyId : source.id;
        if (party !== undefined)
          out.push({ party, lot, role: source.type === 'possessing_party' ? 'consignor' : 'seller', tier });
      }
      for (const destination of event.destinationList) {
        const party =
          destination.type === 'location'
            ? graph.master.facilities.get(destination.id)?.partyId
            : destination.id;
        if (party !== undefined)
          out.push({
            party,
            lot,
            role: destination.type === 'owning_party' ? 'buyer' : 'consignee',
            tier: lower,
          });
      }
    }
  }
  // A party that bought or received a lot and then handles it (stores, unpacks) does so at the buyer's tier.
  const downstream = new Set(
    out
      .filter((r) => r.role === 'buyer' || r.role === 'receiver' || r.role === 'consignee')
      .map((r) => `${r.party}\u0000${r.lot}`),
  );
  return out.map((r) =>
    r.role === 'handler' && downstream.has(`${r.party}\u0000${r.lot}`)
      ? { ...r, tier: Math.max(0, r.tier - 1) }
      : r,
  );
}
