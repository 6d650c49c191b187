import { type IssuePath, UnforcedError, type UnforcedIssue, validate, WorkerRecord } from '@unforced/core';
import { type CsvTable, parseCsv } from '@unforced/reference-data';
import { err, ok, type Result } from 'neverthrow';
import { brandParsed, type ParsedWorker, type ParsedWorkers, type RecordError } from '../parsed-workers.js';
import { createCellReader } from './csv-cells.js';
import { CSV_COLUMNS, type CsvFile, columnForField } from './csv-columns.js';
import {
  costFromRow,
  deductionFromRow,
  documentFromRow,
  loanFromRow,
  payslipFromRow,
  workerFromRow,
} from './csv-rows.js';

/** The CSV texts of a workforce: `workers` is required, the others optional. */
export type WorkerCsvFiles = { readonly workers: string } & {
  readonly [F in Exclude<CsvFile, 'workers'>]?: string;
};

/** Options for {@link parseWorkersCsv}. */
export interface ParseWorkersCsvOptions {
  /** Field delimiter of every file (default `,`). */
  readonly delimiter?: string;
}

interface Child {
  readonly value: Record<string, unknown>;
  readonly line: number;
}

interface Entry {
  readonly line: number;
  readonly record: Record<string, unknown>;
  readonly issues: UnforcedIssue[];
  readonly costs: Child[];
  readonly payslips: Child[];
  readonly deductions: Child[][];
  readonly loans: Child[];
  readonly documents: Child[];
  readonly payslipIndex: Map<string, { index: number; currency: string | undefined }>;
}

function readTable(
  file: CsvFile,
  text: string,
  delimiter: string | undefined,
): Result<CsvTable, UnforcedError> {
  const table = parseCsv(text, delimiter === undefined ? {} : { delimiter });
  if (table.isErr())
    return err(
      new UnforcedError(table.error.code, `${file}.csv: ${table.error.message}`, {
        path: [`${file}.csv`, ...table.error.path],
        cause: table.error,
      }),
    );
  const known = new Set(CSV_COLUMNS[file].map((c) => c.column));
  const issues: UnforcedIssue[] = [];
  for (const column of table.value.header)
    if (!known.has(column))
      issues.push({
        code: 'UNKNOWN_FIELD',
        message: `unknown column "${column}"`,
        path: [`${file}.csv`, 1, column],
      });
  for (const column of CSV_COLUMNS[file])
    if (column.required && !table.value.header.includes(column.column))
      issues.push({
        code: 'REQUIRED',
        message: `the column "${column.column}" is missing`,
        path: [`${file}.csv`, 1, column.column],
      });
  if (issues.length > 0)
    return err(
      new UnforcedError(
        issues.every((i) => i.code === issues[0]?.code)
          ? (issues[0]?.code ?? 'VALIDATION_FAILED')
          : 'VALIDATION_FAILED',
        issues.map((i) => `${i.path.join(' ')}: ${i.message}`).join('; '),
        { path: issues[0]?.path ?? [], issues },
      ),
    );
  return ok(table.value);
}

function csvPath(path: IssuePath, entry: Entry): IssuePath {
  const [list, index, third, fourth] = path;
  if (typeof index === 'number') {
    if (list === 'payslips' && third === 'deductions' && typeof fourth === 'number') {
      const line = entry.deductions[index]?.[fourth]?.line;
      return ['deductions.csv', line ?? 0, columnForField('deductions', path.slice(4)) ?? ''];
    }
    const lists: Record<string, [CsvFile, Child[]]> = {
      costs: ['costs', entry.costs],
      payslips: ['payslips', entry.payslips],
      loans: ['loans', entry.loans],
      documents: ['documents', entry.documents],
    };
    const found = typeof list === 'string' ? lists[list] : undefined;
    if (found !== undefined) {
      const [file, children] = found;
      return [`${file}.csv`, children[index]?.line ?? 0, columnForField(file, path.slice(2)) ?? ''];
    }
  }
  const column = columnForField('workers', path);
  return column === undefined ? ['workers.csv', entry.line] : ['workers.csv', entry.line, column];
}

/** A row of a child file whose `worker_id` is not in workers.csv: reported by file and line. */
function unknownWorker(file: string, line: number, workerId: string | undefined): RecordError {
  return {
    row: line,
    file,
    issues: [
      {
        code: 'UNKNOWN_REFERENCE',
        message: `worker_id "${workerId ?? ''}" is not in workers.csv`,
        path: [file, line, 'worker_id'],
      },
    ],
  };
}

function finish(entry: Entry): { worker?: ParsedWorker; error?: RecordError } {
  const record = {
    ...entry.record,
    costs: entry.costs.map((c) => c.value),
    payslips: entry.payslips.map((p, i) => ({
      ...p.value,
      deductions: (entry.deductions[i] ?? []).map((d) => d.value),
    })),
    loans: entry.loans.map((l) => l.value),
    documents: entry.documents.map((d) => d.value),
  };
  const validated = validate(WorkerRecord, record);
  if (validated.isOk() && entry.issues.length === 0)
    return { worker: { row: entry.line, worker: validated.value } };
  const issues = [...entry.issues];
  const seen = new Set(issues.map((i) => i.path.join('\u0000')));
  const linesWithIssues = new Set(issues.map((i) => `${String(i.path[0])}\u0000${String(i.path[1])}`));
  if (validated.isErr())
    for (const issue of validated.error.issues) {
      const path = csvPath(issue.path, entry);
      const key = path.join('\u0000');
      // A cell already reported (e.g. an unreadable amount) is not reported again as "required".
      if (
        seen.has(key) ||
        (issue.code === 'REQUIRED' && linesWithIssues.has(`${String(path[0])}\u0000${String(path[1])}`))
      )
        continue;
      seen.add(key);
      issues.push({ ...issue, path });
    }
  const workerId = typeof entry.record.id === 'string' ? entry.record.id : undefined;
  const facilityId = typeof entry.record.facilityId === 'string' ? entry.record.facilityId : undefined;
  return {
    error: {
      row: entry.line,
      file: 'workers.csv',
      ...(workerId === undefined ? {} : { workerId }),
      ...(facilityId === undefined ? {} : { facilityId }),
      issues,
    },
  };
}

/**
 * Reads a workforce from CSV files joined by `worker_id`: `workers.csv` (one row per worker) and,
 * optionally, `costs.csv` (one row per cost item), `payslips.csv` (one row per payslip),
 * `deductions.csv` (one row per deduction, joined to its payslip by `payslip_id`), `loans.csv` and
 * `documents.csv`. The columns are in `CSV_COLUMNS` and docs/recruitment.md. Every problem is reported
 * by file, line and column; a worker with any bad row is not checked (so no cost is silently missing),
 * the others are. A file that cannot be read, or lacks a required column, is an error.
 *
 * @example
 * ```ts
 * const parsed = parseWorkersCsv({ workers: workersCsv, costs: costsCsv, payslips: payslipsCsv });
 * parsed.map((p) => p.errors.map((e) => e.issues.map((i) => i.path.join(':')))); // [['costs.csv:7:amount']]
 * ```
 */
export function parseWorkersCsv(
  files: WorkerCsvFiles,
  options: ParseWorkersCsvOptions = {},
): Result<ParsedWorkers, UnforcedError> {
  const entries = new Map<string, Entry>();
  const ordered: Entry[] = [];
  const errors: RecordError[] = [];
  const workersTable = readTable('workers', files.workers, options.delimiter);
  if (workersTable.isErr()) return err(workersTable.error);
  for (const { line, values } of workersTable.value.records) {
    const issues: UnforcedIssue[] = [];
    const record = workerFromRow(createCellReader('workers', line, values, issues));
    const entry: Entry = {
      line,
      record,
      issues,
      costs: [],
      payslips: [],
      deductions: [],
      loans: [],
      documents: [],
      payslipIndex: new Map(),
    };
    const id = typeof record.id === 'string' ? record.id : undefined;
    const first = id === undefined ? undefined : entries.get(id);
    if (first !== undefined) {
      const duplicate: UnforcedIssue = {
        code: 'DUPLICATE_ID',
        message: `worker_id appears on lines ${first.line} and ${line}`,
        path: ['workers.csv', line, 'worker_id'],
      };
      first.issues.push({ ...duplicate, path: ['workers.csv', first.line, 'worker_id'] });
      issues.push(duplicate);
    } else if (id !== undefined) entries.set(id, entry);
    ordered.push(entry);
  }
  const children: readonly [
    Exclude<CsvFile, 'workers' | 'deductions'>,
    (e: Entry) => Child[],
    typeof costFromRow,
  ][] = [
    ['costs', (e) => e.costs, costFromRow],
    ['payslips', (e) => e.payslips, payslipFromRow],
    ['loans', (e) => e.loans, loanFromRow],
    ['documents', (e) => e.documents, documentFromRow],
  ];
  for (const [file, listOf, convert] of children) {
    const text = files[file];
    if (text === undefined) continue;
    const table = readTable(file, text, options.delimiter);
    if (table.isErr()) return err(table.error);
    for (const { line, values } of table.value.records) {
      const entry = entries.get(values.worker_id?.trim() ?? '');
      if (entry === undefined) {
        errors.push(unknownWorker(`${file}.csv`, line, values.worker_id));
        continue;
      }
      const cells = createCellReader(file, line, values, entry.issues);
      const value = convert(cells);
      if (file === 'payslips') {
        const id = typeof value.id === 'string' ? value.id : '';
        entry.payslipIndex.set(id, { index: entry.payslips.length, currency: cells.text('currency') });
        entry.deductions.push([]);
      }
      listOf(entry).push({ value, line });
    }
  }
  if (files.deductions !== undefined) {
    const table = readTable('deductions', files.deductions, options.delimiter);
    if (table.isErr()) return err(table.error);
    for (const { line, values } of table.value.records) {
      const entry = entries.get(values.worker_id?.trim() ?? '');
      if (entry === undefined) {
        errors.push(unknownWorker('deductions.csv', line, values.worker_id));
        continue;
      }
      const cells = createCellReader('deductions', line, values, entry.issues);
      const payslip = entry.payslipIndex.get(cells.required('payslip_id') ?? '');
      const value = deductionFromRow(cells, payslip?.currency);
      if (payslip === undefined) {
        cells.issue('payslip_id', 'UNKNOWN_REFERENCE', 'no payslip of this worker has this payslip_id');
        continue;
      }
      entry.deductions[payslip.index]?.push({ value, line });
    }
  }
  const workers: ParsedWorker[] = [];
  for (const entry of ordered) {
    const done = finish(entry);
    if (done.worker !== undefined) workers.push(done.worker);
    if (done.error !== undefined) errors.push(done.error);
  }
  return ok(brandParsed(workers, errors));
}
