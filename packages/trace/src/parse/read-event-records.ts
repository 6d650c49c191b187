import type { IssuePath } from '@unforced/core';
import type { TraceEvent } from '../model/trace-event.js';
import type { InvalidEvent } from './event-batch.js';
import { type EventFormat, type ReadEventResult, readEventRecord } from './read-event-record.js';

/**
 * The {@link InvalidEvent} for a record that could not be read: its position, its line (JSON Lines
 * only), its id when it had one, and every issue.
 *
 * @example
 * ```ts
 * const read = readEventRecord(record, 'auto', [3]);
 * if (!read.ok) invalid.push(invalidEventOf(read, 3));
 * ```
 */
export function invalidEventOf(
  failure: Extract<ReadEventResult, { ok: false }>,
  index: number,
  line?: number,
): InvalidEvent {
  return {
    index,
    ...(line === undefined ? {} : { line }),
    ...(failure.eventId === undefined ? {} : { eventId: failure.eventId }),
    issues: failure.issues,
  };
}

/**
 * Reads a list of event records (an EPCIS event list, a UNTP credential subject, an array of records):
 * the valid ones are converted to {@link TraceEvent}s, and each invalid one is reported by its index
 * with every issue, its paths under `[...basePath, index]`. One bad record never drops the others.
 *
 * @example
 * ```ts
 * const { events, invalid } = readEventRecords(document.epcisBody.eventList, 'epcis', ['epcisBody', 'eventList']);
 * ```
 */
export function readEventRecords(
  records: readonly unknown[],
  format: EventFormat,
  basePath: IssuePath,
): { events: TraceEvent[]; invalid: InvalidEvent[] } {
  const events: TraceEvent[] = [];
  const invalid: InvalidEvent[] = [];
  records.forEach((record, index) => {
    const read = readEventRecord(record, format, [...basePath, index]);
    if (read.ok) events.push(read.event);
    else invalid.push(invalidEventOf(read, index));
  });
  return { events, invalid };
}
