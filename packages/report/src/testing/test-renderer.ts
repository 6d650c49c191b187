import { describe, expect, it } from 'vitest';
import type { RenderedFile, ReportFormat } from '../render/renderers.js';
import { renderReport } from '../render/renderers.js';
import { poppler } from './pdf-tools.js';
import { sampleRecruitmentReport, sampleReports } from './sample-reports.js';

/** The text a reader of a rendering sees, whitespace collapsed. */
function visibleText(format: ReportFormat, files: readonly RenderedFile[]): string {
  const text = files
    .map((f) =>
      format === 'pdf' ? poppler('pdftotext', f.bytes, ['-enc', 'UTF-8']) : new TextDecoder().decode(f.bytes),
    )
    .join('\n');
  return text.replace(/\s+/g, ' ');
}

function shuffledKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(shuffledKeys);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value)
      .reverse()
      .map(([k, v]) => [k, shuffledKeys(v)]),
  );
}

/**
 * The one test suite every renderer passes (the unstorage `testDriver` pattern): determinism, key-order
 * independence, coded errors for bad input, provenance in the output, and privacy.
 */
export function testRenderer(format: ReportFormat): void {
  describe(`renderer: ${format}`, () => {
    for (const [name, report] of Object.entries(sampleReports())) {
      it(`${name}: renders the same bytes twice, whatever the key order of the input`, async () => {
        const a = (await renderReport(report, format))._unsafeUnwrap();
        const b = (await renderReport(shuffledKeys(report), format))._unsafeUnwrap();
        expect(a.length).toBeGreaterThan(0);
        expect(b.map((f) => f.name)).toEqual(a.map((f) => f.name));
        b.forEach((file, i) => {
          expect(Buffer.from(file.bytes).equals(Buffer.from(a[i]?.bytes ?? new Uint8Array()))).toBe(true);
        });
      });

      it(`${name}: names asOf, methodology versions and data editions`, async () => {
        const text = visibleText(format, (await renderReport(report, format))._unsafeUnwrap());
        expect(text).toContain('2026-11-22');
        expect(text).toMatch(/unforced\/(risk|recruitment|trace)/);
        expect(text).toContain('0.1.0');
        expect(text).toContain('us-dol-tvpra-list');
        expect(text).toContain('snapshot 2026-07-09');
      });
    }

    it('bad input is a coded error with paths, never a throw', async () => {
      const bad = { ...(sampleReports().supplier as object), score: { value: 'high' } };
      const result = await renderReport(bad, format);
      expect(result.isErr()).toBe(true);
      const error = result._unsafeUnwrapErr();
      expect(error.issues.some((i) => i.path[0] === 'score')).toBe(true);
      expect((await renderReport(undefined, format)).isErr()).toBe(true);
    });

    it('prints worker ids, never names or document numbers unless the caller opts in', async () => {
      const report = sampleRecruitmentReport();
      const plain = visibleText(format, (await renderReport(report, format))._unsafeUnwrap());
      expect(plain).toContain('W-0014');
      expect(plain).not.toContain('Sita Gurung');
      const [first, ...rest] = report.workers;
      const named = {
        ...report,
        disclosure: { workerNames: true, documentNumbers: true },
        workers: [{ ...first, name: 'Sita Gurung', identityDocumentNumber: 'PA0099887' }, ...rest],
      };
      const opted = visibleText(format, (await renderReport(named, format))._unsafeUnwrap());
      expect(opted).toContain('Sita Gurung');
      expect(opted).toContain('PA0099887');
      const sneaked = await renderReport(
        { ...named, disclosure: { workerNames: false, documentNumbers: false } },
        format,
      );
      expect(sneaked._unsafeUnwrapErr().issues[0]?.code).toBe('DISCLOSURE_REQUIRED');
    });

    it('shows the multiscript supplier name as written', async () => {
      const text = visibleText(
        format,
        (await renderReport(sampleReports().supplier, format))._unsafeUnwrap(),
      );
      expect(text).toContain('Công ty TNHH May mặc Hưng Yên');
    });
  });
}
