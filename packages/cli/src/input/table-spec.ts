/** How a cell of a spreadsheet column is read. */
export type CellKind =
  | 'text'
  | 'list'
  | 'integer'
  | 'share'
  | 'boolean'
  | 'date'
  | 'dates'
  | 'money'
  /** The currency of a `money` column: read with it, not set on its own. */
  | 'currency';

/**
 * One column of a tabular input (CSV or XLSX): its header, the field of the SDK record it fills (a
 * dotted path), how its cells are read, whether it must be present, and what it means (for `--help`,
 * docs/cli.md and the templates).
 */
export interface ColumnSpec {
  readonly column: string;
  readonly field: string;
  readonly kind: CellKind;
  readonly required: boolean;
  readonly description: string;
  /** An example value, written to the template. */
  readonly example: string;
  /** For `money`: the column holding the currency. */
  readonly currencyColumn?: string;
}

/**
 * A tabular input the CLI reads: its id (also the template's file name), a title, the columns, and,
 * when the SDK record is not a plain nesting of the columns, a function that reshapes the row.
 */
export interface TableSpec {
  readonly id: string;
  readonly title: string;
  readonly columns: readonly ColumnSpec[];
  /** Reshapes the object built from the columns into the SDK's input (default: as built). */
  readonly reshape?: (row: Record<string, unknown>) => unknown;
}

/**
 * Builds a column spec: `column(header, field, kind, required, description, example)`.
 *
 * @example
 * ```ts
 * column('country', 'country', 'text', true, 'ISO 3166-1 alpha-2 country code', 'MY');
 * ```
 */
export function column(
  header: string,
  field: string,
  kind: CellKind,
  required: boolean,
  description: string,
  example: string,
  currencyColumn?: string,
): ColumnSpec {
  return {
    column: header,
    field,
    kind,
    required,
    description,
    example,
    ...(currencyColumn === undefined ? {} : { currencyColumn }),
  };
}

/**
 * Normalises a header as people type it in spreadsheets: trimmed, lower case, spaces and hyphens as
 * underscores (`Annual spend` → `annual_spend`).
 *
 * @example
 * ```ts
 * normaliseHeader(' Supplier-ID '); // 'supplier_id'
 * ```
 */
export function normaliseHeader(header: string): string {
  return header
    .replace(/^\ufeff/, '')
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, '_');
}

/**
 * The column a path inside the SDK record came from: the column whose field is the longest prefix of
 * the path (`['annualSpend', 'amountMinor']` → `annual_spend`).
 *
 * @example
 * ```ts
 * columnOfPath(SUPPLIERS.columns, ['workforce', 'migrantShare']); // 'migrant_share'
 * ```
 */
export function columnOfPath(
  columns: readonly ColumnSpec[],
  path: ReadonlyArray<string | number>,
): string | undefined {
  const dotted = path.filter((p) => typeof p === 'string').join('.');
  let best: ColumnSpec | undefined;
  for (const spec of columns) {
    const matches = dotted === spec.field || dotted.startsWith(`${spec.field}.`);
    if (matches && (best === undefined || spec.field.length > best.field.length)) best = spec;
  }
  return best?.column;
}
