import { PDFDocument, PDFName } from '@cantoo/pdf-lib';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { renderPdf } from '../render/render-pdf.js';
import { sampleSupplierReport, sampleTraceReport } from '../testing/sample-reports.js';
import { verifyReport } from './verify-report.js';

const pdf = async (report: unknown) => (await renderPdf(report))._unsafeUnwrap().bytes;
const codes = (v: { issues: readonly { code: string }[] }) => [...new Set(v.issues.map((i) => i.code))];

describe('verifyReport', () => {
  it('verifies an intact report and returns its data', async () => {
    const bytes = await pdf(sampleSupplierReport());
    const v = (await verifyReport(bytes))._unsafeUnwrap();
    expect(v.verified).toBe(true);
    expect(v.rendersIdentically).toBe(true);
    expect(v.printedSha256.length).toBeGreaterThan(2);
    expect(new Set(v.printedSha256)).toEqual(new Set([v.reportSha256]));
    expect(v.report?.type).toBe('supplier-risk-assessment');
  });

  it('says a truncated PDF is unreadable', async () => {
    const bytes = await pdf(sampleTraceReport());
    const v = (await verifyReport(bytes.subarray(0, Math.floor(bytes.length / 2))))._unsafeUnwrap();
    expect(v.verified).toBe(false);
    expect(codes(v)).toEqual(['PDF_UNREADABLE']);
  });

  it('says a foreign PDF carries no report data', async () => {
    const doc = await PDFDocument.create({ updateMetadata: false });
    doc.addPage();
    const v = (await verifyReport(await doc.save()))._unsafeUnwrap();
    expect(v.verified).toBe(false);
    expect(codes(v)).toEqual(['REPORT_DATA_MISSING']);
  });

  it('says when the embedded data was swapped: the printed hash no longer matches', async () => {
    const doc = await PDFDocument.load(await pdf(sampleSupplierReport()), { updateMetadata: false });
    doc.catalog.delete(PDFName.of('Names'));
    doc.catalog.delete(PDFName.of('AF'));
    const other = `${JSON.stringify({ ...sampleSupplierReport(), confidence: 0.99 })}\n`;
    await doc.attach(new TextEncoder().encode(other), 'report.json', { mimeType: 'application/json' });
    const v = (await verifyReport(await doc.save()))._unsafeUnwrap();
    expect(v.verified).toBe(false);
    expect(codes(v)).toContain('REPORT_HASH_MISMATCH');
    expect(codes(v)).toContain('REPORT_RENDERING_MISMATCH');
  });

  it('says so when a byte of the page content was changed', async () => {
    const bytes = await pdf(sampleSupplierReport());
    const altered = Uint8Array.from(bytes);
    const at = Buffer.from(altered).indexOf('/Title');
    altered[at + 8] = (altered[at + 8] ?? 0) ^ 1;
    const v = (await verifyReport(altered))._unsafeUnwrap();
    expect(v.verified).toBe(false);
    expect(codes(v)).toEqual(['REPORT_RENDERING_MISMATCH']);
  });

  it('refuses what is not bytes, and handles random bytes', async () => {
    expect((await verifyReport('report.pdf'))._unsafeUnwrapErr().code).toBe('INVALID_TYPE');
    const v = (await verifyReport(new Uint8Array([1, 2, 3])))._unsafeUnwrap();
    expect(codes(v)).toEqual(['PDF_UNREADABLE']);
  });

  it('never throws and never verifies a truncated or bit-flipped PDF (property, fixed seed)', async () => {
    const bytes = await pdf(sampleTraceReport());
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 0, max: bytes.length - 1 }), fc.boolean(), async (at, truncate) => {
        const damaged = truncate ? bytes.subarray(0, at) : Uint8Array.from(bytes);
        if (!truncate) damaged[at] = (damaged[at] ?? 0) ^ 0x10;
        const result = await verifyReport(damaged);
        expect(result.isOk()).toBe(true);
        expect(result._unsafeUnwrap().verified).toBe(false);
      }),
      { seed: 7, numRuns: 40 },
    );
  }, 120_000);
});
