import { type IssuePath, issuesFromZod, type UnforcedIssue } from '@unforced/core';
import { epcisSchemaFor } from '../epcis/epcis-schema.js';
import { fromEpcisEvent } from '../epcis/from-epcis.js';
import { TraceEvent } from '../model/trace-event.js';
import { fromUntpEvent } from '../untp/from-untp.js';
import { untpSchemaFor } from '../untp/untp-schema.js';

/**
 * The formats an event record can be in. `auto` tells them apart by the shape of `type`.
 *
 * @example
 * ```ts
 * EVENT_FORMATS.includes('untp'); // true
 * ```
 */
export const EVENT_FORMATS = ['auto', 'epcis', 'untp', 'normalised'] as const;

/** An event record format. */
export type EventFormat = (typeof EVENT_FORMATS)[number];

/** The outcome of reading one event record. */
export type ReadEventResult =
  | { readonly ok: true; readonly event: TraceEvent }
  | { readonly ok: false; readonly issues: UnforcedIssue[]; readonly eventId?: string };

function formatOf(record: Record<string, unknown>, format: EventFormat): Exclude<EventFormat, 'auto'> {
  if (format !== 'auto') return format;
  if (Array.isArray(record.type)) return 'untp';
  if (typeof record.kind === 'string' && typeof record.type === 'string' && 'extensions' in record)
    return 'normalised';
  return 'epcis';
}

function idOf(record: Record<string, unknown>): string | undefined {
  const id = record.eventID ?? record.id;
  return typeof id === 'string' ? id : undefined;
}

/**
 * Validates one event record (EPCIS 2.0, UNTP DTE or the normalised model) and converts it to a
 * {@link TraceEvent}, or returns every issue with its path under `basePath`.
 *
 * @example
 * ```ts
 * const read = readEventRecord(JSON.parse(line), 'auto', []);
 * ```
 */
export function readEventRecord(input: unknown, format: EventFormat, basePath: IssuePath): ReadEventResult {
  if (typeof input !== 'object' || input === null || Array.isArray(input))
    return {
      ok: false,
      issues: [{ code: 'INVALID_TYPE', message: 'an event is a JSON object', path: [...basePath] }],
    };
  const record = input as Record<string, unknown>;
  const kind = formatOf(record, format);
  const schema =
    kind === 'untp'
      ? untpSchemaFor(record.type)
      : kind === 'epcis'
        ? epcisSchemaFor(record.type)
        : TraceEvent;
  // Validate without copying inputs into issues; only a failure is parsed again to report its codes.
  let parsed = schema.safeParse(input);
  if (!parsed.success) parsed = schema.safeParse(input, { reportInput: true });
  if (!parsed.success) {
    const eventId = idOf(record);
    const issues = issuesFromZod(parsed.error.issues, basePath);
    return eventId === undefined ? { ok: false, issues } : { ok: false, issues, eventId };
  }
  if (kind === 'untp') return { ok: true, event: fromUntpEvent(parsed.data as never) };
  if (kind === 'epcis') return { ok: true, event: fromEpcisEvent(parsed.data as never) };
  return { ok: true, event: parsed.data as TraceEvent };
}
