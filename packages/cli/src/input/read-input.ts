import { extname } from 'node:path';
import { UnforcedError } from '@unforced/core';
import { parseCsv, readXlsxSheet } from '@unforced/reference-data';
import { err, ok, type Result } from 'neverthrow';
import type { CliIo } from '../io.js';
import { detectDelimiter } from './detect-delimiter.js';
import type { InputFormat, InputRecord } from './input-record.js';

const FORMATS: Readonly<Record<string, InputFormat>> = {
  '.csv': 'csv',
  '.tsv': 'csv',
  '.txt': 'csv',
  '.json': 'json',
  '.jsonld': 'json',
  '.jsonl': 'jsonl',
  '.ndjson': 'jsonl',
  '.xlsx': 'xlsx',
};

/** Options for {@link readInput}. */
export interface ReadInputOptions {
  /** The XLSX sheet to read (default: the first). */
  readonly sheet?: string;
}

function inputError(file: string, message: string, cause?: unknown): UnforcedError {
  return new UnforcedError('INPUT_UNREADABLE', `${file}: ${message}`, { path: [file], cause });
}

function fromCsv(file: string, text: string): Result<InputRecord[], UnforcedError> {
  if (text.trim() === '') return err(inputError(file, 'the file is empty'));
  return parseCsv(text, { delimiter: detectDelimiter(text) })
    .mapErr((e) => inputError(file, e.message, e))
    .map((table) =>
      table.records.map(({ line, values }) => ({
        location: { file, line },
        value: values,
        columns: table.header,
      })),
    );
}

function fromXlsx(
  file: string,
  bytes: Uint8Array,
  sheetName: string | undefined,
): Result<InputRecord[], UnforcedError> {
  return readXlsxSheet(bytes, sheetName)
    .mapErr((e) => inputError(file, e.message, e))
    .andThen((sheet) => {
      const headerIndex = sheet.rows.findIndex((row) =>
        row.some((cell) => cell !== null && String(cell).trim() !== ''),
      );
      const header = sheet.rows[headerIndex];
      if (header === undefined) return err(inputError(file, `sheet "${sheet.name}" is empty`));
      const columns = header.map((cell) => (cell === null ? '' : String(cell).trim()));
      const records: InputRecord[] = [];
      sheet.rows.slice(headerIndex + 1).forEach((row, offset) => {
        if (!row.some((cell) => cell !== null && String(cell).trim() !== '')) return;
        const value: Record<string, string> = {};
        columns.forEach((column, index) => {
          if (column === '') return;
          const cell = row[index];
          value[column] = cell === null || cell === undefined ? '' : String(cell);
        });
        records.push({
          location: { file, line: headerIndex + offset + 2, sheet: sheet.name },
          value,
          columns,
        });
      });
      return ok(records);
    });
}

function fromJson(file: string, text: string): Result<InputRecord[], UnforcedError> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (cause) {
    return err(
      inputError(file, `not valid JSON (${cause instanceof Error ? cause.message : String(cause)})`, cause),
    );
  }
  const items = Array.isArray(parsed) ? parsed : [parsed];
  return ok(items.map((value, index) => ({ location: { file, line: index + 1 }, value })));
}

function fromJsonLines(file: string, text: string): Result<InputRecord[], UnforcedError> {
  const records: InputRecord[] = [];
  const lines = text.replace(/^\ufeff/, '').split(/\r?\n/);
  for (const [index, line] of lines.entries()) {
    if (line.trim() === '') continue;
    try {
      records.push({ location: { file, line: index + 1 }, value: JSON.parse(line) });
    } catch (cause) {
      return err(inputError(file, `line ${index + 1} is not valid JSON`, cause));
    }
  }
  return ok(records);
}

/**
 * Reads an input file into records, by extension: CSV (any of `,` `;` tab `|` as delimiter, BOM, quoted
 * fields), JSON (an array, or one object), JSONL, and XLSX (first sheet unless named). Every record keeps
 * its file and line so errors can point at it. An unreadable, empty or truncated file is
 * `INPUT_UNREADABLE`, never a throw.
 *
 * @example
 * ```ts
 * const records = readInput('suppliers.xlsx', nodeIo());
 * ```
 */
export function readInput(
  path: string,
  io: CliIo,
  options: ReadInputOptions = {},
): Result<InputRecord[], UnforcedError> {
  const format = FORMATS[extname(path).toLowerCase()];
  if (format === undefined) {
    return err(
      inputError(path, `unknown file type "${extname(path)}": use .csv, .tsv, .json, .jsonl or .xlsx`),
    );
  }
  let bytes: Uint8Array;
  try {
    bytes = io.readFile(path);
  } catch (cause) {
    return err(inputError(path, 'cannot be read (does it exist?)', cause));
  }
  if (format === 'xlsx') return fromXlsx(path, bytes, options.sheet);
  const text = new TextDecoder('utf-8').decode(bytes);
  if (format === 'csv') return fromCsv(path, text);
  if (format === 'jsonl') return fromJsonLines(path, text);
  return fromJson(path, text);
}
