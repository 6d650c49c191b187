import type { Finding } from '@unforced/core';
import { type AnalysisContext, locationOf } from '../analysis/context.js';
import { SECTION_307_TRACING, UFLPA_TRACING } from '../findings/citations.js';
import { makeFinding } from '../findings/make-finding.js';

/**
 * `trace.reference.dangling`: an event names a location or party that the master data does not
 * describe (or a facility names a party that is missing), so it cannot be placed on the map,
 * assigned a country or subdivision, or screened. One finding per identifier, with the number of
 * events that use it.
 *
 * @example
 * ```ts
 * checkDangling(context).map((f) => f.subject.id);
 * ```
 */
export function checkDangling(context: AnalysisContext): Finding[] {
  const { graph } = context;
  const { facilities, parties } = graph.master;
  const locations = new Map<string, number>();
  const missingParties = new Map<string, number>();
  const count = (map: Map<string, number>, id: string) => map.set(id, (map.get(id) ?? 0) + 1);
  const countEntry = (entry: { type: string; id: string }) => {
    if (entry.type === 'location') {
      if (!facilities.has(entry.id)) count(locations, entry.id);
    } else if (!parties.has(entry.id)) count(missingParties, entry.id);
  };
  for (const event of graph.events) {
    const location = locationOf(event);
    if (location !== undefined && !facilities.has(location)) count(locations, location);
    for (const entry of event.sourceList) countEntry(entry);
    for (const entry of event.destinationList) countEntry(entry);
  }
  for (const facility of facilities.values())
    if (!parties.has(facility.partyId)) count(missingParties, facility.partyId);
  const findings: Finding[] = [];
  const remediation = {
    action:
      'Add the missing location or party to the master data (name, country, ISO 3166-2 subdivision, identifiers).',
    step: 'identify' as const,
    days: 30,
  };
  for (const [id, events] of locations)
    findings.push(
      makeFinding(context.findingContext, {
        code: 'trace.reference.dangling',
        severity: 'medium',
        subject: { kind: 'facility', id },
        message: `Location ${id} is used by ${events} event(s) but is not in the master data: it cannot be placed in a country or subdivision, and its operator cannot be screened.`,
        metrics: { events, reference: 'location' },
        standards: [UFLPA_TRACING, SECTION_307_TRACING],
        remediation,
      }),
    );
  for (const [id, uses] of missingParties)
    findings.push(
      makeFinding(context.findingContext, {
        code: 'trace.reference.dangling',
        severity: 'medium',
        subject: { kind: 'party', id },
        message: `Party ${id} is named ${uses} time(s) but is not in the master data: its country and role are unknown and it cannot be screened.`,
        metrics: { uses, reference: 'party' },
        standards: [UFLPA_TRACING, SECTION_307_TRACING],
        remediation,
      }),
    );
  return findings;
}
