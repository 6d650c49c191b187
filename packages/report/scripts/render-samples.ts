// Renders the sample reports and writes page images for docs/reports.md (needs poppler-utils' pdftoppm).
// Run from the repository root: npx tsx --tsconfig test/tsconfig.json packages/report/scripts/render-samples.ts
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { renderPdf } from '../src/index.js';
import { sampleReports } from '../src/testing/sample-reports.js';

const PAGES: Record<string, number[]> = {
  supplier: [1, 3, 4],
  portfolio: [3, 4],
  recruitment: [3],
  trace: [3, 4],
};
const out = fileURLToPath(new URL('../../../docs/reports/', import.meta.url));
mkdirSync(out, { recursive: true });
const dir = mkdtempSync(join(tmpdir(), 'unforced-samples-'));
for (const [name, report] of Object.entries(sampleReports())) {
  const pdf = (await renderPdf(report))._unsafeUnwrap();
  const file = join(dir, `${name}.pdf`);
  writeFileSync(file, pdf.bytes);
  for (const page of PAGES[name] ?? [1])
    execFileSync('pdftoppm', [
      '-png',
      '-r',
      '70',
      '-f',
      String(page),
      '-l',
      String(page),
      '-singlefile',
      file,
      join(out, `${name}-page-${page}`),
    ]);
  process.stdout.write(
    `${name}: ${pdf.pageCount} pages, ${pdf.bytes.length} bytes, SHA-256 of data ${pdf.reportSha256}\n`,
  );
}
rmSync(dir, { recursive: true, force: true });
