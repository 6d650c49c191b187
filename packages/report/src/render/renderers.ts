import type { UnforcedError } from '@unforced/core';
import { errAsync, okAsync, type Result, type ResultAsync } from 'neverthrow';
import { renderCsv } from './render-csv.js';
import { renderJson } from './render-json.js';
import { renderMarkdown } from './render-markdown.js';
import { type RenderPdfOptions, renderPdf } from './render-pdf.js';

/** The output formats. */
export const REPORT_FORMATS = ['pdf', 'json', 'csv', 'markdown'] as const;

/** One of {@link REPORT_FORMATS}. */
export type ReportFormat = (typeof REPORT_FORMATS)[number];

/** A file a renderer produced. */
export interface RenderedFile {
  readonly name: string;
  readonly mediaType: string;
  readonly bytes: Uint8Array;
}

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

/**
 * Renders a report in any format as files, so callers (and the shared test suite) treat every renderer
 * alike: `report.pdf`, `report.json`, `report.md`, or one `.csv` per table.
 *
 * @example
 * ```ts
 * const files = await renderReport(report, 'csv');
 * if (files.isOk()) for (const f of files.value) await writeFile(f.name, f.bytes);
 * ```
 */
export function renderReport(
  input: unknown,
  format: ReportFormat,
  options: RenderPdfOptions = {},
): ResultAsync<RenderedFile[], UnforcedError> {
  const wrap = <T>(result: Result<T, UnforcedError>, files: (value: T) => RenderedFile[]) =>
    result.match(
      (value) => okAsync<RenderedFile[], UnforcedError>(files(value)),
      (error) => errAsync<RenderedFile[], UnforcedError>(error),
    );
  switch (format) {
    case 'pdf':
      return renderPdf(input, options).map((pdf) => [
        { name: 'report.pdf', mediaType: 'application/pdf', bytes: pdf.bytes },
      ]);
    case 'json':
      return wrap(renderJson(input), (text) => [
        { name: 'report.json', mediaType: 'application/json', bytes: utf8(text) },
      ]);
    case 'markdown':
      return wrap(renderMarkdown(input), (text) => [
        { name: 'report.md', mediaType: 'text/markdown; charset=utf-8', bytes: utf8(text) },
      ]);
    case 'csv':
      return wrap(renderCsv(input), (files) =>
        Object.entries(files).map(([name, text]) => ({
          name,
          mediaType: 'text/csv; charset=utf-8',
          bytes: utf8(text),
        })),
      );
  }
}
