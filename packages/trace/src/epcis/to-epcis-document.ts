import { IsoDateTime, type UnforcedError, validate } from '@unforced/core';
import { ok, type Result } from 'neverthrow';
import { z } from 'zod';
import type { TraceEvent } from '../model/trace-event.js';
import type { InvalidEvent } from '../parse/event-batch.js';
import { type EpcisEventJson, toEpcisEvent } from './to-epcis.js';
import { EPCIS_CONTEXT, UNFORCED_NAMESPACE } from './unforced-namespace.js';

/**
 * Options of {@link toEpcisDocument}.
 *
 * @example
 * ```ts
 * ToEpcisDocumentOptions.parse({ creationDate: '2026-11-22T00:00:00Z' });
 * ```
 */
export const ToEpcisDocumentOptions = z.strictObject({
  /** The document's `creationDate` (no clock is read). */
  creationDate: IsoDateTime,
  sender: z.string().min(1).optional(),
  receiver: z.string().min(1).optional(),
  instanceIdentifier: z.string().min(1).optional(),
  /** Further JSON-LD prefixes for the extension fields the events carry (e.g. `{ ext: 'https://example.com/ns#' }`). */
  namespaces: z.record(z.string().min(1), z.string().min(1)).default({}),
});
/** Options of {@link toEpcisDocument}. */
export type ToEpcisDocumentOptions = z.input<typeof ToEpcisDocumentOptions>;

/** An EPCIS 2.0 document as JSON. */
export type EpcisDocumentJson = Record<string, unknown>;

/**
 * Writes normalised events as an EPCIS 2.0 JSON-LD document (`@context` with the EPCIS context and the
 * `unforced` namespace), in the given order. A transaction event with no identified business document
 * (possible from UNTP) cannot be a valid EPCIS TransactionEvent: it is left out and reported in
 * `skipped` with its index; the others are written.
 *
 * @example
 * ```ts
 * const { document } = toEpcisDocument(batch.events, { creationDate: '2026-11-22T00:00:00Z' })._unsafeUnwrap();
 * ```
 */
export function toEpcisDocument(
  events: readonly TraceEvent[],
  options: ToEpcisDocumentOptions,
): Result<{ document: EpcisDocumentJson; skipped: InvalidEvent[] }, UnforcedError> {
  return validate(ToEpcisDocumentOptions, options).andThen((opts) => {
    const eventList: EpcisEventJson[] = [];
    const skipped: InvalidEvent[] = [];
    events.forEach((event, index) => {
      if (event.kind === 'transaction' && !event.bizTransactionList.some((d) => d.id !== undefined)) {
        skipped.push({
          index,
          eventId: event.id,
          issues: [
            {
              code: 'REQUIRED',
              message: 'an EPCIS TransactionEvent needs at least one identified business transaction',
              path: [index, 'bizTransactionList'],
            },
          ],
        });
        return;
      }
      eventList.push(toEpcisEvent(event));
    });
    const document: EpcisDocumentJson = {
      '@context': [EPCIS_CONTEXT, { ...opts.namespaces, unforced: UNFORCED_NAMESPACE }],
      type: 'EPCISDocument',
      schemaVersion: '2.0',
      creationDate: opts.creationDate,
    };
    if (opts.instanceIdentifier !== undefined) document.instanceIdentifier = opts.instanceIdentifier;
    if (opts.sender !== undefined) document.sender = opts.sender;
    if (opts.receiver !== undefined) document.receiver = opts.receiver;
    document.epcisBody = { eventList };
    return ok({ document, skipped });
  });
}
