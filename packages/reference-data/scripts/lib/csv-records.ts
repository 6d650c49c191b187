import { parseCsv } from '../../src/csv/parse-csv.js';
import { BuildError } from './build-error.js';
import type { SourceFile } from './source-file.js';

/** One CSV record: its line in the file and a checked accessor for its fields. */
export interface CsvRecord {
  readonly line: number;
  /** The value of a column the file was checked to have. */
  readonly get: (column: string) => string;
}

/**
 * Parses a source CSV file with `parseCsv`, checks that every required column is in the header and
 * returns its records. Any parse error or missing column is a {@link BuildError}.
 */
export function readCsvRecords(file: SourceFile, requiredColumns: readonly string[]): CsvRecord[] {
  const parsed = parseCsv(file.text);
  if (parsed.isErr()) throw new BuildError(`${file.path}: ${parsed.error.message}`);
  const { header, records } = parsed.value;
  const missing = requiredColumns.filter((column) => !header.includes(column));
  if (missing.length > 0) throw new BuildError(`${file.path}: missing columns`, missing);
  const allowed = new Set(requiredColumns);
  return records.map((record) => ({
    line: record.line,
    get: (column: string): string => {
      const value = record.values[column];
      if (!allowed.has(column) || value === undefined) {
        throw new BuildError(`${file.path}: column "${column}" was not declared as required`);
      }
      return value;
    },
  }));
}
