import type { ErrorCode, IssuePath } from '@unforced/core';
import type { RecordLocation } from './input-record.js';

/** One problem of a skipped row: its code, message and where in the row (a column, or a path for JSON). */
export interface RowProblem {
  readonly code: ErrorCode;
  readonly message: string;
  /** The spreadsheet column, for CSV and XLSX inputs. */
  readonly column?: string;
  /** The path inside the record, for JSON inputs (or when no column can be named). */
  readonly path?: IssuePath;
  /** Where the problem is, when not on the row itself (e.g. a worker's bad cost row in costs.csv). */
  readonly location?: RecordLocation;
}

/** A row (or record) that was not used, where it is, and every problem with it. */
export interface SkippedRow {
  readonly location: RecordLocation;
  readonly problems: readonly RowProblem[];
  /** What was not processed because of it, when more than the row (e.g. `worker W-0412`). */
  readonly subject?: string;
}

/**
 * Where a row is, as people read it: `suppliers.xlsx, sheet Suppliers, line 9`.
 *
 * @example
 * ```ts
 * describeLocation({ file: 'suppliers.csv', line: 9 }); // 'suppliers.csv line 9'
 * ```
 */
export function describeLocation(location: RecordLocation): string {
  return `${location.file}${location.sheet === undefined ? '' : `, sheet ${location.sheet},`} line ${location.line}`;
}

/**
 * One line per problem: `suppliers.csv line 9, column country: INVALID_COUNTRY_CODE not a country code`.
 *
 * @example
 * ```ts
 * describeSkipped(skipped); // ['suppliers.csv line 9, column country: INVALID_COUNTRY_CODE …']
 * ```
 */
export function describeSkipped(row: SkippedRow): string[] {
  return row.problems.map((p) => {
    const where =
      p.column !== undefined
        ? `, column ${p.column}`
        : p.path !== undefined && p.path.length > 0
          ? `, ${p.path.join('.')}`
          : '';
    const subject = row.subject === undefined ? '' : ` (${row.subject} skipped)`;
    return `${describeLocation(p.location ?? row.location)}${where}: ${p.code} ${p.message}${subject}`;
  });
}

/**
 * Counts skipped rows by the code of their first problem, most frequent first: the "why" of the summary.
 *
 * @example
 * ```ts
 * skippedByReason(rows); // [['INVALID_COUNTRY_CODE', 1], ['INVALID_DATE', 1]]
 * ```
 */
export function skippedByReason(rows: readonly SkippedRow[]): Array<[string, number]> {
  const counts = new Map<string, number>();
  for (const row of rows) {
    const code = row.problems[0]?.code ?? 'VALIDATION_FAILED';
    counts.set(code, (counts.get(code) ?? 0) + 1);
  }
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
}
