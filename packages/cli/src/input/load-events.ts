import { extname } from 'node:path';
import { UnforcedError } from '@unforced/core';
import {
  type EventBatch,
  type InvalidEvent,
  mergeEventBatches,
  parseEpcisDocument,
  parseEventLines,
  parseUntpCredential,
} from '@unforced/trace';
import { err, type Result } from 'neverthrow';
import type { CliIo } from '../io.js';
import { readInput } from './read-input.js';
import type { SkippedRow } from './skipped-row.js';

/** Events read from files: one batch for the trace analysis, and the events skipped. */
export interface LoadedEvents {
  readonly batch: EventBatch;
  readonly skipped: readonly SkippedRow[];
  /** Events read, valid or not. */
  readonly total: number;
}

function skippedOf(file: string, invalid: readonly InvalidEvent[]): SkippedRow[] {
  return invalid.map((e) => ({
    location: { file, line: e.line ?? e.index + 1 },
    problems: e.issues.map((i) => ({ code: i.code, message: i.message, path: i.path })),
    ...(e.eventId === undefined ? {} : { subject: `event ${e.eventId}` }),
  }));
}

function isEpcis(value: unknown): boolean {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as { type?: unknown; epcisBody?: unknown };
  return v.epcisBody !== undefined || v.type === 'EPCISDocument' || v.type === 'EPCISQueryDocument';
}

function isCredential(value: unknown): boolean {
  if (typeof value !== 'object' || value === null) return false;
  return 'credentialSubject' in value;
}

async function batchOf(file: string, io: CliIo): Promise<Result<EventBatch, UnforcedError>> {
  const ext = extname(file).toLowerCase();
  const records = readInput(file, io);
  if (records.isErr()) return err(records.error);
  const wrap = (e: UnforcedError) =>
    new UnforcedError(e.code === 'VALIDATION_FAILED' ? 'INPUT_UNREADABLE' : e.code, `${file}: ${e.message}`, {
      path: [file],
      issues: e.issues,
      cause: e,
    });
  if (ext === '.jsonl' || ext === '.ndjson' || records.value.length !== 1) {
    const lines: string[] = [];
    for (const record of records.value) {
      while (lines.length < record.location.line - 1) lines.push('');
      lines.push(JSON.stringify(record.value));
    }
    return (await parseEventLines(lines.join('\n'))).mapErr(wrap);
  }
  const value = records.value[0]?.value;
  if (isEpcis(value)) return parseEpcisDocument(value).mapErr(wrap);
  if (isCredential(value)) return parseUntpCredential(value).mapErr(wrap);
  return (await parseEventLines(JSON.stringify(value))).mapErr(wrap);
}

/**
 * Reads traceability events from EPCIS 2.0 documents (JSON or JSON-LD), UNTP traceability credentials,
 * JSON arrays of events or JSON Lines (one EPCIS or UNTP event per line), and merges them into one
 * batch. Unreadable events are skipped with their line (or position) and every problem; a file that is
 * not JSON, or not a document of a known kind, is `INPUT_UNREADABLE`.
 *
 * @example
 * ```ts
 * const events = await loadEvents(['cotton-chain.jsonld'], io);
 * ```
 */
export async function loadEvents(
  files: readonly string[],
  io: CliIo,
): Promise<Result<LoadedEvents, UnforcedError>> {
  const batches: EventBatch[] = [];
  const skipped: SkippedRow[] = [];
  let total = 0;
  for (const file of files) {
    const batch = await batchOf(file, io);
    if (batch.isErr()) return err(batch.error);
    batches.push(batch.value);
    skipped.push(...skippedOf(file, batch.value.invalid));
    total += batch.value.events.length + batch.value.invalid.length;
  }
  return mergeEventBatches(batches).map((batch) => ({ batch, skipped, total }));
}
