import { describe, expect, it } from 'vitest';
import { reportDocument } from '../document/report-document.js';
import { validateReport } from '../model/report.js';
import { sha256Hex } from '../render/sha256.js';
import { hasPoppler, pageInk } from '../testing/pdf-tools.js';
import { MULTISCRIPT_NAMES, samplePortfolioReport } from '../testing/sample-reports.js';
import { FontSet } from './fonts/font-set.js';
import { loadBundledFonts } from './fonts/font-source.js';
import { subsetFont } from './fonts/harfbuzz-subset.js';
import { parseSfnt } from './fonts/sfnt.js';
import { layoutReport, writePdf } from './write-pdf.js';

async function fontSet(): Promise<FontSet> {
  const b = (await loadBundledFonts())._unsafeUnwrap();
  return new FontSet(
    [
      { bytes: b.regular, faceIndex: 0 },
      { bytes: b.han, faceIndex: 0 },
    ],
    { bytes: b.bold, faceIndex: 0 },
  );
}

async function render(names: readonly string[], subsetFonts: boolean): Promise<Uint8Array> {
  const base = samplePortfolioReport(names.length, 0);
  const report = validateReport({
    ...base,
    suppliers: base.suppliers.map((s, i) => ({ ...s, name: names[i] ?? s.name })),
  })._unsafeUnwrap();
  const doc = reportDocument(report);
  const fonts = await fontSet();
  const sha256 = sha256Hex('x');
  const layout = layoutReport({ doc, fonts, sha256 });
  return writePdf(
    { doc, fonts, json: new Uint8Array([123, 125]), sha256, producer: 'test', subsetFonts },
    layout,
  );
}

const CI = process.env.CI === 'true';

describe('glyphs render, not only extract', () => {
  it('every character of the names has a glyph in the bundled fonts and in the HarfBuzz subset', async () => {
    const fonts = await fontSet();
    const chars = [...new Set([...MULTISCRIPT_NAMES.join('')])].filter((c) => c !== ' ');
    for (const c of chars) fonts.measure(c, 'regular');
    expect([...fonts.missing]).toEqual([]);
    let subsetsChecked = 0;
    for (const font of fonts.fonts) {
      const covered = chars.map((c) => c.codePointAt(0) ?? 0).filter((cp) => font.face.glyphOf(cp) !== 0);
      if (covered.length === 0) continue;
      subsetsChecked += 1;
      const subset = parseSfnt(await subsetFont(font.bytes, font.faceIndex, covered));
      for (const cp of covered)
        expect(subset.glyphOf(cp), `${font.face.postScriptName} U+${cp.toString(16)}`).not.toBe(0);
    }
    // The loop must not pass by skipping every face: Noto Sans Regular and Bold both cover the Latin
    // letters of the names and Noto Sans SC covers the Han ones, so all three faces are subset and checked.
    expect(subsetsChecked).toBe(3);
  });

  it.skipIf(!hasPoppler() && !CI)(
    'the subset PDF puts the same ink on every page as a PDF with whole fonts',
    async () => {
      const subsetPdf = await render(MULTISCRIPT_NAMES, true);
      const wholePdf = await render(MULTISCRIPT_NAMES, false);
      // The reference really carries the whole fonts (about 4 MB), the subset PDF a few kilobytes of them.
      expect(wholePdf.length).toBeGreaterThan(3_000_000);
      expect(subsetPdf.length).toBeLessThan(100_000);
      const subset = pageInk(subsetPdf);
      const whole = pageInk(wholePdf);
      expect(subset.length).toBe(whole.length);
      subset.forEach((ink, page) => {
        expect(
          Math.abs(ink - (whole[page] ?? 0)) / Math.max(1, whole[page] ?? 0),
          `page ${page + 1}`,
        ).toBeLessThan(0.002);
      });
    },
  );

  it.skipIf(!hasPoppler() && !CI)('the ink check sees missing glyphs (negative control)', async () => {
    const good = pageInk(await render(MULTISCRIPT_NAMES, true));
    // Private-use characters have no glyph: they draw `.notdef`, as a subsetter that drops glyphs would.
    const broken = MULTISCRIPT_NAMES.map((n) => n.replace(/[\u4e00-\u9fff]/g, '\ue000'));
    const bad = pageInk(await render(broken, true));
    const differs = good.some((ink, page) => Math.abs(ink - (bad[page] ?? 0)) / Math.max(1, ink) > 0.002);
    expect(differs).toBe(true);
  });
});
