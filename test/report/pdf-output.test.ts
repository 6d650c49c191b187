import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { renderJson, renderPdf, verifyReport } from '@unforced/report';
import { describe, expect, it } from 'vitest';
import { poppler } from '../../packages/report/src/testing/pdf-tools.js';
import {
  MULTISCRIPT_NAMES,
  samplePortfolioReport,
  sampleReports,
  sampleSupplierReport,
} from '../../packages/report/src/testing/sample-reports.js';

const pdfOf = async (report: unknown) => (await renderPdf(report))._unsafeUnwrap();
const sha = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');
const pagesText = (bytes: Uint8Array): string[] =>
  poppler('pdftotext', bytes, ['-enc', 'UTF-8']).split('\f').slice(0, -1);

describe('PDF output (checked with poppler)', () => {
  it('renders every multiscript name, with the hash and "Page x of y" on every page', async () => {
    const pdf = await pdfOf(samplePortfolioReport(6, 0));
    const pages = pagesText(pdf.bytes);
    expect(pages.length).toBe(pdf.pageCount);
    const all = pages.join('\n');
    for (const name of MULTISCRIPT_NAMES) expect(all).toContain(name);
    pages.forEach((text, i) => {
      expect(text).toContain(`Page ${i + 1} of ${pages.length}`);
      expect(text).toContain(`SHA-256 ${pdf.reportSha256}`);
    });
    expect(pdf.missingCharacters).toEqual([]);
  });

  it('embeds subset fonts with Unicode maps, and the metadata', async () => {
    const pdf = await pdfOf(sampleSupplierReport());
    const fonts = poppler('pdffonts', pdf.bytes).split('\n').slice(2).filter(Boolean);
    expect(fonts.length).toBeGreaterThanOrEqual(2);
    for (const line of fonts) {
      expect(line).toMatch(/^[A-Z]{6}\+NotoSans/);
      expect(line).toMatch(/Identity-H\s+yes yes yes/);
    }
    const info = poppler('pdfinfo', pdf.bytes, ['-isodates']);
    expect(info).toMatch(/Title:\s+Supplier risk assessment/);
    expect(info).toMatch(
      /Subject:\s+Supplier risk assessment of Công ty TNHH May mặc Hưng Yên as of 2026-11-22/,
    );
    expect(info).toMatch(/Keywords:.*SUP-0042.*sha256:[0-9a-f]{64}/);
    expect(info).toMatch(/Producer:\s+@unforced\/report/);
    expect(info).toMatch(/CreationDate:\s+2026-11-22T00:00:00/);
    expect(info).toMatch(/Page size:\s+595.28 x 841.89 pts \(A4\)/);
    expect(poppler('pdfdetach', pdf.bytes, ['-list'])).toContain('report.json');
  });

  it('embeds exactly the JSON rendering, whose SHA-256 the footer prints', async () => {
    const report = sampleSupplierReport();
    const pdf = await pdfOf(report);
    const json = renderJson(report)._unsafeUnwrap();
    // The form the docs promise: two-space indent, `type` first, one final newline.
    expect(json.startsWith('{\n  "type": "supplier-risk-assessment",\n  "meta": {\n')).toBe(true);
    expect(json.endsWith('}\n')).toBe(true);
    // The attachment is read back by poppler, not by the package's own PDF reader, so the check does not
    // go through the code that wrote it; the hash is taken here and looked for in the printed footer.
    const dir = mkdtempSync(join(tmpdir(), 'unforced-detach-'));
    try {
      const out = join(dir, 'report.json');
      poppler('pdfdetach', pdf.bytes, ['-save', '1', '-o', out]);
      expect(readFileSync(out, 'utf8')).toBe(json);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    const hash = sha(new TextEncoder().encode(json));
    expect(pdf.reportSha256).toBe(hash);
    expect(pagesText(pdf.bytes)[0]).toContain(`SHA-256 ${hash}`);
  });

  it('lists every heading in the table of contents with the page it is on', async () => {
    const pdf = await pdfOf(sampleSupplierReport(120));
    const pages = pagesText(pdf.bytes);
    const toc = pages[1] ?? '';
    for (const heading of [
      'Summary',
      'Factor breakdown',
      'Findings',
      'Recommended actions',
      'Methodology and data editions',
    ]) {
      const match = new RegExp(`${heading}\\s+(\\d+)`).exec(toc);
      expect(match, heading).not.toBeNull();
      const page = Number(match?.[1]);
      expect(pages[page - 1], `${heading} on page ${page}`).toContain(heading);
    }
  });

  it('repeats the table header on every page a long table runs over', async () => {
    const pdf = await pdfOf(sampleSupplierReport(120));
    const pages = pagesText(pdf.bytes);
    const withRows = pages.filter((p) => /W-0\d{3}/.test(p) && /recruitment\.(fee|documents)/.test(p));
    expect(withRows.length).toBeGreaterThan(3);
    for (const page of withRows)
      expect(page).toMatch(/Severity\s+Finding\s+Indicators\s+Standards\s+Evidence/);
  });

  it('is byte-identical for the same input (golden SHA-256 per report type)', async () => {
    const hashes: Record<string, string> = {};
    for (const [name, report] of Object.entries(sampleReports()))
      hashes[name] = sha((await pdfOf(report)).bytes);
    expect(hashes).toEqual(GOLDEN);
  });
});

describe('bad input still gives a valid, verifiable PDF', () => {
  const cases: [string, () => unknown][] = [
    ['10,000 findings', () => sampleSupplierReport(10_000)],
    ['an empty portfolio', () => samplePortfolioReport(0, 0)],
    [
      '500-character names',
      () => ({
        ...sampleSupplierReport(),
        supplier: { id: 'S-1', name: 'Ł'.repeat(250) + '广'.repeat(250), country: 'PL' },
      }),
    ],
    [
      'right-to-left names',
      () => ({
        ...sampleSupplierReport(),
        supplier: { id: 'S-2', name: 'شركة النسيج المحدودة — חברת טקסטיל בע״מ', country: 'AE' },
      }),
    ],
    [
      'no optional sections',
      () => ({
        type: 'supplier-risk-assessment',
        meta: {
          title: 'Minimal',
          asOf: '2026-11-22',
          dataEditions: [],
          methodologies: [{ id: 'm', version: '1' }],
        },
        supplier: { id: 'S', name: 'S', country: 'DE' },
        score: { value: 0, min: 0, max: 1 },
        tier: { label: 'low', severity: 'low' },
        confidence: 0,
      }),
    ],
  ];
  for (const [name, make] of cases)
    it(name, async () => {
      const pdf = await pdfOf(make());
      const info = poppler('pdfinfo', pdf.bytes);
      expect(info).toMatch(new RegExp(`Pages:\\s+${pdf.pageCount}\\n`));
      expect(pagesText(pdf.bytes).length).toBe(pdf.pageCount);
      const check = (await verifyReport(pdf.bytes))._unsafeUnwrap();
      expect(check.issues).toEqual([]);
      expect(check.verified).toBe(true);
    }, 120_000);

  it('right-to-left text without a font for it is drawn as .notdef and reported', async () => {
    const pdf = await pdfOf({
      ...sampleSupplierReport(),
      supplier: { id: 'S-2', name: 'שלום', country: 'IL' },
    });
    expect(pdf.missingCharacters).toEqual(
      ['ש', 'ל', 'ו', 'ם'].sort((a, b) => (a.codePointAt(0) ?? 0) - (b.codePointAt(0) ?? 0)),
    );
  });
});

// Pinned once from a run on the reference machine: any change to layout, fonts, HarfBuzz or pdf-lib that
// changes a byte shows here. Update deliberately (and regenerate docs/reports images) when that is intended.
const GOLDEN: Record<string, string> = {
  portfolio: 'f4b7accc78b3f1ed0f59c7fccbdc22ef16fdc09fdfdfeb076ddbbf4ce529613f',
  recruitment: '624d978ebba420045717a0392b4e0a201d38e9dbed7cd28ae751518aac65d004',
  supplier: '0c68ba5782f606b2e2011e654eb0306dea890c56fcfc6ac38183c51a7d14eada',
  trace: '93b37eb2c090210264ab8ba7580c41f8a8f0d6f821e3cb9ca81789fce2bce3bc',
};
