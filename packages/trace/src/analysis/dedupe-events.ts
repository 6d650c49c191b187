import type { Finding } from '@unforced/core';
import { SECTION_307_TRACING, UFLPA_TRACING } from '../findings/citations.js';
import { type FindingContext, makeFinding } from '../findings/make-finding.js';
import type { TraceEvent } from '../model/trace-event.js';

/**
 * Drops exact repeats of an event (same id, same content: a resend) and reports ids shared by
 * different events as `trace.event.duplicate-id`; those events are all kept.
 *
 * @example
 * ```ts
 * const { events, findings, dropped } = dedupeEvents(batch.events, context);
 * ```
 */
export function dedupeEvents(
  input: readonly TraceEvent[],
  context: FindingContext,
): { events: readonly TraceEvent[]; findings: Finding[]; dropped: number } {
  const first = new Map<string, number>();
  const clashes = new Map<string, Set<string>>();
  let keep: Uint8Array | undefined;
  input.forEach((event, index) => {
    const seen = first.get(event.id);
    if (seen === undefined) {
      first.set(event.id, index);
      return;
    }
    const a = JSON.stringify(input[seen]);
    const b = JSON.stringify(event);
    if (a === b) {
      keep ??= new Uint8Array(input.length).fill(1);
      keep[index] = 0;
      return;
    }
    const set = clashes.get(event.id) ?? new Set([a]);
    set.add(b);
    clashes.set(event.id, set);
  });
  const events = keep === undefined ? input : input.filter((_, index) => keep?.[index] === 1);
  const findings = [...clashes].map(([id, versions]) =>
    makeFinding(context, {
      code: 'trace.event.duplicate-id',
      severity: 'medium',
      subject: { kind: 'event', id },
      message: `${versions.size} different events share the id ${id}; all are used, but at most one can be right.`,
      metrics: { versions: versions.size },
      standards: [UFLPA_TRACING, SECTION_307_TRACING],
      remediation: {
        action: 'Give every event a unique eventID and correct or withdraw the wrong version.',
        step: 'identify',
        days: 30,
      },
    }),
  );
  return { events, findings, dropped: input.length - events.length };
}
