import { AsOf, Finding, UnforcedError } from '@unforced/core';
import { portfolioReportFromAssessments, renderReport, supplierReportFromAssessment } from '@unforced/report';
import { Assessment } from '@unforced/risk';
import { err, ok } from 'neverthrow';
import { z } from 'zod';
import { defineEndpoint, type EndpointOutput } from '../app/endpoint.js';

const Meta = {
  format: z.enum(['pdf', 'json', 'markdown']),
  title: z.string().min(1).max(200).optional(),
  subtitle: z.string().min(1).max(200).optional(),
  preparedBy: z.string().min(1).max(200).optional(),
  preparedFor: z.string().min(1).max(200).optional(),
  reference: z.string().min(1).max(200).optional(),
};

/** The body of `POST /v1/reports`: one supplier's assessment, or a portfolio's assessments. */
const ReportRequest = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('supplier'),
    assessment: Assessment,
    findings: z.array(Finding).optional(),
    previous: Assessment.optional(),
    ...Meta,
  }),
  z.strictObject({
    kind: z.literal('portfolio'),
    assessments: z.array(Assessment),
    previous: z.array(Assessment).optional(),
    asOf: AsOf.optional(),
    ...Meta,
  }),
]);

type ReportRequest = z.output<typeof ReportRequest>;

const EXTENSIONS = { pdf: 'pdf', json: 'json', markdown: 'md' } as const;

/** Drops absent optional fields from the type (zod types them `T | undefined`; the SDK's options exclude undefined). */
function defined<T extends object>(value: T): { [K in keyof T]?: Exclude<T[K], undefined> } {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as {
    [K in keyof T]?: Exclude<T[K], undefined>;
  };
}

function build(request: ReportRequest) {
  const { kind: _kind, format: _format, ...options } = request;
  if (request.kind === 'supplier') {
    const { assessment, ...rest } = options as Extract<ReportRequest, { kind: 'supplier' }>;
    return supplierReportFromAssessment(assessment, defined(rest));
  }
  const { assessments, ...rest } = options as Extract<ReportRequest, { kind: 'portfolio' }>;
  return portfolioReportFromAssessments(assessments, defined(rest));
}

/**
 * `POST /v1/reports`: renders an audit report with `@unforced/report` from risk assessments (as
 * `POST /v1/risk/assess` and `/v1/risk/portfolio` answer them): `kind: 'supplier'` with one
 * `assessment` (and optionally the `findings` to list in full and the `previous` assessment), or
 * `kind: 'portfolio'` with `assessments`; `format` is `pdf` (`application/pdf`, with the report data
 * embedded and hashed), `json` or `markdown`. The same body always gives the same bytes.
 *
 * @example
 * ```ts
 * reportEndpoint.path; // '/v1/reports'
 * ```
 */
export const reportEndpoint = defineEndpoint({
  scope: 'report',
  method: 'POST',
  path: '/v1/reports',
  operationId: 'renderReport',
  summary: 'Reports: assessment or portfolio → PDF, JSON or Markdown',
  description:
    'Builds the report with `supplierReportFromAssessment` or `portfolioReportFromAssessments` of @unforced/report and renders it with `renderReport`. The answer is the file itself, with its media type.',
  input: ReportRequest,
  batchFields: [['assessments'], ['findings']],
  responseMediaTypes: ['application/pdf', 'application/json', 'text/markdown'],
  run: async (request) => {
    const report = build(request);
    if (report.isErr()) return err(report.error);
    const files = await renderReport(report.value, request.format);
    if (files.isErr()) return err(files.error);
    const file = files.value[0];
    if (file === undefined) return err(new UnforcedError('INTERNAL', 'the renderer produced no file'));
    const output: EndpointOutput = {
      kind: 'bytes',
      body: file.bytes,
      mediaType: file.mediaType,
      filename: `report.${EXTENSIONS[request.format]}`,
    };
    return ok(output);
  },
});
