/**
 * Writes packages/cli/templates/: one CSV per tabular input (header and one example row, from the
 * column specs the CLI reads with), the worker tables of @unforced/recruitment, a payroll workbook
 * (payroll-template.xlsx, one sheet per worker table), an EPCIS events file, master data, FX rates and
 * the default risk policy. Run `npx tsx scripts/write-templates.ts`; test/cli/templates.test.ts checks
 * that the templates match the specs and that the CLI reads each of them without a skipped row.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { CSV_COLUMNS, CSV_FILES } from '@unforced/recruitment';
import { DEFAULT_RISK_POLICY } from '@unforced/risk';
import { syntheticCottonChain } from '@unforced/trace';
import { INPUT_TABLES } from '../src/input/tables/index.js';
import { writeXlsx } from './write-xlsx.js';

const dir = new URL('../templates/', import.meta.url);
mkdirSync(dir, { recursive: true });
const quote = (cell: string) => (/[",\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell);
const csv = (rows: readonly (readonly string[])[]) =>
  rows
    .map((r) => r.map(quote).join(','))
    .join('\r\n')
    .concat('\r\n');

for (const table of INPUT_TABLES)
  writeFileSync(
    new URL(`${table.id}.csv`, dir),
    csv([table.columns.map((c) => c.column), table.columns.map((c) => c.example)]),
  );

/** One example row per worker table, by column (columns not listed stay empty). */
const WORKER_EXAMPLES: Record<(typeof CSV_FILES)[number], Array<Record<string, string>>> = {
  workers: [
    {
      worker_id: 'W-0001',
      facility_id: 'FAC-MY-01',
      supplier_id: 'SUP-001',
      origin_country: 'NP',
      destination_country: 'MY',
      occupation: 'machine operator',
      occupation_category: 'manufacturing',
      languages: 'ne',
      recruiter_ids: 'REC-NP-01',
      wage: '1,700.00',
      wage_currency: 'MYR',
      contract_start: '2026-03-01',
      contract_months: '24',
      contract_language: 'ne',
      signed_before_departure: 'yes',
      notice_days: '30',
    },
  ],
  costs: [
    {
      worker_id: 'W-0001',
      cost_id: 'C-1',
      description: 'agency fee',
      amount: '150,000',
      currency: 'NPR',
      paid_on: '2026-01-20',
      paid_by: 'worker',
      paid_to_kind: 'recruiter',
      paid_to_id: 'REC-NP-01',
    },
  ],
  payslips: [
    {
      worker_id: 'W-0001',
      payslip_id: 'P-2026-10',
      period_start: '2026-10-01',
      period_end: '2026-10-31',
      currency: 'MYR',
      gross: '1,950.00',
      net: '1,850.00',
      paid_on: '2026-11-07',
      hours_worked: '240',
      overtime_hours: '32',
      days_off: '4',
    },
  ],
  deductions: [
    {
      worker_id: 'W-0001',
      payslip_id: 'P-2026-10',
      amount: '100.00',
      kind: 'social-security',
      reason: 'SOCSO and EIS contributions',
      lawful_basis: "Employees' Social Security Act 1969",
    },
  ],
  loans: [
    {
      worker_id: 'W-0001',
      loan_id: 'L-1',
      kind: 'advance',
      purpose: 'general',
      principal: '500.00',
      currency: 'MYR',
      issued_on: '2026-09-01',
      lender_kind: 'employer',
      installment: '100.00',
      frequency: 'monthly',
      first_due_on: '2026-10-01',
      installments: '5',
    },
  ],
  documents: [{ worker_id: 'W-0001', document: 'passport', held_by: 'worker', observed_on: '2026-10-15' }],
};

const sheets = CSV_FILES.map((file) => {
  const columns = CSV_COLUMNS[file].map((c) => c.column);
  const rows = [columns, ...WORKER_EXAMPLES[file].map((example) => columns.map((c) => example[c] ?? ''))];
  writeFileSync(new URL(`${file}.csv`, dir), csv(rows));
  return { name: file, rows };
});
writeFileSync(new URL('payroll-template.xlsx', dir), writeXlsx(sheets));

const chain = syntheticCottonChain();
writeFileSync(new URL('events.jsonl', dir), chain.jsonLines);
writeFileSync(new URL('master-data.json', dir), `${JSON.stringify(chain.masterData, null, 2)}\n`);
writeFileSync(
  new URL('fx-rates.json', dir),
  `${JSON.stringify([{ base: 'MYR', quote: 'NPR', rate: '28.35', date: '2026-11-20', source: 'treasury month-end rate' }], null, 2)}\n`,
);
writeFileSync(
  new URL('policy.json', dir),
  `${JSON.stringify({ ...DEFAULT_RISK_POLICY, id: 'my-company/risk-policy', version: '1' }, null, 2)}\n`,
);
