import { extname } from 'node:path';
import {
  type IssuePath,
  issuesFromZod,
  UnforcedError,
  type WorkerRecord,
  WorkerRecord as WorkerRecordSchema,
} from '@unforced/core';
import { type CsvFile, parseWorkersCsv, type WorkerCsvFiles } from '@unforced/recruitment';
import { err, ok, type Result } from 'neverthrow';
import type { CliIo } from '../io.js';
import type { RecordLocation } from './input-record.js';
import { readInput } from './read-input.js';
import type { RowProblem, SkippedRow } from './skipped-row.js';
import { readWorkerTables, type WorkerTable } from './worker-sources.js';

/** Worker records read from files: each valid record with where it came from, and the skipped ones. */
export interface LoadedWorkers {
  readonly workers: readonly WorkerRecord[];
  /** Where each of `workers` came from (same order). */
  readonly locations: readonly RecordLocation[];
  readonly skipped: readonly SkippedRow[];
  /** Records read, valid or not. */
  readonly total: number;
}

function fromJsonRecords(file: string, io: CliIo, out: Mutable): Result<void, UnforcedError> {
  const records = readInput(file, io);
  if (records.isErr()) return err(records.error);
  for (const record of records.value) {
    const nested = (record.value as { workers?: unknown })?.workers;
    const items = Array.isArray(nested)
      ? nested.map((value, index) => ({ value, location: { file, line: index + 1 } }))
      : [record];
    for (const item of items) {
      out.total += 1;
      const parsed = WorkerRecordSchema.safeParse(item.value);
      if (parsed.success) {
        out.workers.push(parsed.data);
        out.locations.push(item.location);
      } else {
        const id = (item.value as { id?: unknown })?.id;
        out.skipped.push({
          location: item.location,
          problems: issuesFromZod(parsed.error.issues).map((i) => ({
            code: i.code,
            message: i.message,
            path: i.path,
          })),
          ...(typeof id === 'string' ? { subject: `worker ${id}` } : {}),
        });
      }
    }
  }
  return ok(undefined);
}

interface Mutable {
  workers: WorkerRecord[];
  locations: RecordLocation[];
  skipped: SkippedRow[];
  total: number;
}

function locate(
  tables: ReadonlyMap<string, WorkerTable>,
  path: IssuePath,
): { location: RecordLocation; column?: string } {
  const table = tables.get(String(path[0] ?? ''));
  const line = typeof path[1] === 'number' ? path[1] : 0;
  const location: RecordLocation = {
    file: table?.file ?? String(path[0] ?? ''),
    line,
    ...(table?.sheet === undefined ? {} : { sheet: table.sheet }),
  };
  return typeof path[2] === 'string' && path[2] !== '' ? { location, column: path[2] } : { location };
}

function fromTables(tables: readonly WorkerTable[], out: Mutable): Result<void, UnforcedError> {
  const byRole = new Map<CsvFile, WorkerTable>();
  for (const table of tables) {
    const other = byRole.get(table.role);
    if (other !== undefined)
      return err(
        new UnforcedError(
          'USAGE',
          `${table.file} and ${other.file} are both ${table.role} tables: give one of each kind`,
        ),
      );
    byRole.set(table.role, table);
  }
  const workers = byRole.get('workers');
  if (workers === undefined)
    return err(
      new UnforcedError(
        'USAGE',
        `${tables.map((t) => t.file).join(', ')}: worker tables need a workers table (worker_id, facility_id, origin_country…) alongside`,
      ),
    );
  const texts: Record<string, string> = {};
  for (const [role, table] of byRole) texts[role] = table.csv;
  const parsed = parseWorkersCsv(texts as WorkerCsvFiles);
  const byName = new Map([...byRole].map(([role, t]) => [`${role}.csv`, t]));
  if (parsed.isErr()) {
    const messages = parsed.error.issues.map(
      (issue) => `${locate(byName, issue.path).location.file}: ${issue.message}`,
    );
    return err(
      new UnforcedError(
        'INPUT_UNREADABLE',
        `${[...new Set(messages)].join('; ')}. Worker tables take the columns of docs/cli.md only (no names or document numbers); start from the templates of @unforced/cli`,
        { cause: parsed.error },
      ),
    );
  }
  for (const { row, worker } of parsed.value.workers) {
    out.total += 1;
    out.workers.push(worker);
    out.locations.push({
      file: workers.file,
      line: row,
      ...(workers.sheet === undefined ? {} : { sheet: workers.sheet }),
    });
  }
  for (const bad of parsed.value.errors) {
    out.total += bad.file === 'workers.csv' || bad.file === undefined ? 1 : 0;
    const first = bad.issues[0] === undefined ? undefined : locate(byName, bad.issues[0].path);
    const problems: RowProblem[] = bad.issues.map((issue) => {
      const where = locate(byName, issue.path);
      return {
        code: issue.code,
        message: issue.message,
        location: where.location,
        ...(where.column === undefined ? {} : { column: where.column }),
      };
    });
    out.skipped.push({
      location: first?.location ?? { file: workers.file, line: bad.row ?? 0 },
      problems,
      ...(bad.workerId === undefined ? {} : { subject: `worker ${bad.workerId}` }),
    });
  }
  return ok(undefined);
}

/**
 * Reads worker records for the recruitment checks from any mix of JSON / JSONL files (records in the
 * core `WorkerRecord` shape, an array or `{ "workers": [...] }`) and CSV files or XLSX workbooks (the
 * tables of `@unforced/recruitment`'s `CSV_COLUMNS`, told apart by their columns and joined by
 * `worker_id`). Bad records are skipped with every problem by file, line and column or path.
 *
 * @example
 * ```ts
 * const loaded = loadWorkers(['workers.csv', 'costs.csv', 'more-workers.json'], io);
 * ```
 */
export function loadWorkers(
  files: readonly string[],
  io: CliIo,
  sheet?: string,
): Result<LoadedWorkers, UnforcedError> {
  const out: Mutable = { workers: [], locations: [], skipped: [], total: 0 };
  const tables: WorkerTable[] = [];
  for (const file of files) {
    const ext = extname(file).toLowerCase();
    if (ext === '.json' || ext === '.jsonl' || ext === '.ndjson') {
      const read = fromJsonRecords(file, io, out);
      if (read.isErr()) return err(read.error);
      continue;
    }
    if (!['.csv', '.tsv', '.txt', '.xlsx'].includes(ext)) {
      const unknown = readInput(file, io);
      if (unknown.isErr()) return err(unknown.error);
    }
    const read = readWorkerTables(file, io, sheet);
    if (read.isErr()) return err(read.error);
    tables.push(...read.value);
  }
  if (tables.length > 0) {
    const read = fromTables(tables, out);
    if (read.isErr()) return err(read.error);
  }
  return ok(out);
}
