import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { FxRate, formatMoney, parseIsoDate, parseRows } from '@unforced/core';
import { checkParsedWorkers, parseWorkersCsv } from '@unforced/recruitment';
import { findingsCsv, remediationCsv } from './remediation-table.js';

const data = fileURLToPath(new URL('../../data/', import.meta.url));
const arg = (name: string) => {
  const at = process.argv.indexOf(name);
  return at >= 0 ? process.argv[at + 1] : undefined;
};
// The SDK never reads the clock: this program chooses today as its default date and prints it.
const asOf = parseIsoDate(arg('--as-of') ?? new Date().toISOString().slice(0, 10));
if (asOf.isErr()) {
  console.error(`--as-of: ${asOf.error.message}`);
  process.exit(2);
}
const out = arg('--out') ?? fileURLToPath(new URL('../../../out/batch-fees/', import.meta.url));

// The payroll export of a Malaysian glove plant: one CSV per table, joined by worker_id (synthetic).
const read = (name: string) => readFileSync(join(data, 'payroll', `${name}.csv`), 'utf8');
const files = {
  workers: read('workers'),
  costs: read('costs'),
  payslips: read('payslips'),
  deductions: read('deductions'),
  loans: read('loans'),
  documents: read('documents'),
};
// FX rates come from the caller, dated; the SDK never fetches them.
const fxRates = parseRows(
  FxRate,
  JSON.parse(readFileSync(join(data, 'fx-rates.json'), 'utf8')) as unknown[],
).values;

const checked = parseWorkersCsv(files).andThen((parsed) =>
  checkParsedWorkers(parsed, { asOf: asOf.value, fxRates: [...fxRates] }),
);
if (checked.isErr()) {
  console.error(`${checked.error.code}: ${checked.error.message}`);
  process.exit(2);
}
const report = checked.value;

mkdirSync(out, { recursive: true });
writeFileSync(join(out, 'findings.csv'), findingsCsv(report.findings));
writeFileSync(join(out, 'remediation.csv'), remediationCsv(report));

console.log(`Payroll batch as of ${asOf.value}: ${report.workers.length} workers checked`);
for (const e of report.errors)
  for (const issue of e.issues)
    console.log(
      `  ${e.outcome} ${e.workerId ?? e.facilityId ?? ''}: ${issue.path.join(' ')} ${issue.code} ${issue.message}`,
    );
for (const f of report.facilities) {
  const owed = f.remediation.inEmployerCurrency.map(formatMoney).join(' + ') || 'nothing';
  console.log(
    `${f.facilityId}: RBA fee rating ${f.feeRating.notRepaid.grade ?? 'none'}; ${f.remediation.workersOwed} workers owed ${owed} by ${f.remediation.dueDate}`,
  );
}
console.log(`${report.findings.length} findings → ${join(out, 'findings.csv')}`);
console.log(`remediation → ${join(out, 'remediation.csv')}`);
