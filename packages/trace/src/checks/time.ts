import type { Finding } from '@unforced/core';
import type { AnalysisContext } from '../analysis/context.js';
import { lotLabel } from '../analysis/describe.js';
import { SECTION_307_TRACING, UFLPA_TRACING } from '../findings/citations.js';
import { makeFinding } from '../findings/make-finding.js';

const RECEIPT_STEPS: ReadonlySet<string> = new Set(['receiving', 'arriving', 'accepting']);

interface Problem {
  readonly event: number;
  readonly what: string;
}

/**
 * `trace.time.inconsistent`: a lot used (or recorded anywhere) before it was produced or created, or
 * used at a party before that party received it. Times are compared as instants (offsets applied) to
 * the millisecond, with `timeToleranceMinutes` of slack. One finding per lot lists its problems.
 *
 * @example
 * ```ts
 * checkTime(context).map((f) => f.subject.id);
 * ```
 */
export function checkTime(context: AnalysisContext): Finding[] {
  const { graph } = context;
  const slack = context.options.timeToleranceMinutes * 60_000;
  const findings: Finding[] = [];
  const producing = new Set<number>();
  graph.lots.forEach((node, lot) => {
    producing.clear();
    let produced = Number.POSITIVE_INFINITY;
    for (const s of node.producedBy)
      for (const line of graph.steps[s]?.outputs ?? [])
        if (line.lot === lot) {
          producing.add(line.event);
          produced = Math.min(produced, graph.times[line.event] as number);
        }
    for (const e of node.created) {
      producing.add(e);
      produced = Math.min(produced, graph.times[e] as number);
    }
    if (produced === Number.POSITIVE_INFINITY) return;
    const consumedAt = new Map<number, number>();
    for (const s of node.consumedBy)
      for (const line of graph.steps[s]?.inputs ?? []) if (line.lot === lot) consumedAt.set(line.event, s);
    const problems: Problem[] = [];
    for (const e of node.events) {
      if (producing.has(e)) continue;
      if ((graph.times[e] as number) + slack < produced)
        problems.push({
          event: e,
          what: consumedAt.has(e) ? 'used before it was produced' : 'recorded before it was produced',
        });
    }
    const producers = new Set<string>();
    for (const e of producing) {
      const party = context.facilityOf(e)?.partyId;
      if (party !== undefined) producers.add(party);
    }
    for (const e of consumedAt.keys()) {
      const party = context.facilityOf(e)?.partyId;
      if (party === undefined || producers.has(party)) continue;
      let firstReceipt = Number.POSITIVE_INFINITY;
      for (const r of node.events) {
        const event = graph.events[r];
        if (event?.bizStep === undefined || !RECEIPT_STEPS.has(event.bizStep)) continue;
        if (context.facilityOf(r)?.partyId === party)
          firstReceipt = Math.min(firstReceipt, graph.times[r] as number);
      }
      if (firstReceipt !== Number.POSITIVE_INFINITY && (graph.times[e] as number) + slack < firstReceipt)
        problems.push({ event: e, what: 'used before it was received' });
    }
    if (problems.length === 0) return;
    problems.sort((a, b) => a.event - b.event || (a.what < b.what ? -1 : 1));
    const parts = problems.map((p) => {
      const event = graph.events[p.event];
      return `${p.what} (${event?.id ?? '?'} at ${event?.eventTime ?? '?'})`;
    });
    const sortedParts = [...new Set(parts)].sort();
    const first = [...producing].sort(
      (a, b) => (graph.times[a] as number) - (graph.times[b] as number),
    )[0] as number;
    findings.push(
      makeFinding(context.findingContext, {
        code: 'trace.time.inconsistent',
        severity: 'medium',
        subject: { kind: 'lot', id: node.id },
        message: `${lotLabel(context, lot)} was produced at ${graph.events[first]?.eventTime ?? '?'} but ${sortedParts.join('; ')}. The records of this lot cannot all be right.`,
        metrics: { problems: sortedParts.length },
        standards: [UFLPA_TRACING, SECTION_307_TRACING],
        remediation: {
          action:
            'Correct the event times (and time-zone offsets) or explain the sequence with production and receiving records.',
          step: 'identify',
          days: 30,
        },
      }),
    );
  });
  return findings;
}
