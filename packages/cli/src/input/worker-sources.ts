import { extname } from 'node:path';
import { UnforcedError } from '@unforced/core';
import { CSV_COLUMNS, CSV_FILES, type CsvFile } from '@unforced/recruitment';
import { parseCsv, readXlsxSheet } from '@unforced/reference-data';
import { err, ok, type Result } from 'neverthrow';
import type { CliIo } from '../io.js';
import { detectDelimiter } from './detect-delimiter.js';
import { excelSerialDate } from './excel-date.js';
import { normaliseHeader } from './table-spec.js';

/** One table of worker data (a CSV file or an XLSX sheet), re-written as comma CSV with its lines kept. */
export interface WorkerTable {
  readonly role: CsvFile;
  readonly file: string;
  readonly sheet?: string;
  /** Comma-separated text whose line numbers are those of the source. */
  readonly csv: string;
}

type Rows = ReadonlyArray<{ readonly line: number; readonly values: readonly string[] }>;

const quote = (cell: string) => (/[",\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell);
const isDateColumn = (column: string) => /(_on|_start|_end|_date)$/.test(column);

function roleOf(file: string, header: readonly string[]): Result<CsvFile, UnforcedError> {
  const present = new Set(header);
  let best: { role: CsvFile; missing: string[] } | undefined;
  for (const role of CSV_FILES) {
    const required = CSV_COLUMNS[role].filter((c) => c.required).map((c) => c.column);
    const missing = required.filter((c) => !present.has(c));
    if (missing.length === 0) return ok(role);
    if (best === undefined || missing.length < best.missing.length) best = { role, missing };
  }
  return err(
    new UnforcedError(
      'INPUT_UNREADABLE',
      `${file}: its columns match none of the worker tables (workers, costs, payslips, deductions, loans, documents); closest is ${best?.role ?? 'workers'}, which needs ${best?.missing.join(', ') ?? ''} (found: ${header.join(', ') || 'none'}). Name the columns as in docs/cli.md, or start from templates/${best?.role ?? 'workers'}.csv of @unforced/cli`,
      { path: [file] },
    ),
  );
}

function toTable(file: string, sheet: string | undefined, header: readonly string[], rows: Rows) {
  const columns = header.map(normaliseHeader);
  return roleOf(file, columns).map((role): WorkerTable => {
    const lines: string[] = [columns.map(quote).join(',')];
    for (const { line, values } of rows) {
      while (lines.length < line - 1) lines.push('');
      const cells = columns.map((column, index) => {
        const cell = values[index] ?? '';
        if (sheet !== undefined && isDateColumn(column) && /^\d{4,6}$/.test(cell))
          return excelSerialDate(Number(cell));
        return cell;
      });
      lines.push(cells.map(quote).join(','));
    }
    return { role, file, ...(sheet === undefined ? {} : { sheet }), csv: `${lines.join('\n')}\n` };
  });
}

function fromCsv(file: string, bytes: Uint8Array): Result<WorkerTable, UnforcedError> {
  const text = new TextDecoder('utf-8').decode(bytes);
  if (text.trim() === '')
    return err(new UnforcedError('INPUT_UNREADABLE', `${file}: the file is empty`, { path: [file] }));
  return parseCsv(text, { delimiter: detectDelimiter(text) })
    .mapErr((e) => new UnforcedError('INPUT_UNREADABLE', `${file}: ${e.message}`, { path: [file], cause: e }))
    .andThen((table) =>
      toTable(
        file,
        undefined,
        table.header,
        table.records.map((r) => ({ line: r.line, values: table.header.map((h) => r.values[h] ?? '') })),
      ),
    );
}

function fromXlsx(
  file: string,
  bytes: Uint8Array,
  sheet: string | undefined,
): Result<WorkerTable[], UnforcedError> {
  const unreadable = (e: UnforcedError) =>
    new UnforcedError('INPUT_UNREADABLE', `${file}: ${e.message}`, { path: [file], cause: e });
  const first = readXlsxSheet(bytes, sheet);
  if (first.isErr()) return err(unreadable(first.error));
  const sheets = [first.value];
  if (sheet === undefined)
    for (const role of CSV_FILES) {
      const named = readXlsxSheet(bytes, role);
      if (named.isOk() && !sheets.some((s) => s.name === named.value.name)) sheets.push(named.value);
    }
  const tables: WorkerTable[] = [];
  for (const ws of sheets) {
    const text = ws.rows.map((row) => row.map((c) => (c === null ? '' : String(c))));
    const headerIndex = text.findIndex((row) => row.some((c) => c.trim() !== ''));
    const header = text[headerIndex];
    if (header === undefined) continue;
    const rows = text
      .slice(headerIndex + 1)
      .flatMap((values, offset) =>
        values.some((c) => c.trim() !== '') ? [{ line: headerIndex + offset + 2, values }] : [],
      );
    const table = toTable(file, ws.name, header, rows);
    if (table.isErr()) return err(table.error);
    tables.push(table.value);
  }
  if (tables.length === 0)
    return err(new UnforcedError('INPUT_UNREADABLE', `${file}: the workbook is empty`, { path: [file] }));
  return ok(tables);
}

/**
 * Reads a CSV file or an XLSX workbook of worker data and tells its tables apart by their columns
 * (`@unforced/recruitment`'s `CSV_COLUMNS`): a workbook contributes its first sheet (or `sheet`) and
 * any sheets named `workers`, `costs`, `payslips`, `deductions`, `loans` or `documents`.
 *
 * @example
 * ```ts
 * const tables = readWorkerTables('payroll.xlsx', io);
 * ```
 */
export function readWorkerTables(
  file: string,
  io: CliIo,
  sheet?: string,
): Result<WorkerTable[], UnforcedError> {
  let bytes: Uint8Array;
  try {
    bytes = io.readFile(file);
  } catch (cause) {
    return err(
      new UnforcedError('INPUT_UNREADABLE', `${file}: cannot be read (does it exist?)`, {
        path: [file],
        cause,
      }),
    );
  }
  if (extname(file).toLowerCase() === '.xlsx') return fromXlsx(file, bytes, sheet);
  return fromCsv(file, bytes).map((t) => [t]);
}
