// Benchmark of @unforced/report's PDF renderer against pdfkit (issue 7).
// Run: pnpm bench:report            (1,000-supplier portfolio, 1-supplier report)
//      REPORT_BENCH_SUPPLIERS=100 REPORT_BENCH_RUNS=2 pnpm bench:report   (quick run)
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import * as os from 'node:os';
import { fileURLToPath } from 'node:url';
import { renderPdf } from '@unforced/report';
import {
  MULTISCRIPT_NAMES,
  samplePortfolioReport,
  sampleSupplierReport,
} from '../../packages/report/src/testing/sample-reports.js';

const reportDir = fileURLToPath(new URL('../../packages/report/', import.meta.url));
// pdfkit is a dev dependency of @unforced/report, resolved from there.
const PDFDocument = createRequire(`${reportDir}package.json`)('pdfkit') as new (options: object) => PdfKitDoc;
interface PdfKitDoc {
  registerFont(name: string, src: Buffer): void;
  font(name: string): PdfKitDoc;
  fontSize(size: number): PdfKitDoc;
  text(text: string, x: number, y: number, options?: object): PdfKitDoc;
  addPage(): PdfKitDoc;
  on(event: 'data', listener: (chunk: Buffer) => void): void;
  on(event: 'end', listener: () => void): void;
  end(): void;
}

const suppliers = Number(process.env.REPORT_BENCH_SUPPLIERS ?? 1000);
const runs = Number(process.env.REPORT_BENCH_RUNS ?? 5);
const fonts = {
  latin: readFileSync(`${reportDir}fonts/NotoSans-Regular.ttf`),
  han: readFileSync(`${reportDir}fonts/NotoSansSC-Regular.otf`),
};

/** pdfkit drawing `pages` pages with `lines` text lines in all, with the same fonts (pdfkit subsets them with fontkit). */
function pdfkit(pages: number, lines: number): Promise<Buffer> {
  return new Promise((resolve) => {
    const doc = new PDFDocument({
      size: 'A4',
      autoFirstPage: true,
      compress: true,
      info: { CreationDate: new Date(0) },
    });
    const chunks: Buffer[] = [];
    doc.on('data', (c) => chunks.push(c));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.registerFont('latin', fonts.latin);
    doc.registerFont('han', fonts.han);
    const perPage = Math.ceil(lines / pages);
    let drawn = 0;
    for (let p = 0; p < pages; p += 1) {
      if (p > 0) doc.addPage();
      for (let l = 0; l < perPage && drawn < lines; l += 1, drawn += 1) {
        const name = MULTISCRIPT_NAMES[drawn % MULTISCRIPT_NAMES.length] ?? '';
        const han = /[\u4e00-\u9fff]/.test(name);
        doc
          .font(han ? 'han' : 'latin')
          .fontSize(8)
          .text(
            l % 3 === 0 ? name : `SUP-${drawn} apparel 64.0 / 100 high 72.0% ${drawn % 7}/2/1/0`,
            48,
            60 + (l % 70) * 10,
            { lineBreak: false },
          );
      }
    }
    doc.end();
  });
}

async function measure(label: string, report: unknown) {
  const first = (await renderPdf(report))._unsafeUnwrap(); // warm-up: loads HarfBuzz and the fonts
  (globalThis as { gc?: () => void }).gc?.();
  let t = performance.now();
  for (let i = 0; i < runs; i += 1) (await renderPdf(report))._unsafeUnwrap();
  const ours = (performance.now() - t) / runs;
  await pdfkit(first.pageCount, first.textLineCount);
  t = performance.now();
  let kitSize = 0;
  for (let i = 0; i < runs; i += 1) kitSize = (await pdfkit(first.pageCount, first.textLineCount)).length;
  const kit = (performance.now() - t) / runs;
  const row = (name: string, ms: number, bytes: number) =>
    `  ${name.padEnd(20)} ${ms.toFixed(1).padStart(9)} ms ${((first.pageCount / ms) * 1000).toFixed(0).padStart(7)} pages/s ${(bytes / 1024).toFixed(1).padStart(9)} KiB`;
  console.log(
    `\n${label}: ${first.pageCount} pages, ${first.textLineCount} text lines, missing glyphs: ${first.missingCharacters.length}`,
  );
  console.log(row('@unforced/report', ours, first.bytes.length));
  console.log(row('pdfkit (baseline)', kit, kitSize));
  console.log(`  ratio: ${(kit / ours).toFixed(2)}× pdfkit's pages/s`);
}

console.log(
  `machine: ${os.cpus()[0]?.model ?? 'unknown'}, ${os.cpus().length} cores, Node ${process.version}, ${os.platform()} ${os.arch()}`,
);
console.log(`command: pnpm bench:report (REPORT_BENCH_SUPPLIERS=${suppliers}, REPORT_BENCH_RUNS=${runs})`);
await measure(`portfolio report, ${suppliers} suppliers`, samplePortfolioReport(suppliers, 200));
await measure('supplier report, 1 supplier', sampleSupplierReport());
