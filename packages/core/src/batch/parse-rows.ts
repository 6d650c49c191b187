import type { z } from 'zod';
import type { UnforcedIssue } from '../errors/unforced-error.js';
import { issuesFromZod } from '../validation/zod-issues.js';

/** A row that passed validation, with its row number. */
export interface ValidRow<T> {
  readonly row: number;
  readonly value: T;
}

/** A row that failed validation: its row number and every issue, with paths inside the row. */
export interface RowError {
  readonly row: number;
  readonly issues: readonly UnforcedIssue[];
}

/** The outcome of {@link parseRows}: the good rows and the bad ones; one never hides the other. */
export interface ParsedRows<T> {
  readonly valid: readonly ValidRow<T>[];
  readonly invalid: readonly RowError[];
  /** The valid values alone, in input order. */
  readonly values: readonly T[];
}

/** Options for {@link parseRows}. */
export interface ParseRowsOptions {
  /**
   * The row number given to the first element (default 1). For a CSV file with a header line, pass 2 so
   * that row numbers are the file's line numbers.
   */
  readonly firstRowNumber?: number;
}

/**
 * Validates every row of a batch against a schema. Valid rows are returned with their row numbers; each
 * invalid row is reported with its row number and all of its issues. One bad row never drops the others.
 *
 * @example
 * ```ts
 * const { values, invalid } = parseRows(CostItem, csvRecords, { firstRowNumber: 2 });
 * for (const bad of invalid) console.warn(`line ${bad.row}:`, bad.issues);
 * ```
 */
export function parseRows<S extends z.ZodType>(
  schema: S,
  rows: Iterable<unknown>,
  options: ParseRowsOptions = {},
): ParsedRows<z.output<S>> {
  const first = options.firstRowNumber ?? 1;
  const valid: ValidRow<z.output<S>>[] = [];
  const invalid: RowError[] = [];
  let index = 0;
  for (const input of rows) {
    const row = first + index;
    index += 1;
    const parsed = schema.safeParse(input, { reportInput: true });
    if (parsed.success) valid.push({ row, value: parsed.data });
    else invalid.push({ row, issues: issuesFromZod(parsed.error.issues) });
  }
  return { valid, invalid, values: valid.map((entry) => entry.value) };
}
