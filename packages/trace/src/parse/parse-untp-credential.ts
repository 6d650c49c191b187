import { type UnforcedError, validate } from '@unforced/core';
import { ok, type Result } from 'neverthrow';
import { UntpCredential } from '../untp/untp-schema.js';
import { createEventBatch, type EventBatch } from './event-batch.js';
import { jsonValue } from './parse-json-text.js';
import { readEventRecords } from './read-event-records.js';

/**
 * Reads a UNTP Digital Traceability Event credential (v0.6.0; text or parsed JSON): the envelope is
 * checked, then every event in `credentialSubject` is validated and normalised; a malformed event is
 * reported by index with every issue path (`credentialSubject[2].sourceParty`) and the rest are kept.
 *
 * @example
 * ```ts
 * const batch = parseUntpCredential(json)._unsafeUnwrap();
 * batch.events[0]?.kind; // 'transformation'
 * ```
 */
export function parseUntpCredential(input: unknown): Result<EventBatch, UnforcedError> {
  return jsonValue(input)
    .andThen((json) => validate(UntpCredential, json))
    .andThen((credential) => {
      const { events, invalid } = readEventRecords(credential.credentialSubject, 'untp', [
        'credentialSubject',
      ]);
      return ok(createEventBatch(events, invalid));
    });
}
