import { UnforcedError } from '@unforced/core';
import { err, ok, type Result } from 'neverthrow';
import { readCsvRows } from '../csv/parse-csv.js';
import type { Dataset } from '../datasets/dataset.js';
import type { DatasetMeta, UflpaEntityRecord } from '../datasets/records.js';
import { parseAliasList } from './alias-list.js';
import { parseListingDate } from './listing-date.js';
import { mergeUflpaEntities } from './merge-uflpa-entities.js';
import type { UflpaRow } from './merge-uflpa-rows.js';
import { parseUflpaName } from './parse-uflpa-name.js';

/** Accepted header names of each column, in order of preference (compared in lower case, spaces as `_`). */
const COLUMNS = {
  name: ['name', 'entity', 'name_as_scraped'],
  aliases: ['aliases', 'aliases_as_scraped'],
  date: ['effective_date', 'effective_date_iso', 'listed_on', 'date'],
} as const;

/**
 * Options for {@link parseUflpaEntityListCsv}.
 *
 * @example
 * ```ts
 * const options: ParseUflpaEntityListCsvOptions = { delimiter: ';' };
 * ```
 */
export interface ParseUflpaEntityListCsvOptions {
  /** Field delimiter, one character (default `,`). */
  readonly delimiter?: string;
}

/**
 * A row that could not be loaded: its line in the file (the header is line 1) and why.
 *
 * @example
 * ```ts
 * const rowError: UflpaCsvRowError = { line: 4, message: 'empty name' };
 * ```
 */
export interface UflpaCsvRowError {
  line: number;
  message: string;
}

/**
 * What {@link parseUflpaEntityListCsv} read: the dataset of merged entities and the rows it skipped.
 *
 * @example
 * ```ts
 * const loaded: UflpaEntityListCsv = { dataset: { meta, records: [] }, rowErrors: [] };
 * ```
 */
export interface UflpaEntityListCsv {
  dataset: Dataset<UflpaEntityRecord>;
  rowErrors: UflpaCsvRowError[];
}

function normaliseHeader(text: string): string {
  return text
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, '_');
}

function findColumn(header: readonly string[], names: readonly string[]): number {
  for (const name of names) {
    const index = header.indexOf(name);
    if (index >= 0) return index;
  }
  return -1;
}

function readRow(
  fields: readonly string[],
  line: number,
  columns: { name: number; aliases: number; date: number },
): Result<UflpaRow, string> {
  const listedName = (fields[columns.name] ?? '').trim();
  if (listedName === '') return err('empty name');
  const listedOn = parseListingDate(fields[columns.date] ?? '');
  if (listedOn.isErr()) return err(`effective date: ${listedOn.error.message}`);
  const parsed = parseUflpaName(listedName);
  if (parsed.isErr()) return err(`name: ${parsed.error.message}`);
  const listed = columns.aliases < 0 ? ok([]) : parseAliasList(fields[columns.aliases] ?? '');
  if (listed.isErr()) return err(`aliases: ${listed.error.message}`);
  return ok({
    row: line,
    listedName,
    name: parsed.value.name,
    aliases: [...parsed.value.aliases, ...listed.value],
    includesSubsidiaries: parsed.value.includesSubsidiaries,
    listedOn: listedOn.value,
    fixes: [],
  });
}

/**
 * Loads a UFLPA Entity List CSV that the caller downloaded or compiled (e.g. a newer copy of the DHS
 * list than the one the SDK ships) into a dataset of entities, parsing names and aliases exactly as the
 * bundled data is built, except that no hand fixes are applied.
 *
 * The header (case-insensitive, a leading byte-order mark ignored) needs a name column (`name`,
 * `entity` or `name_as_scraped`) and an effective-date column (`effective_date`,
 * `effective_date_iso`, `listed_on` or `date`; ISO `2025-01-15` or `January 15, 2025`); an aliases
 * column (`aliases` or `aliases_as_scraped`, items separated by `;` or `|`) is optional. Alias clauses
 * such as `(also known as …)` and scope words such as `and subsidiaries` in the name are read too.
 * Rows naming the same entity are merged; `sourceRows` are the CSV line numbers (the header is line 1),
 * `inferredBlocks` and `fixes` are empty. Records are sorted by id.
 *
 * A row with an empty name, an unreadable date, name or alias, or more fields than the header is
 * reported in `rowErrors` with its line, and the other rows are still loaded. A file that cannot be read
 * as CSV, has no usable header or no valid row is `DATASET_PARSE_FAILED`; two different entities with
 * the same id are `DUPLICATE_ID`.
 *
 * @example
 * ```ts
 * const csv = 'name,aliases,effective_date\n"Hetian Taida Apparel Co., Ltd",Hetian TEDA Garment,"June 21, 2022"\n';
 * parseUflpaEntityListCsv(csv, meta).map(({ dataset }) => dataset.records[0]?.id);
 * // ok('uflpa:hetian-taida-apparel-co-ltd')
 * ```
 */
export function parseUflpaEntityListCsv(
  text: string,
  meta: DatasetMeta,
  options: ParseUflpaEntityListCsvOptions = {},
): Result<UflpaEntityListCsv, UnforcedError> {
  return readCsvRows(text, options).andThen((rows) => {
    const [first, ...body] = rows;
    const headerFields = first?.fields;
    if (headerFields === undefined || headerFields.every((field) => field.trim() === '')) {
      return err(new UnforcedError('DATASET_PARSE_FAILED', 'the UFLPA Entity List CSV is empty'));
    }
    const header = headerFields.map(normaliseHeader);
    const columns = {
      name: findColumn(header, COLUMNS.name),
      aliases: findColumn(header, COLUMNS.aliases),
      date: findColumn(header, COLUMNS.date),
    };
    const missing = [
      ...(columns.name < 0 ? [`a name column (${COLUMNS.name.join(', ')})`] : []),
      ...(columns.date < 0 ? [`an effective-date column (${COLUMNS.date.join(', ')})`] : []),
    ];
    if (missing.length > 0) {
      return err(
        new UnforcedError(
          'DATASET_PARSE_FAILED',
          `the CSV header ${JSON.stringify(headerFields.join(options.delimiter ?? ','))} has no ${missing.join(' and no ')}`,
          { path: [1] },
        ),
      );
    }
    const parsedRows: UflpaRow[] = [];
    const rowErrors: UflpaCsvRowError[] = [];
    for (const { fields, line } of body) {
      if (fields.every((field) => field.trim() === '')) continue;
      if (fields.length > header.length) {
        rowErrors.push({
          line,
          message: `${fields.length} fields, the header has ${header.length}`,
        });
        continue;
      }
      const row = readRow(fields, line, columns);
      if (row.isErr()) rowErrors.push({ line, message: row.error });
      else parsedRows.push(row.value);
    }
    if (parsedRows.length === 0) {
      const first = rowErrors[0];
      return err(
        new UnforcedError(
          'DATASET_PARSE_FAILED',
          first === undefined
            ? 'the UFLPA Entity List CSV has no data rows'
            : `no valid row in the UFLPA Entity List CSV (${rowErrors.length} bad; line ${first.line}: ${first.message})`,
          {
            path: first === undefined ? [] : [first.line],
            ...(rowErrors.length > 0
              ? {
                  issues: rowErrors.map((rowError) => ({
                    code: 'DATASET_PARSE_FAILED' as const,
                    message: rowError.message,
                    path: [rowError.line],
                  })),
                }
              : {}),
          },
        ),
      );
    }
    return mergeUflpaEntities(parsedRows).map((records) => ({ dataset: { meta, records }, rowErrors }));
  });
}
