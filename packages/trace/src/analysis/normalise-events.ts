import type { TraceEvent } from '../model/trace-event.js';
import { type EventBatch, type InvalidEvent, isTrustedBatch } from '../parse/event-batch.js';
import { readEventRecords } from '../parse/read-event-records.js';

/**
 * The events of an analysis input: a batch from the package's parsers is used as it is (its events
 * were validated when read); any other batch or array is validated record by record, each record in
 * whichever format it is (EPCIS, UNTP or normalised), and bad records are reported by index.
 *
 * @example
 * ```ts
 * const { events, invalid } = normaliseEvents([epcisJson, untpJson]);
 * ```
 */
export function normaliseEvents(input: EventBatch | readonly unknown[]): {
  events: readonly TraceEvent[];
  invalid: readonly InvalidEvent[];
} {
  if (isTrustedBatch(input)) return { events: input.events, invalid: input.invalid };
  const batch = isArray(input) ? undefined : (input as Partial<EventBatch>);
  const records: readonly unknown[] =
    batch === undefined ? (input as readonly unknown[]) : (batch.events ?? []);
  const passed: readonly InvalidEvent[] = batch?.invalid ?? [];
  const read = readEventRecords(records, 'auto', []);
  return { events: read.events, invalid: [...passed, ...read.invalid] };
}

function isArray(value: unknown): value is readonly unknown[] {
  return Array.isArray(value);
}
