import type { AnalysisContext } from '../analysis/context.js';
import type { RoleEntry } from './roles.js';
import type { SummaryParty } from './tracing-summary-schema.js';

/**
 * The parties of a summary with their tiers and roles, sorted by lowest tier, then id; and the tiers
 * with their parties.
 *
 * @example
 * ```ts
 * const { parties, tiers } = summaryParties(context, roleEntries(context, scope));
 * ```
 */
export function summaryParties(
  context: AnalysisContext,
  roles: readonly RoleEntry[],
): { parties: SummaryParty[]; tiers: Array<{ tier: number; parties: string[] }> } {
  const { graph } = context;
  const subdivisions = new Set(context.options.highRiskSubdivisions);
  const byParty = new Map<string, { tiers: Set<number>; roles: Set<string>; facilities: Set<string> }>();
  for (const entry of roles) {
    const found = byParty.get(entry.party) ?? { tiers: new Set(), roles: new Set(), facilities: new Set() };
    found.tiers.add(entry.tier);
    found.roles.add(entry.role);
    if (entry.facility !== undefined) found.facilities.add(entry.facility);
    byParty.set(entry.party, found);
  }
  const parties: SummaryParty[] = [...byParty].map(([id, found]) => {
    const master = graph.master.parties.get(id);
    const tiers = [...found.tiers].sort((a, b) => a - b);
    const facilities = [...found.facilities].sort();
    const highRisk = facilities.some((f) => {
      const subdivision = graph.master.facilities.get(f)?.subdivision;
      return subdivision !== undefined && subdivisions.has(subdivision);
    });
    const match = context.listedParties.get(id);
    const identifiers: SummaryParty['identifiers'] = {};
    if (master?.identifiers?.osId !== undefined) identifiers.osId = master.identifiers.osId;
    if (master?.identifiers?.lei !== undefined) identifiers.lei = master.identifiers.lei;
    if (master?.identifiers?.gln !== undefined) identifiers.gln = master.identifiers.gln;
    const party: SummaryParty = {
      id,
      identifiers,
      tier: tiers[0] ?? 0,
      tiers,
      roles: [...new Set([...found.roles, ...(master?.roles ?? [])])].sort(),
      facilities,
      inMasterData: master !== undefined,
      highRisk,
      listed: match !== undefined,
    };
    if (master !== undefined) {
      party.name = master.name;
      party.country = master.country;
      if (master.subdivision !== undefined) party.subdivision = master.subdivision;
    }
    if (match !== undefined)
      party.listMatch =
        match.entityName === undefined
          ? { list: match.list }
          : { list: match.list, entityName: match.entityName };
    return party;
  });
  parties.sort((a, b) => a.tier - b.tier || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const tierMap = new Map<number, string[]>();
  for (const party of parties)
    for (const tier of party.tiers) tierMap.set(tier, [...(tierMap.get(tier) ?? []), party.id]);
  const tiers = [...tierMap].sort(([a], [b]) => a - b).map(([tier, ids]) => ({ tier, parties: ids.sort() }));
  return { parties, tiers };
}
