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
  const clashes = new Map<string, Set<string>>();
  let keep: Uint8Array | undefined;
  // Ids are hashed (FNV-1a) and the events sorted by hash; only events whose hashes collide are
  // compared. A million ids cost a typed-array sort instead of a million hash-map insertions.
  const n = input.length;
  // key = hash × 2^indexBits + index, kept below 2^53 so that it is exact in a double.
  const indexBits = Math.max(1, Math.ceil(Math.log2(n + 1)));
  const hashBits = Math.min(32, 53 - indexBits);
  const scale = 2 ** indexBits;
  const keys = new Float64Array(n);
  for (let i = 0; i < n; i += 1) keys[i] = (fnv1a(input[i]?.id ?? '') >>> (32 - hashBits)) * scale + i;
  keys.sort();
  let runStart = 0;
  for (let k = 1; k <= n; k += 1) {
    const same =
      k < n && Math.floor((keys[k] as number) / scale) === Math.floor((keys[runStart] as number) / scale);
    if (same) continue;
    if (k - runStart > 1) {
      const run = Array.from(keys.subarray(runStart, k), (key) => key % scale).sort((a, b) => a - b);
      const first = new Map<string, number>();
      for (const index of run) {
        const event = input[index] as TraceEvent;
        const seen = first.get(event.id);
        if (seen === undefined) {
          first.set(event.id, index);
          continue;
        }
        const a = JSON.stringify(input[seen]);
        const b = JSON.stringify(event);
        if (a === b) {
          keep ??= new Uint8Array(n).fill(1);
          keep[index] = 0;
          continue;
        }
        const set = clashes.get(event.id) ?? new Set([a]);
        set.add(b);
        clashes.set(event.id, set);
      }
    }
    runStart = k;
  }
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

function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}
