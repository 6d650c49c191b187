import type { TraceEvent } from '../model/trace-event.js';
import { createEventBatch, type EventBatch, type InvalidEvent } from './event-batch.js';
import { type EventFormat, readEventRecord } from './read-event-record.js';
import { invalidEventOf } from './read-event-records.js';

/**
 * Reads JSON Lines one line at a time: blank lines are skipped, a line that is not JSON or not a valid
 * event is recorded with its line number and every issue, and the valid events are collected.
 *
 * @example
 * ```ts
 * const reader = new EventLineReader('auto'); reader.push(line); reader.finish();
 * ```
 */
export class EventLineReader {
  private readonly events: TraceEvent[] = [];
  private readonly invalid: InvalidEvent[] = [];
  private lineNumber = 0;
  private index = 0;

  constructor(private readonly format: EventFormat) {}

  /** Reads the next line of the input. */
  push(text: string): void {
    this.lineNumber += 1;
    const line = text.endsWith('\r') ? text.slice(0, -1) : text;
    if (line.length === 0 || (line.charCodeAt(0) <= 32 && line.trim().length === 0)) return;
    const index = this.index;
    this.index += 1;
    let json: unknown;
    try {
      json = JSON.parse(line);
    } catch (cause) {
      const detail = cause instanceof Error ? cause.message : String(cause);
      this.invalid.push({
        index,
        line: this.lineNumber,
        issues: [{ code: 'INVALID_FORMAT', message: `line is not valid JSON: ${detail}`, path: [] }],
      });
      return;
    }
    const read = readEventRecord(json, this.format, []);
    if (read.ok) this.events.push(read.event);
    else this.invalid.push(invalidEventOf(read, index, this.lineNumber));
  }

  /** The batch read so far. */
  finish(): EventBatch {
    return createEventBatch(this.events, this.invalid);
  }
}
