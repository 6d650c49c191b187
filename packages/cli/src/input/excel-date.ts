const EXCEL_EPOCH = Date.UTC(1899, 11, 30);
const DAY = 86_400_000;

/**
 * The `YYYY-MM-DD` date of a spreadsheet date serial, the number Excel stores for a cell formatted as
 * a date (days since 1899-12-30). Callers decide which cells are serials.
 *
 * @example
 * ```ts
 * excelSerialDate(45992); // '2025-12-01'
 * ```
 */
export function excelSerialDate(serial: number): string {
  return new Date(EXCEL_EPOCH + serial * DAY).toISOString().slice(0, 10);
}
