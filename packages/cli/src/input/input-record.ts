/** Where a record came from: the file, its line (1-based) and, for spreadsheets, the sheet. */
export interface RecordLocation {
  readonly file: string;
  readonly line: number;
  readonly sheet?: string;
}

/**
 * One record read from an input file. Tabular inputs (CSV, XLSX) give a flat object of strings keyed by
 * column header, with the header order in `columns` so an error can name its column; JSON and JSONL give
 * whatever the file holds.
 */
export interface InputRecord {
  readonly location: RecordLocation;
  readonly value: unknown;
  /** Column headers in file order, for tabular inputs. */
  readonly columns?: readonly string[];
}

/** The input formats the CLI reads, from the file extension. */
export type InputFormat = 'csv' | 'json' | 'jsonl' | 'xlsx';
