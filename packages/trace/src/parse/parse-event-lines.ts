import { toUnforcedError, type UnforcedError, validate } from '@unforced/core';
import { err, ok, type Result } from 'neverthrow';
import { z } from 'zod';
import type { EventBatch } from './event-batch.js';
import { EventLineReader } from './event-line-reader.js';
import { EVENT_FORMATS, type EventFormat } from './read-event-record.js';

/** Options for {@link parseEventLines}. */
export interface ParseEventLinesOptions {
  /** The format of every line, or `auto` (default) to tell EPCIS, UNTP and normalised events apart. */
  readonly format?: EventFormat;
}

const Options = z.strictObject({ format: z.enum(EVENT_FORMATS).default('auto') });

/** What {@link parseEventLines} reads: text, lines, or a stream of text or bytes. */
export type EventLinesSource = string | Iterable<string> | AsyncIterable<string | Uint8Array>;

function isAsync(source: EventLinesSource): source is AsyncIterable<string | Uint8Array> {
  return typeof source === 'object' && source !== null && Symbol.asyncIterator in source;
}

/**
 * Reads JSON Lines of traceability events: one EPCIS 2.0 event, UNTP event or normalised event per
 * line. The source may be the whole text, an iterable of lines, or an async iterable of chunks (a Node
 * readable stream such as `createReadStream('events.jsonl')`, which is read without holding the file in
 * memory). A line that is not JSON or not a valid event is reported with its line number and every
 * issue path; the rest are read. Only a failing stream is an error.
 *
 * @example
 * ```ts
 * const batch = await parseEventLines(createReadStream('events.jsonl'));
 * if (batch.isOk()) for (const bad of batch.value.invalid) console.warn(`line ${bad.line}`, bad.issues);
 * ```
 */
export async function parseEventLines(
  source: EventLinesSource,
  options: ParseEventLinesOptions = {},
): Promise<Result<EventBatch, UnforcedError>> {
  const parsedOptions = validate(Options, options);
  if (parsedOptions.isErr()) return err(parsedOptions.error);
  const reader = new EventLineReader(parsedOptions.value.format);
  if (typeof source === 'string') {
    for (const line of source.split('\n')) reader.push(line);
    return ok(reader.finish());
  }
  if (!isAsync(source)) {
    for (const line of source) for (const part of line.split('\n')) reader.push(part);
    return ok(reader.finish());
  }
  const decoder = new TextDecoder();
  let rest = '';
  try {
    for await (const chunk of source) {
      const text = rest + (typeof chunk === 'string' ? chunk : decoder.decode(chunk, { stream: true }));
      let start = 0;
      let end = text.indexOf('\n', start);
      while (end !== -1) {
        reader.push(text.slice(start, end));
        start = end + 1;
        end = text.indexOf('\n', start);
      }
      rest = text.slice(start);
    }
  } catch (cause) {
    return err(toUnforcedError(cause, 'DATASET_PARSE_FAILED'));
  }
  rest += decoder.decode();
  if (rest.length > 0) reader.push(rest);
  return ok(reader.finish());
}
