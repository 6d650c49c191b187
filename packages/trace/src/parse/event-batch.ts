import { UnforcedError, type UnforcedIssue } from '@unforced/core';
import { err, ok, type Result } from 'neverthrow';
import type { TraceEvent } from '../model/trace-event.js';

/** An event that could not be read: where it was, its id when it had one, and every issue with its path. */
export interface InvalidEvent {
  /** 0-based position of the event in its input (the event list, the credential subject, the lines). */
  readonly index: number;
  /** 1-based line number, for JSON Lines input. */
  readonly line?: number;
  /** The event's own id (`eventID` / `id`) when it could be read. */
  readonly eventId?: string;
  readonly issues: readonly UnforcedIssue[];
}

/**
 * The events read from one or more inputs: the valid ones, normalised, and the invalid ones with every
 * issue. One malformed event never hides the others. Batches made by the package's parsers are
 * recognised by `analyseTrace`, which then does not validate their events a second time.
 */
export interface EventBatch {
  readonly events: readonly TraceEvent[];
  readonly invalid: readonly InvalidEvent[];
}

const TRUSTED = new WeakSet<EventBatch>();

/**
 * Makes a batch from events the package itself produced (validated and normalised). Internal: not
 * exported from the package, so a caller cannot mark unvalidated events as validated.
 *
 * @example
 * ```ts
 * const batch = createEventBatch(events, []);
 * ```
 */
export function createEventBatch(
  events: readonly TraceEvent[],
  invalid: readonly InvalidEvent[],
): EventBatch {
  const batch: EventBatch = Object.freeze({ events, invalid });
  TRUSTED.add(batch);
  return batch;
}

/**
 * Whether a batch came from the package's parsers (its events need no second validation).
 *
 * @example
 * ```ts
 * isTrustedBatch(await parseEventLines(text)); // true
 * ```
 */
export function isTrustedBatch(value: unknown): value is EventBatch {
  return typeof value === 'object' && value !== null && TRUSTED.has(value as EventBatch);
}

/**
 * Joins batches made by the package's parsers (e.g. an EPCIS document and a UNTP credential) into one.
 * Each batch's invalid entries keep their own indexes. A batch that did not come from the parsers is
 * refused (`INVALID_TYPE`): read its events with the parsers, or pass them to `analyseTrace` as records.
 *
 * @example
 * ```ts
 * const all = mergeEventBatches([fromEpcis, fromUntp])._unsafeUnwrap();
 * ```
 */
export function mergeEventBatches(batches: readonly EventBatch[]): Result<EventBatch, UnforcedError> {
  const events: TraceEvent[] = [];
  const invalid: InvalidEvent[] = [];
  for (const [index, batch] of batches.entries()) {
    if (!isTrustedBatch(batch))
      return err(
        new UnforcedError('INVALID_TYPE', 'only batches read by the package can be merged', {
          path: [index],
        }),
      );
    for (const event of batch.events) events.push(event);
    for (const entry of batch.invalid) invalid.push(entry);
  }
  return ok(createEventBatch(events, invalid));
}
