import { type CsvValue, csvCell } from '@unforced/report';

/**
 * A CSV text with a header row, every cell encoded by `@unforced/report`'s `csvCell` (quoted when
 * needed, protected against formula injection), CRLF line ends as RFC 4180 asks.
 *
 * @example
 * ```ts
 * csvTable(['id', 'score'], [['SUP-1', 0.93]]); // 'id,score\r\nSUP-1,0.93\r\n'
 * ```
 */
export function csvTable(header: readonly string[], rows: ReadonlyArray<readonly CsvValue[]>): string {
  return [header, ...rows].map((row) => `${row.map((cell) => csvCell(cell)).join(',')}\r\n`).join('');
}
