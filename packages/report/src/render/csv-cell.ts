/** A CSV value: text, a number or nothing. */
export type CsvValue = string | number | undefined;

const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * Encodes one CSV cell (RFC 4180): quoted when it holds a comma, quote or line break. Text that starts with
 * `=`, `+`, `-`, `@`, a tab or a carriage return is prefixed with `'` so spreadsheets do not run it as a
 * formula (OWASP CSV injection). Numbers are written as numbers (a negative number is not a formula).
 *
 * @example
 * ```ts
 * csvCell('=HYPERLINK("http://x")'); // '"\'=HYPERLINK(""http://x"")"'
 * ```
 */
export function csvCell(value: CsvValue): string {
  if (value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** Encodes a table with a header row; lines end with CRLF as RFC 4180 asks. */
export function csvTable(header: readonly string[], rows: readonly (readonly CsvValue[])[]): string {
  return [header, ...rows]
    .map((row) => row.map(csvCell).join(','))
    .join('\r\n')
    .concat('\r\n');
}
