import { IsoDateTime, type UnforcedError, validate } from '@unforced/core';
import { ok, type Result } from 'neverthrow';
import { z } from 'zod';
import { createEventBatch, type EventBatch } from './event-batch.js';
import { jsonValue } from './parse-json-text.js';
import { readEventRecords } from './read-event-records.js';

/**
 * The envelope of an EPCIS 2.0 document (`EPCISDocument`) or query document (`EPCISQueryDocument`);
 * the events are validated one by one.
 *
 * @example
 * ```ts
 * EpcisDocumentEnvelope.safeParse(json);
 * ```
 */
export const EpcisDocumentEnvelope = z.looseObject({
  type: z.enum(['EPCISDocument', 'EPCISQueryDocument']),
  '@context': z.union([z.string(), z.record(z.string(), z.unknown()), z.array(z.unknown())]),
  schemaVersion: z.string().regex(/^\d+(\.\d+)*$/),
  creationDate: IsoDateTime,
  epcisBody: z.looseObject({
    eventList: z.array(z.unknown()).optional(),
    queryResults: z
      .looseObject({ resultsBody: z.looseObject({ eventList: z.array(z.unknown()).default([]) }) })
      .optional(),
  }),
});

/**
 * Reads an EPCIS 2.0 JSON or JSON-LD document (text or parsed JSON): every event is validated and
 * normalised; a malformed event is reported by its index with every issue path
 * (`epcisBody.eventList[7].eventTime`) and the others are kept. Event types EPCIS does not define are
 * kept as `extension` events. Only a malformed envelope is an error.
 *
 * @example
 * ```ts
 * const batch = parseEpcisDocument(readFileSync('events.jsonld', 'utf8'));
 * if (batch.isOk()) console.log(batch.value.events.length, batch.value.invalid);
 * ```
 */
export function parseEpcisDocument(input: unknown): Result<EventBatch, UnforcedError> {
  return jsonValue(input)
    .andThen((json) => validate(EpcisDocumentEnvelope, json))
    .andThen((document) => {
      const query = document.type === 'EPCISQueryDocument';
      const list = query
        ? (document.epcisBody.queryResults?.resultsBody.eventList ?? [])
        : (document.epcisBody.eventList ?? []);
      const base = query
        ? ['epcisBody', 'queryResults', 'resultsBody', 'eventList']
        : ['epcisBody', 'eventList'];
      const { events, invalid } = readEventRecords(list, 'epcis', base);
      return ok(createEventBatch(events, invalid));
    });
}
