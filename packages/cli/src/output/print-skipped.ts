import { csvTable } from '@unforced/report';
import { describeSkipped, type SkippedRow, skippedByReason } from '../input/skipped-row.js';
import type { CliIo } from '../io.js';

const MAX_LINES = 40;

/**
 * Reports skipped rows on stderr, one line per problem with file, line and column (the first 40, then a
 * count), so stdout stays clean for `--json`.
 *
 * @example
 * ```ts
 * printSkipped(io, skipped);
 * ```
 */
export function printSkipped(io: CliIo, skipped: readonly SkippedRow[]): void {
  const lines = skipped.flatMap(describeSkipped);
  for (const line of lines.slice(0, MAX_LINES)) io.stderr(`skipped: ${line}\n`);
  if (lines.length > MAX_LINES)
    io.stderr(
      `skipped: … and ${lines.length - MAX_LINES} more problem(s); every one is in skipped-rows.csv with --out, or in --json\n`,
    );
}

/**
 * One sentence on what was read: `suppliers.csv: 20 rows, 19 used, 1 skipped (1 INVALID_COUNTRY_CODE)`.
 *
 * @example
 * ```ts
 * readSummary('suppliers.csv', 20, skipped); // 'suppliers.csv: 20 rows, 19 used, 1 skipped (…)'
 * ```
 */
export function readSummary(what: string, total: number, skipped: readonly SkippedRow[]): string {
  const why = skippedByReason(skipped)
    .map(([code, n]) => `${n} ${code}`)
    .join(', ');
  return `${what}: ${total} read, ${total - skipped.length} used, ${skipped.length} skipped${
    skipped.length === 0 ? '' : ` (${why})`
  }`;
}

/**
 * Every skipped row's problems as CSV (as_of, file, sheet, line, column, path, code, message, skipped).
 *
 * @example
 * ```ts
 * skippedCsv(skipped, '2026-11-22'); // 'as_of,file,sheet,line,column,path,code,message,skipped\r\n…'
 * ```
 */
export function skippedCsv(skipped: readonly SkippedRow[], asOf: string): string {
  return csvTable(
    ['as_of', 'file', 'sheet', 'line', 'column', 'path', 'code', 'message', 'skipped'],
    skipped.flatMap((row) =>
      row.problems.map((p) => {
        const at = p.location ?? row.location;
        return [
          asOf,
          at.file,
          at.sheet,
          at.line,
          p.column,
          p.path?.join('.'),
          p.code,
          p.message,
          row.subject,
        ];
      }),
    ),
  );
}

/**
 * Skipped rows as plain JSON for `--json` and result files.
 *
 * @example
 * ```ts
 * skippedJson(skipped)[0]; // { file: 'suppliers.csv', line: 9, problems: [...] }
 * ```
 */
export function skippedJson(skipped: readonly SkippedRow[]): unknown[] {
  return skipped.map((row) => ({
    ...row.location,
    ...(row.subject === undefined ? {} : { subject: row.subject }),
    problems: row.problems,
  }));
}
