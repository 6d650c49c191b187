import { UnforcedError } from '@unforced/core';
import { err, ok, type Result } from 'neverthrow';

/** Options for {@link parseCsv}. */
export interface ParseCsvOptions {
  /** Field delimiter (default `,`). */
  readonly delimiter?: string;
}

/** A CSV file read into a header and records keyed by column name, with each record's line number. */
export interface CsvTable {
  readonly header: readonly string[];
  readonly records: ReadonlyArray<{
    readonly line: number;
    readonly values: Readonly<Record<string, string>>;
  }>;
}

/**
 * Reads RFC 4180 CSV text into rows of fields: quoted fields may hold delimiters, doubled quotes and
 * line breaks; a leading byte-order mark is dropped; CRLF and LF line ends are both accepted. An
 * unterminated quote is a `DATASET_PARSE_FAILED` error naming the line where the field began.
 *
 * @example
 * ```ts
 * parseCsvRows('a,b\n1,"x, y"\n'); // ok([["a","b"],["1","x, y"]])
 * ```
 */
export function parseCsvRows(text: string, options: ParseCsvOptions = {}): Result<string[][], UnforcedError> {
  return readCsvRows(text, options).map((rows) => rows.map((row) => row.fields));
}

/**
 * Like {@link parseCsvRows}, with the line each row starts on (1-based; quoted fields may span lines,
 * so a row's line is not always its index plus one).
 *
 * @example
 * ```ts
 * readCsvRows('a\n"x\ny"\nb\n').map((rows) => rows.map((row) => row.line)); // ok([1, 2, 4])
 * ```
 */
export function readCsvRows(
  text: string,
  options: ParseCsvOptions = {},
): Result<Array<{ fields: string[]; line: number }>, UnforcedError> {
  const delimiter = options.delimiter ?? ',';
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const rows: Array<{ fields: string[]; line: number }> = [];
  let row: string[] = [];
  let field = '';
  let inQuotes = false;
  let quoteLine = 0;
  let line = 1;
  let rowLine = 1;
  let fieldStarted = false;
  for (let i = 0; i < source.length; i += 1) {
    const char = source[i] as string;
    if (inQuotes) {
      if (char === '"') {
        if (source[i + 1] === '"') {
          field += '"';
          i += 1;
        } else inQuotes = false;
      } else {
        if (char === '\n') line += 1;
        field += char;
      }
      continue;
    }
    if (char === '"' && !fieldStarted) {
      inQuotes = true;
      fieldStarted = true;
      quoteLine = line;
    } else if (char === delimiter) {
      row.push(field);
      field = '';
      fieldStarted = false;
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && source[i + 1] === '\n') i += 1;
      row.push(field);
      rows.push({ fields: row, line: rowLine });
      row = [];
      field = '';
      fieldStarted = false;
      line += 1;
      rowLine = line;
    } else {
      field += char;
      fieldStarted = true;
    }
  }
  if (inQuotes) {
    return err(
      new UnforcedError('DATASET_PARSE_FAILED', `unterminated quoted field starting on line ${quoteLine}`),
    );
  }
  if (fieldStarted || row.length > 0) {
    row.push(field);
    rows.push({ fields: row, line: rowLine });
  }
  return ok(rows);
}

/**
 * Reads CSV text with a header line into records keyed by column name. Each record keeps its line
 * number in the file (the header is line 1). A record with more fields than the header is an error;
 * missing trailing fields read as empty strings; blank lines are skipped.
 *
 * @example
 * ```ts
 * parseCsv('id,name\n1,Acme\n').map((t) => t.records[0]?.values.name); // ok("Acme")
 * ```
 */
export function parseCsv(text: string, options: ParseCsvOptions = {}): Result<CsvTable, UnforcedError> {
  return readCsvRows(text, options).andThen((rows) => {
    const [first, ...body] = rows;
    const header = first?.fields;
    if (header === undefined) return err(new UnforcedError('DATASET_PARSE_FAILED', 'the CSV file is empty'));
    const names = header.map((name) => name.trim());
    const records: Array<{ line: number; values: Record<string, string> }> = [];
    for (const { fields, line } of body) {
      if (fields.length === 1 && fields[0] === '') continue;
      if (fields.length > names.length) {
        return err(
          new UnforcedError(
            'DATASET_PARSE_FAILED',
            `line ${line} has ${fields.length} fields, the header has ${names.length}`,
            {
              path: [line],
            },
          ),
        );
      }
      const values: Record<string, string> = {};
      names.forEach((name, index) => {
        values[name] = fields[index] ?? '';
      });
      records.push({ line, values });
    }
    return ok({ header: names, records });
  });
}
