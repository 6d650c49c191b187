import { addCodedIssue, CountryCode, Finding, IsoDate, Severity, SubdivisionCode } from '@unforced/core';
import { z } from 'zod';
import { ReportAction } from './action.js';
import { Disclosure, ReportMeta, Share } from './common.js';

/**
 * A party in the supply chain: its tier (0 = the importer or buyer, 1 = its direct supplier, and so on up
 * to the raw material), role, location, and whether it is on a forced-labour list or in a high-risk region.
 *
 * @example
 * ```ts
 * TraceParty.parse({ id: 'P3', name: '新疆某棉业有限公司', tier: 3, role: 'ginner', country: 'CN', subdivision: 'CN-XJ', highRisk: true });
 * ```
 */
export const TraceParty = z.strictObject({
  id: z.string().min(1),
  name: z.string().min(1),
  tier: z.number().int().nonnegative(),
  role: z.string().min(1),
  country: CountryCode.optional(),
  subdivision: SubdivisionCode.optional(),
  listed: z.boolean().default(false),
  highRisk: z.boolean().default(false),
});

/** A party in the supply chain. */
export type TraceParty = z.output<typeof TraceParty>;

/** Kinds of business documents CBP asks for at each step of the chain. */
export const TRACE_DOCUMENT_KINDS = [
  'purchase-order',
  'invoice',
  'packing-list',
  'bill-of-lading',
  'certificate-of-origin',
  'payment-record',
  'transport-record',
  'production-record',
  'warehouse-record',
  'other',
] as const;

/**
 * A business document at a step of the chain. Its `number` is only kept when the report's disclosure
 * allows document numbers; the id, date and SHA-256 identify it otherwise.
 *
 * @example
 * ```ts
 * TraceDocument.parse({ id: 'D-7', kind: 'bill-of-lading', date: '2026-03-02' });
 * ```
 */
export const TraceDocument = z.strictObject({
  id: z.string().min(1),
  kind: z.enum(TRACE_DOCUMENT_KINDS),
  number: z.string().min(1).optional(),
  date: IsoDate.optional(),
  sha256: z
    .string()
    .regex(/^[0-9a-f]{64}$/)
    .optional(),
});

/** A business document. */
export type TraceDocument = z.infer<typeof TraceDocument>;

/**
 * A step of the chain: material moving from one party to the next, with the documents that prove it.
 *
 * @example
 * ```ts
 * TraceFlow.parse({ from: 'P3', to: 'P2', material: 'cotton lint', quantity: '40 t', documentIds: ['D-7'] });
 * ```
 */
export const TraceFlow = z.strictObject({
  from: z.string().min(1),
  to: z.string().min(1),
  material: z.string().min(1),
  quantity: z.string().min(1).optional(),
  date: IsoDate.optional(),
  documentIds: z.array(z.string().min(1)).default([]),
});

/** A step of the chain. */
export type TraceFlow = z.output<typeof TraceFlow>;

/**
 * A traceability / UFLPA tracing summary (report type 4), laid out in the order of CBP's applicability-review
 * guidance: executive summary, parties by tier, flow chart, transaction records, exposure and missing evidence.
 *
 * @example
 * ```ts
 * TraceReport.parse({
 *   type: 'traceability-summary',
 *   meta: { title: 'UFLPA tracing summary', asOf: '2026-11-22', dataEditions: [], methodologies: [{ id: 'unforced/trace', version: '0.1.0' }] },
 *   product: { description: 'Men’s cotton shirts' },
 *   parties: [], flows: [], documents: [],
 *   exposure: { highRiskOrigin: 0, listedEntity: 0, unknownOrigin: 1, basis: 'share of input quantity' },
 * });
 * ```
 */
export const TraceReport = z
  .strictObject({
    type: z.literal('traceability-summary'),
    meta: ReportMeta,
    disclosure: Disclosure.default({ workerNames: false, documentNumbers: false }),
    product: z.strictObject({
      description: z.string().min(1),
      hsCode: z.string().min(1).optional(),
      lotIds: z.array(z.string().min(1)).default([]),
      entryNumber: z.string().min(1).optional(),
    }),
    summary: z.string().min(1).optional(),
    parties: z.array(TraceParty),
    flows: z.array(TraceFlow),
    documents: z.array(TraceDocument),
    exposure: z.strictObject({
      highRiskOrigin: Share,
      listedEntity: Share,
      unknownOrigin: Share,
      basis: z.string().min(1),
    }),
    missingEvidence: z
      .array(
        z.strictObject({
          description: z.string().min(1),
          severity: Severity,
          partyId: z.string().min(1).optional(),
        }),
      )
      .default([]),
    findings: z.array(Finding).default([]),
    actions: z.array(ReportAction).default([]),
  })
  .superRefine((report, ctx) => {
    const parties = new Set(report.parties.map((p) => p.id));
    report.flows.forEach((flow, index) => {
      for (const end of ['from', 'to'] as const)
        if (!parties.has(flow[end]))
          ctx.addIssue({
            code: 'custom',
            path: ['flows', index, end],
            message: `unknown party "${flow[end]}"`,
          });
    });
    report.documents.forEach((doc, index) => {
      if (doc.number !== undefined && !report.disclosure.documentNumbers)
        addCodedIssue(
          ctx,
          'DISCLOSURE_REQUIRED',
          'a document number needs disclosure.documentNumbers = true',
          ['documents', index, 'number'],
        );
    });
  });

/** A traceability / UFLPA tracing summary. */
export type TraceReport = z.output<typeof TraceReport>;

/** A traceability report as callers may write it. */
export type TraceReportInput = z.input<typeof TraceReport>;
