import { UnforcedError } from '@unforced/core';
import { strFromU8, unzipSync } from 'fflate';
import { err, ok, type Result } from 'neverthrow';
import { decodeXmlText, textRuns, xmlAttribute } from './xml-text.js';

/** A cell's value: text, a number, a boolean, or `null` for an empty cell. */
export type CellValue = string | number | boolean | null;

/** A worksheet as rows of cells; `rows[0]` is spreadsheet row 1 and `rows[r][0]` column A. */
export interface Worksheet {
  readonly name: string;
  readonly rows: ReadonlyArray<ReadonlyArray<CellValue>>;
}

function fail(message: string, cause?: unknown): Result<never, UnforcedError> {
  return err(new UnforcedError('DATASET_PARSE_FAILED', message, { cause }));
}

/** Zero-based column index of a cell reference such as `AB12`. */
function columnIndex(reference: string): number {
  let index = 0;
  for (const char of reference) {
    const code = char.charCodeAt(0);
    if (code < 65 || code > 90) break;
    index = index * 26 + (code - 64);
  }
  return index - 1;
}

function sharedStrings(files: Record<string, Uint8Array>): string[] {
  const xml = files['xl/sharedStrings.xml'];
  if (xml === undefined) return [];
  return [...strFromU8(xml).matchAll(/<si>([\s\S]*?)<\/si>/g)].map((match) => textRuns(match[1] ?? ''));
}

function sheetPath(
  files: Record<string, Uint8Array>,
  sheetName: string | undefined,
): Result<{ name: string; path: string }, UnforcedError> {
  const workbook = files['xl/workbook.xml'];
  const relations = files['xl/_rels/workbook.xml.rels'];
  if (workbook === undefined || relations === undefined)
    return fail('not an XLSX workbook (xl/workbook.xml missing)');
  const sheets = [...strFromU8(workbook).matchAll(/<sheet\s[^>]*\/?>/g)].map((m) => m[0]);
  const sheet =
    sheetName === undefined ? sheets[0] : sheets.find((tag) => xmlAttribute(tag, 'name') === sheetName);
  if (sheet === undefined) {
    const names = sheets.map((tag) => xmlAttribute(tag, 'name')).join(', ');
    return fail(
      sheetName === undefined
        ? 'the workbook has no sheets'
        : `the workbook has no sheet "${sheetName}" (sheets: ${names})`,
    );
  }
  const name = xmlAttribute(sheet, 'name') ?? '';
  const relationId = xmlAttribute(sheet, 'r:id');
  const relation = [...strFromU8(relations).matchAll(/<Relationship\s[^>]*\/?>/g)]
    .map((m) => m[0])
    .find((tag) => xmlAttribute(tag, 'Id') === relationId);
  const target = relation === undefined ? undefined : xmlAttribute(relation, 'Target');
  if (target === undefined) return fail(`sheet "${name}" has no worksheet part`);
  return ok({ name, path: target.startsWith('/') ? target.slice(1) : `xl/${target}` });
}

function cellValue(tag: string, body: string, strings: readonly string[]): CellValue {
  const type = xmlAttribute(tag, 't');
  if (type === 'inlineStr') return textRuns(body);
  const raw = /<v>([\s\S]*?)<\/v>/.exec(body)?.[1];
  if (raw === undefined) return null;
  if (type === 's') return strings[Number(raw)] ?? null;
  if (type === 'str' || type === 'e') return decodeXmlText(raw);
  if (type === 'b') return raw === '1';
  const number = Number(raw);
  return Number.isFinite(number) ? number : decodeXmlText(raw);
}

/**
 * Reads one worksheet of an XLSX workbook (Office Open XML) into rows of cell values: shared, inline and
 * rich-text strings, numbers and booleans. Formulas give their cached values. Without a sheet name the
 * first sheet is read. A file that is not a workbook, or has no such sheet, is `DATASET_PARSE_FAILED`,
 * never a throw.
 *
 * @example
 * ```ts
 * const sheet = readXlsxSheet(bytes, 'GSI 2023 summary data');
 * ```
 */
export function readXlsxSheet(bytes: Uint8Array, sheetName?: string): Result<Worksheet, UnforcedError> {
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes);
  } catch (cause) {
    return fail('the file is not a readable XLSX (ZIP) archive', cause);
  }
  return sheetPath(files, sheetName).andThen(({ name, path }) => {
    const xml = files[path];
    if (xml === undefined) return fail(`the worksheet part ${path} is missing`);
    const strings = sharedStrings(files);
    const rows: CellValue[][] = [];
    for (const rowMatch of strFromU8(xml).matchAll(/<row\s([^>]*)>([\s\S]*?)<\/row>/g)) {
      const rowNumber = Number(xmlAttribute(`<row ${rowMatch[1] ?? ''}>`, 'r'));
      if (!Number.isInteger(rowNumber) || rowNumber < 1) continue;
      const cells: CellValue[] = [];
      for (const cellMatch of (rowMatch[2] ?? '').matchAll(/<c(\s[^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)) {
        const tag = `<c${cellMatch[1] ?? ''}>`;
        const reference = xmlAttribute(tag, 'r');
        const column = reference === undefined ? cells.length : columnIndex(reference);
        if (column < 0) continue;
        while (cells.length < column) cells.push(null);
        cells[column] = cellValue(tag, cellMatch[2] ?? '', strings);
      }
      while (rows.length < rowNumber - 1) rows.push([]);
      rows[rowNumber - 1] = cells;
    }
    return ok({ name, rows });
  });
}
