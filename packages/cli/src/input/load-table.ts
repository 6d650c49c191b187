import { issuesFromZod, UnforcedError } from '@unforced/core';
import { err, ok, type Result } from 'neverthrow';
import type { z } from 'zod';
import type { CliIo } from '../io.js';
import { readCell } from './cells.js';
import type { InputRecord, RecordLocation } from './input-record.js';
import { readInput } from './read-input.js';
import type { RowProblem, SkippedRow } from './skipped-row.js';
import { columnOfPath, normaliseHeader, type TableSpec } from './table-spec.js';

/** A validated row and where it came from. */
export interface LoadedRow<T> {
  readonly value: T;
  readonly location: RecordLocation;
}

/** The rows of one input file: the valid ones, the skipped ones with every problem, columns ignored. */
export interface LoadedTable<T> {
  readonly file: string;
  readonly rows: readonly LoadedRow<T>[];
  readonly skipped: readonly SkippedRow[];
  readonly total: number;
  /** Columns of the file that no spec column reads (reported, not an error). */
  readonly ignoredColumns: readonly string[];
}

function setPath(target: Record<string, unknown>, dotted: string, value: unknown): void {
  const keys = dotted.split('.');
  let node = target;
  keys.slice(0, -1).forEach((key) => {
    const next = node[key];
    if (typeof next === 'object' && next !== null) node = next as Record<string, unknown>;
    else {
      const created: Record<string, unknown> = {};
      node[key] = created;
      node = created;
    }
  });
  node[keys.at(-1) ?? dotted] = value;
}

function checkHeader(
  file: string,
  spec: TableSpec,
  columns: readonly string[],
): Result<string[], UnforcedError> {
  const present = new Set(columns.map(normaliseHeader));
  const missing = spec.columns.filter((c) => c.required && !present.has(c.column)).map((c) => c.column);
  if (missing.length > 0)
    return err(
      new UnforcedError(
        'INPUT_UNREADABLE',
        `${file}: the required column(s) ${missing.join(', ')} are missing (found: ${columns.join(', ') || 'none'}). Name the columns as in docs/cli.md, or start from the template templates/${spec.id}.csv of @unforced/cli`,
        {
          path: [file],
          issues: missing.map((column) => ({
            code: 'REQUIRED' as const,
            message: `the column "${column}" is missing`,
            path: [file, 1, column],
          })),
        },
      ),
    );
  const known = new Set(spec.columns.map((c) => c.column));
  return ok(columns.filter((c) => c.trim() !== '' && !known.has(normaliseHeader(c))));
}

function fromCells(spec: TableSpec, record: InputRecord): { value: unknown; problems: RowProblem[] } {
  const cells = new Map<string, string>();
  for (const [key, text] of Object.entries(record.value as Record<string, string>))
    cells.set(normaliseHeader(key), String(text).trim());
  const built: Record<string, unknown> = {};
  const problems: RowProblem[] = [];
  const fromSpreadsheet = record.location.sheet !== undefined;
  for (const spec_ of spec.columns) {
    const text = cells.get(spec_.column) ?? '';
    if (text === '') continue;
    const currency = spec_.currencyColumn === undefined ? undefined : cells.get(spec_.currencyColumn);
    const read = readCell(spec_.kind, text, {
      fromSpreadsheet,
      ...(currency === undefined ? {} : { currency }),
    });
    if (read.isErr()) {
      const onCurrency = read.error.code === 'INVALID_CURRENCY_CODE' && spec_.currencyColumn !== undefined;
      problems.push({ ...read.error, column: onCurrency ? (spec_.currencyColumn ?? '') : spec_.column });
    } else if (spec_.kind !== 'currency') setPath(built, spec_.field, read.value);
  }
  return { value: spec.reshape === undefined ? built : spec.reshape(built), problems };
}

/**
 * Reads an input file (CSV, XLSX, JSON or JSONL) as rows of one table and validates each with `schema`.
 * Spreadsheet rows are read column by column (headers matched case-insensitively, `Annual spend` =
 * `annual_spend`); JSON records must already have the SDK's shape. A file without a required column is
 * an `INPUT_UNREADABLE` error naming the missing columns; a bad row is skipped with every problem, by
 * line and column (or path), and the rest are kept.
 *
 * @example
 * ```ts
 * const table = loadTable('suppliers.csv', io, SUPPLIERS, Supplier);
 * ```
 */
export function loadTable<S extends z.ZodType>(
  file: string,
  io: CliIo,
  spec: TableSpec,
  schema: S,
  options: { readonly sheet?: string; readonly onRow?: (done: number, total: number) => void } = {},
): Result<LoadedTable<z.output<S>>, UnforcedError> {
  const records = readInput(file, io, options.sheet === undefined ? {} : { sheet: options.sheet });
  if (records.isErr()) return err(records.error);
  const first = records.value[0];
  let ignoredColumns: string[] = [];
  if (first?.columns !== undefined) {
    const header = checkHeader(file, spec, first.columns);
    if (header.isErr()) return err(header.error);
    ignoredColumns = header.value;
  }
  const rows: LoadedRow<z.output<S>>[] = [];
  const skipped: SkippedRow[] = [];
  records.value.forEach((record, index) => {
    options.onRow?.(index + 1, records.value.length);
    const tabular = record.columns !== undefined;
    const { value, problems } = tabular ? fromCells(spec, record) : { value: record.value, problems: [] };
    const parsed = schema.safeParse(value);
    if (!parsed.success)
      for (const issue of issuesFromZod(parsed.error.issues)) {
        const column = tabular ? columnOfPath(spec.columns, issue.path) : undefined;
        if (column !== undefined && problems.some((p) => p.column === column)) continue;
        problems.push({
          code: issue.code,
          message: issue.message,
          ...(column === undefined ? { path: issue.path } : { column }),
        });
      }
    if (problems.length > 0 || !parsed.success) skipped.push({ location: record.location, problems });
    else rows.push({ value: parsed.data, location: record.location });
  });
  return ok({ file, rows, skipped, total: records.value.length, ignoredColumns });
}
