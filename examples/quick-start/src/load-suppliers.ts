import { readFileSync } from 'node:fs';
import { parseMoney, parseRows, type RowError, Supplier } from '@unforced/core';
import { parseCsv } from '@unforced/reference-data';

/** Reads `suppliers.csv` into validated suppliers; bad rows are kept aside with their line numbers. */
export function loadSuppliers(path: string): { suppliers: Supplier[]; errors: RowError[] } {
  const table = parseCsv(readFileSync(path, 'utf8'))._unsafeUnwrap();
  const errors: RowError[] = [];
  const inputs = table.records.map(({ line, values }) => {
    const spend = values.annual_spend ? parseMoney(values.annual_spend, values.currency ?? '') : undefined;
    if (spend?.isErr()) {
      errors.push({
        row: line,
        issues: spend.error.issues.map((issue) => ({ ...issue, path: ['annual_spend', ...issue.path] })),
      });
    }
    return {
      id: values.id,
      name: values.name,
      country: values.country,
      ...(values.subdivision ? { subdivision: values.subdivision } : {}),
      ...(values.sector ? { sector: values.sector } : {}),
      goods: values.goods ? values.goods.split(';') : [],
      ...(spend?.isOk() ? { annualSpend: spend.value } : {}),
      ...(values.lei ? { identifiers: { lei: values.lei } } : {}),
    };
  });
  const parsed = parseRows(Supplier, inputs, { firstRowNumber: 2 });
  // One entry per bad row: an unreadable spend and schema issues on the same row are reported together.
  const byRow = new Map(errors.map((e) => [e.row, e]));
  for (const bad of parsed.invalid) {
    const existing = byRow.get(bad.row);
    byRow.set(
      bad.row,
      existing === undefined ? bad : { row: bad.row, issues: [...existing.issues, ...bad.issues] },
    );
  }
  const suppliers = parsed.valid.filter((v) => !byRow.has(v.row)).map((v) => v.value);
  return { suppliers, errors: [...byRow.values()].sort((a, b) => a.row - b.row) };
}
