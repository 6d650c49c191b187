import type { Finding } from '@unforced/core';
import type { AnalysisContext } from '../analysis/context.js';
import { EU_FLR_SHARE, UFLPA_ENTITY_LIST, UFLPA_PRESUMPTION } from '../findings/citations.js';
import { makeFinding } from '../findings/make-finding.js';

/**
 * `trace.entity.listed`: a party in the chain that the listed-entity matcher reports (by default an
 * exact name match on the UFLPA Entity List; `@unforced/screening` can be plugged in). One finding per
 * party that handled at least one lot, with the number of lots.
 *
 * @example
 * ```ts
 * checkListed(context)[0]?.subject; // { kind: 'party', id: 'urn:epc:id:pgln:9521003.00000' }
 * ```
 */
export function checkListed(context: AnalysisContext): Finding[] {
  const lotsByParty = new Map<string, number>();
  for (const parties of context.listedLots.values())
    for (const party of parties) lotsByParty.set(party, (lotsByParty.get(party) ?? 0) + 1);
  const findings: Finding[] = [];
  for (const [party, lots] of lotsByParty) {
    const match = context.listedParties.get(party);
    if (match === undefined) continue;
    const name = context.graph.master.parties.get(party)?.name ?? party;
    const entity = match.entityName === undefined ? '' : ` as "${match.entityName}"`;
    const spec = {
      code: 'trace.entity.listed',
      severity: 'critical' as const,
      subject: { kind: 'party' as const, id: party },
      message: `${name} matches ${match.list}${entity}${match.explanation === undefined ? '' : ` (${match.explanation})`} and handled ${lots} lot(s) in this chain; goods made wholly or in part with them fall under the UFLPA presumption.`,
      metrics: { list: match.list, entityId: match.entityId ?? '', lots },
      standards: [UFLPA_PRESUMPTION, UFLPA_ENTITY_LIST, EU_FLR_SHARE],
      basis: match.basis ?? 'inferred',
      remediation: {
        action:
          'Confirm the match; if confirmed, keep goods made with this party out of US-bound production and review the relationship with a responsible-exit plan.',
        step: 'prevent' as const,
        days: 14,
      },
    };
    findings.push(
      makeFinding(
        context.findingContext,
        match.confidence === undefined ? spec : { ...spec, confidence: match.confidence },
      ),
    );
  }
  return findings;
}
