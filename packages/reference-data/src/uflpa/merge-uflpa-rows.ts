import type { UflpaEntityRecord } from '../datasets/records.js';
import { compareStrings } from '../sort/compare-strings.js';
import type { UflpaAlias } from './uflpa-alias.js';
import { uflpaId } from './uflpa-id.js';

/**
 * One parsed row of a UFLPA Entity List file, before rows of the same entity are merged.
 *
 * @example
 * ```ts
 * const row: UflpaRow = {
 *   row: 2, listedName: 'Hetian Taida Apparel Co., Ltd', name: 'Hetian Taida Apparel Co., Ltd',
 *   aliases: [], includesSubsidiaries: false, listedOn: '2022-06-21', fixes: [],
 * };
 * ```
 */
export interface UflpaRow {
  /** The row's number in its source (the snapshot's `row_index`, or a CSV line number). */
  readonly row: number;
  /** The table block of the DHS page the row was found in, when the source says so. */
  readonly block?: number | undefined;
  /** The name as listed (after any documented fixes). */
  readonly listedName: string;
  /** The listed name without alias clauses or scope words. */
  readonly name: string;
  readonly aliases: readonly UflpaAlias[];
  readonly includesSubsidiaries: boolean;
  /** The effective date of the listing (ISO date). */
  readonly listedOn: string;
  /** Hand fixes applied to the row, in words. */
  readonly fixes: readonly string[];
}

function uniqueSortedNumbers(values: readonly number[]): number[] {
  return [...new Set(values)].sort((a, b) => a - b);
}

function uniqueSortedStrings(values: readonly string[]): string[] {
  return [...new Set(values)].sort(compareStrings);
}

/**
 * Merges the rows of one entity, in the order given (normally by row). The id, name and listed name come
 * from the first row; aliases are kept in order without case-insensitive repeats (or the name itself);
 * dates, blocks and rows are de-duplicated and sorted; fixes are concatenated.
 *
 * @example
 * ```ts
 * const row = { row: 9, listedName: 'A Co.', name: 'A Co.', aliases: [], includesSubsidiaries: false, listedOn: '2023-06-09', fixes: [] };
 * mergeUflpaRows([row, { ...row, row: 53, listedOn: '2022-06-21' }]).listedOn; // ['2022-06-21', '2023-06-09']
 * ```
 */
export function mergeUflpaRows(rows: readonly [UflpaRow, ...UflpaRow[]]): UflpaEntityRecord {
  const [first] = rows;
  const seen = new Set<string>([first.name.toLowerCase()]);
  const aliases: UflpaAlias[] = [];
  for (const alias of rows.flatMap((row) => row.aliases)) {
    const key = alias.name.toLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    aliases.push({ name: alias.name, kind: alias.kind });
  }
  return {
    id: uflpaId(first.name),
    name: first.name,
    listedName: first.listedName,
    aliases,
    includesSubsidiaries: rows.some((row) => row.includesSubsidiaries),
    listedOn: uniqueSortedStrings(rows.map((row) => row.listedOn)),
    inferredBlocks: uniqueSortedNumbers(rows.flatMap((row) => (row.block === undefined ? [] : [row.block]))),
    sourceRows: uniqueSortedNumbers(rows.map((row) => row.row)),
    fixes: rows.flatMap((row) => row.fixes),
  };
}
