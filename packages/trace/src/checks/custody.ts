import type { Finding } from '@unforced/core';
import { type AnalysisContext, locationOf } from '../analysis/context.js';
import { facilityLabel, lotLabel, partyLabel } from '../analysis/describe.js';
import { SECTION_307_TRACING, UFLPA_TRACING } from '../findings/citations.js';
import { makeFinding } from '../findings/make-finding.js';
import type { TraceEvent } from '../model/trace-event.js';

const DISPATCH_STEPS: ReadonlySet<string> = new Set(['shipping', 'departing']);

interface Expectation {
  readonly event: number;
  readonly parties: ReadonlySet<string>;
  readonly locations: ReadonlySet<string>;
}

function expectationOf(context: AnalysisContext, event: TraceEvent, e: number): Expectation | undefined {
  if (event.bizStep === undefined || !DISPATCH_STEPS.has(event.bizStep) || event.destinationList.length === 0)
    return undefined;
  const parties = new Set<string>();
  const locations = new Set<string>();
  for (const entry of event.destinationList) {
    if (entry.type === 'location') {
      locations.add(entry.id);
      const facility = context.graph.master.facilities.get(entry.id);
      if (facility !== undefined) parties.add(facility.partyId);
    } else parties.add(entry.id);
  }
  return { event: e, parties, locations };
}

/**
 * `trace.custody.gap`: goods shipped to one party (an event with `bizStep` `shipping` or `departing`
 * and a destination list) and next seen at a facility of another party, with no transfer recorded
 * between them: an undisclosed subcontractor, trader or diversion. Each lot's events are walked in
 * time order; events without a known location (in transit) are skipped.
 *
 * @example
 * ```ts
 * checkCustody(context)[0]?.subject; // { kind: 'lot', id: 'urn:epc:class:lgtin:9521005.030001.F-0001' }
 * ```
 */
export function checkCustody(context: AnalysisContext): Finding[] {
  const { graph } = context;
  const findings: Finding[] = [];
  graph.forEachLot((node, lot) => {
    let expected: Expectation | undefined;
    for (const e of node.events) {
      const event = graph.events[e];
      if (event === undefined) continue;
      const location = locationOf(event);
      const facility = context.facilityOf(e);
      if (expected !== undefined && location !== undefined) {
        const arrived =
          expected.locations.has(location) ||
          (facility !== undefined && expected.parties.has(facility.partyId));
        if (!arrived && facility !== undefined) findings.push(gapFinding(context, lot, expected, e));
        if (arrived || facility !== undefined) expected = undefined;
      }
      const next = expectationOf(context, event, e);
      if (next !== undefined) expected = next;
    }
  });
  return findings;
}

function gapFinding(context: AnalysisContext, lot: number, expected: Expectation, seen: number): Finding {
  const { graph } = context;
  const shipped = graph.events[expected.event];
  const event = graph.events[seen];
  const facility = context.facilityOf(seen);
  const to = [...expected.parties].map((id) => partyLabel(context, id)).sort();
  const toText = to.length > 0 ? to.join(' / ') : [...expected.locations].sort().join(' / ');
  const seenParty = facility === undefined ? '?' : partyLabel(context, facility.partyId);
  return makeFinding(context.findingContext, {
    code: 'trace.custody.gap',
    severity: 'high',
    subject: { kind: 'lot', id: graph.lotIds[lot] ?? '' },
    message:
      `${lotLabel(context, lot)} was shipped to ${toText} (${shipped?.id ?? '?'}, ${shipped?.eventTime ?? '?'}) ` +
      `and next seen at ${facility === undefined ? '?' : facilityLabel(facility)} of ${seenParty} ` +
      `(${event?.bizStep ?? event?.type ?? '?'}, ${event?.id ?? '?'}, ${event?.eventTime ?? '?'}), with no transfer recorded between them.`,
    metrics: {
      shippingEvent: shipped?.id ?? '',
      shippedTo: toText,
      seenEvent: event?.id ?? '',
      seenAtParty: seenParty,
    },
    standards: [UFLPA_TRACING, SECTION_307_TRACING],
    remediation: {
      action: `Ask ${toText} and ${seenParty} for the receiving, transfer or subcontracting records of this lot, and confirm whether the work was subcontracted without disclosure.`,
      step: 'identify',
      days: 30,
    },
  });
}
