import { type Money, parseMoney, type UnforcedIssue } from '@unforced/core';
import type { CsvFile } from './csv-columns.js';

const TRUE: ReadonlySet<string> = new Set(['true', 'yes', 'y', '1']);
const FALSE: ReadonlySet<string> = new Set(['false', 'no', 'n', '0']);

/** Reads typed values from one CSV row, recording a coded issue at `[file, line, column]` for each bad cell. */
export interface CellReader {
  readonly line: number;
  /** The trimmed cell; `undefined` when empty. */
  text(column: string): string | undefined;
  /** Like `text`, but an empty cell is a `REQUIRED` issue. */
  required(column: string): string | undefined;
  /** An amount in major units and its currency; a bad amount is the issue `parseMoney` reports. */
  money(column: string, currency: string | undefined): Money | undefined;
  bool(column: string): boolean | undefined;
  number(column: string): number | undefined;
  list(column: string): string[] | undefined;
  issue(column: string, code: UnforcedIssue['code'], message: string): void;
}

/**
 * A reader over one CSV row (as `parseCsv` of `@unforced/reference-data` returns it). Issues carry the
 * path `['<file>.csv', line, column]`, so every problem is reported by file, line and column.
 *
 * @example
 * ```ts
 * const cells = createCellReader('costs', 7, { amount: '150,000' }, issues);
 * cells.money('amount', 'NPR'); // { amountMinor: 15000000, currency: 'NPR' }
 * ```
 */
export function createCellReader(
  file: CsvFile,
  line: number,
  values: Readonly<Record<string, string>>,
  issues: UnforcedIssue[],
): CellReader {
  const issue = (column: string, code: UnforcedIssue['code'], message: string) =>
    issues.push({ code, message, path: [`${file}.csv`, line, column] });
  const text = (column: string) => {
    const value = values[column]?.trim();
    return value === undefined || value === '' ? undefined : value;
  };
  return {
    line,
    issue,
    text,
    required(column) {
      const value = text(column);
      if (value === undefined) issue(column, 'REQUIRED', 'is required');
      return value;
    },
    money(column, currency) {
      const value = text(column);
      if (value === undefined || currency === undefined) return undefined;
      const parsed = parseMoney(value, currency);
      if (parsed.isErr()) {
        issue(column, parsed.error.code, parsed.error.message);
        return undefined;
      }
      return parsed.value;
    },
    bool(column) {
      const value = text(column)?.toLowerCase();
      if (value === undefined) return undefined;
      if (TRUE.has(value)) return true;
      if (FALSE.has(value)) return false;
      issue(column, 'INVALID_FORMAT', 'expected true/false, yes/no, y/n or 1/0');
      return undefined;
    },
    number(column) {
      const value = text(column);
      if (value === undefined) return undefined;
      const parsed = /^-?\d+(\.\d+)?$/.test(value) ? Number(value) : Number.NaN;
      if (Number.isNaN(parsed)) {
        issue(column, 'INVALID_FORMAT', 'expected a number');
        return undefined;
      }
      return parsed;
    },
    list(column) {
      const value = text(column);
      if (value === undefined) return undefined;
      return value
        .split(';')
        .map((part) => part.trim())
        .filter((part) => part !== '');
    },
  };
}

/**
 * Copies the defined entries of an object (so absent cells stay absent under `exactOptionalPropertyTypes`).
 *
 * @example
 * ```ts
 * defined({ a: 1, b: undefined }); // { a: 1 }
 * ```
 */
export function defined(entries: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key in entries) if (entries[key] !== undefined) out[key] = entries[key];
  return out;
}
