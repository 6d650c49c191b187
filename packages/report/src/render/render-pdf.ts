import { toUnforcedError, type UnforcedError } from '@unforced/core';
import { errAsync, ResultAsync } from 'neverthrow';
import { reportDocument } from '../document/report-document.js';
import { validateReport } from '../model/report.js';
import { FontSet } from '../pdf/fonts/font-set.js';
import { type FontInput, loadBundledFonts } from '../pdf/fonts/font-source.js';
import { layoutReport, writePdf } from '../pdf/write-pdf.js';
import { reportJson } from './render-json.js';
import { sha256Hex } from './sha256.js';

/** The producer string written into every PDF. */
export const PRODUCER = '@unforced/report 0.1.0 (pdf-lib, HarfBuzz subsetting)';

/** Options for {@link renderPdf}. */
export interface RenderPdfOptions {
  /** Extra fonts for scripts the bundled fonts lack, tried in order after them. */
  readonly fonts?: readonly FontInput[];
}

/** A rendered PDF and what a caller may want to know about it. */
export interface PdfRendering {
  readonly bytes: Uint8Array;
  /** SHA-256 of the embedded `report.json` (printed on the cover and in every footer). */
  readonly reportSha256: string;
  readonly pageCount: number;
  /** Text lines drawn (one per positioned string), for benchmarks and checks. */
  readonly textLineCount: number;
  /** Characters no font covered (drawn as the `.notdef` box), as strings, in code-point order. */
  readonly missingCharacters: readonly string[];
}

/**
 * Renders a report as PDF: cover, table of contents with page numbers and links, running header and
 * footer ("Page x of y", the SHA-256 of the report data), tables that paginate with repeated header rows,
 * vector charts, Noto fonts subset with HarfBuzz (Latin with diacritics, Cyrillic, Greek, Han), the report
 * JSON attached. The same report gives the same bytes. Bad input gives a coded error with paths; font
 * failures give `FONT_UNSUPPORTED`.
 *
 * @example
 * ```ts
 * const pdf = await renderPdf(report);
 * if (pdf.isOk()) await writeFile('report.pdf', pdf.value.bytes);
 * ```
 */
export function renderPdf(
  input: unknown,
  options: RenderPdfOptions = {},
): ResultAsync<PdfRendering, UnforcedError> {
  const checked = validateReport(input);
  if (checked.isErr()) return errAsync(checked.error);
  const report = checked.value;
  const json = new TextEncoder().encode(reportJson(report));
  const sha256 = sha256Hex(json);
  return loadBundledFonts().andThen((bundled) => {
    let fonts: FontSet;
    try {
      const extra = (options.fonts ?? []).map((f) => ({ bytes: f.bytes, faceIndex: f.faceIndex ?? 0 }));
      fonts = new FontSet(
        [{ bytes: bundled.regular, faceIndex: 0 }, { bytes: bundled.han, faceIndex: 0 }, ...extra],
        { bytes: bundled.bold, faceIndex: 0 },
      );
    } catch (cause) {
      return errAsync(toUnforcedError(cause, 'FONT_UNSUPPORTED', ['fonts']));
    }
    return ResultAsync.fromPromise(
      (async () => {
        const doc = reportDocument(report);
        const layout = layoutReport({ doc, fonts, sha256 });
        const bytes = await writePdf({ doc, fonts, json, sha256, producer: PRODUCER }, layout);
        return {
          bytes,
          reportSha256: sha256,
          pageCount: layout.pages.length,
          textLineCount: layout.pages.reduce(
            (sum, page) =>
              sum + page.chunks.filter((c) => typeof c === 'string' && c.startsWith('BT ')).length,
            0,
          ),
          missingCharacters: [...fonts.missing].sort((a, b) => a - b).map((c) => String.fromCodePoint(c)),
        };
      })(),
      (cause) => toUnforcedError(cause, 'INTERNAL'),
    );
  });
}
