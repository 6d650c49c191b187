import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseIsoDate } from '@unforced/core';
import { renderPdf, verifyReport } from '@unforced/report';
import { buildReports } from './build-reports.js';

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
const out = arg('--out') ?? fileURLToPath(new URL('../../../out/pdf-audit/', import.meta.url));

const reports = buildReports(asOf.value);
if (reports.isErr()) {
  console.error(`${reports.error.code}: ${reports.error.message}`);
  process.exit(1);
}
mkdirSync(out, { recursive: true });
console.log(`Reports as of ${asOf.value}:`);
for (const { name, report } of reports.value) {
  const pdf = await renderPdf(report);
  if (pdf.isErr()) {
    console.error(`${name}: ${pdf.error.code} ${pdf.error.message}`);
    process.exit(1);
  }
  const path = join(out, `${name}.pdf`);
  writeFileSync(path, pdf.value.bytes);
  // Anyone can later check that the PDF still matches the data it was made from.
  const check = await verifyReport(pdf.value.bytes);
  const verified = check.isOk() && check.value.verified;
  console.log(
    `  ${report.type.padEnd(26)} ${String(pdf.value.pageCount).padStart(2)} pages  ${verified ? 'verified' : 'NOT VERIFIED'}  sha256 ${pdf.value.reportSha256}  ${path}`,
  );
}
