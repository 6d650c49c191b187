import type { Finding } from '@unforced/core';
import type { AnalysisContext } from '../analysis/context.js';
import { lotLabel } from '../analysis/describe.js';
import { SECTION_307_TRACING, UFLPA_TRACING } from '../findings/citations.js';
import { makeFinding } from '../findings/make-finding.js';

const RECEIPT_STEPS: ReadonlySet<string> = new Set(['receiving', 'arriving', 'accepting']);

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
  const times = graph.times;
  const findings: Finding[] = [];
  for (let lot = 0; lot < graph.lotCount; lot += 1) {
    const producedBy = graph.producedBy(lot);
    const created = graph.createdBy(lot);
    if (producedBy.length === 0 && created.length === 0) continue;
    // The events that produced the lot, and the earliest of them.
    const producing: number[] = [];
    for (const s of producedBy)
      for (const line of graph.steps[s]?.outputs ?? []) if (line.lot === lot) producing.push(line.event);
    for (const e of created) producing.push(e);
    let produced = Number.POSITIVE_INFINITY;
    for (const e of producing) produced = Math.min(produced, times[e] as number);
    const consumedAt: number[] = [];
    for (const s of graph.consumedBy(lot))
      for (const line of graph.steps[s]?.inputs ?? []) if (line.lot === lot) consumedAt.push(line.event);
    const problems: string[] = [];
    for (const e of graph.eventsOf(lot)) {
      if ((times[e] as number) + slack >= produced || producing.includes(e)) continue;
      problems.push(
        describe(
          context,
          e,
          consumedAt.includes(e) ? 'used before it was produced' : 'recorded before it was produced',
        ),
      );
    }
    if (consumedAt.length > 0) {
      const producers = new Set<string>();
      for (const e of producing) {
        const party = context.facilityOf(e)?.partyId;
        if (party !== undefined) producers.add(party);
      }
      for (const e of consumedAt) {
        const party = context.facilityOf(e)?.partyId;
        if (party === undefined || producers.has(party)) continue;
        let firstReceipt = Number.POSITIVE_INFINITY;
        for (const r of graph.eventsOf(lot)) {
          const step = graph.events[r]?.bizStep;
          if (step === undefined || !RECEIPT_STEPS.has(step)) continue;
          if (context.facilityOf(r)?.partyId === party)
            firstReceipt = Math.min(firstReceipt, times[r] as number);
        }
        if (firstReceipt !== Number.POSITIVE_INFINITY && (times[e] as number) + slack < firstReceipt)
          problems.push(describe(context, e, 'used before it was received'));
      }
    }
    if (problems.length === 0) continue;
    const parts = [...new Set(problems)].sort();
    const first = producing.reduce((best, e) => ((times[e] as number) < (times[best] as number) ? e : best));
    findings.push(
      makeFinding(context.findingContext, {
        code: 'trace.time.inconsistent',
        severity: 'medium',
        subject: { kind: 'lot', id: graph.lotIds[lot] ?? '' },
        message: `${lotLabel(context, lot)} was produced at ${graph.events[first]?.eventTime ?? '?'} but ${parts.join('; ')}. The records of this lot cannot all be right.`,
        metrics: { problems: parts.length },
        standards: [UFLPA_TRACING, SECTION_307_TRACING],
        remediation: {
          action:
            'Correct the event times (and time-zone offsets) or explain the sequence with production and receiving records.',
          step: 'identify',
          days: 30,
        },
      }),
    );
  }
  return findings;
}

function describe(context: AnalysisContext, e: number, what: string): string {
  const event = context.graph.events[e];
  return `${what} (${event?.id ?? '?'} at ${event?.eventTime ?? '?'})`;
}
