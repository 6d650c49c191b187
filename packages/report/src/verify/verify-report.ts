import { PDFDocument } from '@cantoo/pdf-lib';
import { type ErrorCode, UnforcedError, type UnforcedIssue } from '@unforced/core';
import { errAsync, okAsync, ResultAsync } from 'neverthrow';
import { type Report, validateReport } from '../model/report.js';
import type { FontInput } from '../pdf/fonts/font-source.js';
import { renderPdf } from '../render/render-pdf.js';
import { sha256Hex } from '../render/sha256.js';
import { attachment, infoEntry, printedHashes } from './read-pdf.js';

/** Options for {@link verifyReport}. */
export interface VerifyReportOptions {
  /** Re-render the embedded report and compare bytes (default `true`). Pass the fonts used to render it. */
  readonly rerender?: boolean;
  readonly fonts?: readonly FontInput[];
}

/** What {@link verifyReport} found. `verified` is true only when every check passed. */
export interface ReportVerification {
  readonly verified: boolean;
  /** SHA-256 of the embedded `report.json`, when there is one. */
  readonly reportSha256?: string;
  /** The hash printed in each page's footer (`undefined` where a page has none). */
  readonly printedSha256: readonly (string | undefined)[];
  /** Whether re-rendering gave the same bytes (`undefined` when not attempted). */
  readonly rendersIdentically?: boolean;
  /** The embedded report, when it is valid. */
  readonly report?: Report;
  /** Every problem found, with its code (`PDF_UNREADABLE`, `REPORT_DATA_MISSING`, `REPORT_HASH_MISMATCH`, `REPORT_RENDERING_MISMATCH`). */
  readonly issues: readonly UnforcedIssue[];
}

const issue = (code: ErrorCode, message: string): UnforcedIssue => ({ code, message, path: [] });

const fail = (
  issues: UnforcedIssue[],
  printedSha256: (string | undefined)[] = [],
  reportSha256?: string,
): ReportVerification => ({
  verified: false,
  printedSha256,
  issues,
  ...(reportSha256 === undefined ? {} : { reportSha256 }),
});

async function verify(bytes: Uint8Array, options: VerifyReportOptions): Promise<ReportVerification> {
  let pdf: PDFDocument;
  try {
    pdf = await PDFDocument.load(bytes, {
      updateMetadata: false,
      ignoreEncryption: true,
      throwOnInvalidObject: true,
    });
  } catch (cause) {
    return fail([
      issue(
        'PDF_UNREADABLE',
        `not a readable PDF: ${cause instanceof Error ? cause.message : String(cause)}`,
      ),
    ]);
  }
  let json: Uint8Array | undefined;
  let printed: (string | undefined)[];
  let recorded: string | undefined;
  try {
    json = attachment(pdf, 'report.json');
    printed = printedHashes(pdf);
    recorded = infoEntry(pdf, 'UnforcedReportSHA256');
  } catch (cause) {
    return fail([
      issue(
        'PDF_UNREADABLE',
        `the PDF's structure is damaged: ${cause instanceof Error ? cause.message : String(cause)}`,
      ),
    ]);
  }
  if (json === undefined)
    return fail([issue('REPORT_DATA_MISSING', 'the PDF has no report.json attachment')], printed);
  const sha256 = sha256Hex(json);
  const issues: UnforcedIssue[] = [];
  printed.forEach((hash, page) => {
    if (hash !== sha256)
      issues.push(
        issue(
          'REPORT_HASH_MISMATCH',
          `page ${page + 1} prints ${hash === undefined ? 'no hash' : hash}, the data hashes to ${sha256}`,
        ),
      );
  });
  if (printed.length === 0)
    issues.push(issue('REPORT_HASH_MISMATCH', 'the PDF has no pages to print the hash on'));
  if (recorded !== sha256)
    issues.push(issue('REPORT_HASH_MISMATCH', `the document information records ${recorded ?? 'no hash'}`));
  let parsed: unknown;
  try {
    parsed = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(json));
  } catch {
    return fail(
      [...issues, issue('REPORT_DATA_MISSING', 'report.json is not valid UTF-8 JSON')],
      printed,
      sha256,
    );
  }
  const report = validateReport(parsed);
  if (report.isErr())
    return fail(
      [...issues, issue('REPORT_DATA_MISSING', `report.json is not a valid report: ${report.error.message}`)],
      printed,
      sha256,
    );
  let rendersIdentically: boolean | undefined;
  if (options.rerender !== false) {
    const again = await renderPdf(report.value, options.fonts === undefined ? {} : { fonts: options.fonts });
    rendersIdentically =
      again.isOk() && Buffer.compare(Buffer.from(again.value.bytes), Buffer.from(bytes)) === 0;
    if (!rendersIdentically)
      issues.push(
        issue(
          'REPORT_RENDERING_MISMATCH',
          'rendering the embedded report again does not give these bytes: the PDF was altered or made with other fonts or another version',
        ),
      );
  }
  return {
    verified: issues.length === 0,
    reportSha256: sha256,
    printedSha256: printed,
    report: report.value,
    issues,
    ...(rendersIdentically === undefined ? {} : { rendersIdentically }),
  };
}

/**
 * Checks a PDF made by {@link renderPdf}: reads the attached `report.json`, recomputes its SHA-256 and
 * compares it with the hash printed in every footer and recorded in the document information, validates
 * the report, and (by default) renders it again to confirm the PDF is byte for byte what the data gives.
 * Truncated, altered or foreign PDFs give `verified: false` with coded issues; it never throws. The
 * `Result` is an error only when `pdfBytes` is not a `Uint8Array`.
 *
 * @example
 * ```ts
 * const check = await verifyReport(await readFile('report.pdf'));
 * if (check.isOk() && check.value.verified) console.log('intact', check.value.reportSha256);
 * ```
 */
export function verifyReport(
  pdfBytes: unknown,
  options: VerifyReportOptions = {},
): ResultAsync<ReportVerification, UnforcedError> {
  if (!(pdfBytes instanceof Uint8Array))
    return errAsync(new UnforcedError('INVALID_TYPE', 'pdfBytes must be a Uint8Array (or Buffer)'));
  return ResultAsync.fromPromise(verify(pdfBytes, options), (cause) => cause).orElse((cause) =>
    okAsync(
      fail([
        issue(
          'PDF_UNREADABLE',
          `the PDF could not be checked: ${cause instanceof Error ? cause.message : String(cause)}`,
        ),
      ]),
    ),
  );
}
