import type { Severity, UnforcedError } from '@unforced/core';
import { validate } from '@unforced/core';
import type { MissingEvidence, TracingSummary } from '@unforced/trace';
import type { Result } from 'neverthrow';
import {
  type TraceDocument,
  type TraceFlow,
  type TraceParty,
  TraceReport,
  type TraceReportInput,
} from '../model/trace-report.js';
import { actionsFromFindings } from './actions-from-findings.js';
import { type BuildReportOptions, metaExtras } from './report-options.js';

/** What {@link traceReportFromSummary} takes besides the summary. */
export interface TraceReportOptions extends BuildReportOptions {
  /** The product as the importer declares it (default: the finished lots' product names). */
  readonly product?: { readonly description?: string; readonly hsCode?: string };
}

type DocumentKind = TraceDocument['kind'];
type Ref = TracingSummary['steps'][number]['documents'][number];

const DOCUMENT_KINDS: Readonly<Record<string, DocumentKind>> = {
  po: 'purchase-order',
  poc: 'purchase-order',
  inv: 'invoice',
  bol: 'bill-of-lading',
  desadv: 'packing-list',
  recadv: 'warehouse-record',
  prodorder: 'production-record',
};

const MISSING_SEVERITY: Readonly<Record<MissingEvidence['kind'], Severity>> = {
  'untraced-input': 'high',
  'unlocated-origin': 'high',
  'unexplained-output': 'high',
  cycle: 'high',
  'custody-gap': 'high',
  'origin-without-subdivision': 'medium',
  'shipment-without-transaction-document': 'medium',
  'shipment-without-transport-document': 'medium',
  'production-without-record': 'medium',
  'party-without-identifier': 'low',
  'party-not-in-master-data': 'low',
  'location-not-in-master-data': 'low',
};

const kindOf = (type: string | undefined): DocumentKind =>
  DOCUMENT_KINDS[(type ?? '').split(/[:/-]/).at(-1)?.toLowerCase() ?? ''] ?? 'other';
const refKey = (ref: Ref) => `${ref.type ?? ''}\u0000${ref.id ?? ''}`;
const percent = (share: number) => `${(Math.round(share * 10_000) / 100).toString()}%`;

/**
 * Builds a traceability / UFLPA tracing summary report (report type 4) from a `TracingSummary` of
 * `@unforced/trace` (`buildTracingSummary`): parties by tier (unknown origins become parties of their
 * own, one tier above what they feed), the flow chart's arrows as flows with the documents that prove
 * them, the business documents by kind and date (their numbers are never copied: each gets an id
 * `D-1`, `D-2`… in order of appearance), the highest exposure over the finished lots, the missing
 * evidence with a severity by kind, the findings and one action per remediation.
 *
 * @example
 * ```ts
 * const summary = buildTracingSummary(analysis)._unsafeUnwrap();
 * const report = traceReportFromSummary(summary, { product: { hsCode: '6205.20' } });
 * ```
 */
export function traceReportFromSummary(
  summary: TracingSummary,
  options: TraceReportOptions = {},
): Result<TraceReport, UnforcedError> {
  const parties: TraceParty[] = summary.parties.map((p) => ({
    id: p.id,
    name: p.name ?? p.id,
    tier: p.tier,
    role: p.roles.length === 0 ? 'party' : p.roles.join(', '),
    ...(p.country === undefined ? {} : { country: p.country }),
    ...(p.subdivision === undefined ? {} : { subdivision: p.subdivision }),
    listed: p.listed,
    highRisk: p.highRisk,
  }));
  const tierOf = new Map(parties.map((p) => [p.id, p.tier]));
  const nodes = new Map(summary.flow.nodes.map((n) => [n.id, n]));
  const partyOfNode = (id: string) => nodes.get(id)?.partyId ?? id;
  for (const edge of summary.flow.edges) {
    const node = nodes.get(edge.from);
    if (node === undefined || node.kind !== 'unknown-origin' || tierOf.has(node.id)) continue;
    const tier = (tierOf.get(partyOfNode(edge.to)) ?? 0) + 1;
    parties.push({
      id: node.id,
      name: node.label,
      tier,
      role: 'unknown origin',
      listed: false,
      highRisk: false,
    });
    tierOf.set(node.id, tier);
  }
  const documents: TraceDocument[] = [];
  const documentIds = new Map<string, string>();
  const stepTime = new Map(summary.steps.map((s) => [s.event, s.time.slice(0, 10)]));
  for (const step of summary.steps)
    for (const ref of step.documents) {
      if (documentIds.has(refKey(ref))) continue;
      const id = `D-${documents.length + 1}`;
      documentIds.set(refKey(ref), id);
      const date = step.time.slice(0, 10);
      documents.push({ id, kind: kindOf(ref.type), ...(/^\d{4}-\d{2}-\d{2}$/.test(date) ? { date } : {}) });
    }
  const flows: TraceFlow[] = summary.flow.edges.map((edge) => {
    const dates = edge.events.flatMap((e) => stepTime.get(e) ?? []).sort();
    return {
      from: partyOfNode(edge.from),
      to: partyOfNode(edge.to),
      material: edge.commodities.length === 0 ? 'unknown material' : edge.commodities.join(', '),
      ...(dates[0] === undefined || !/^\d{4}-\d{2}-\d{2}$/.test(dates[0]) ? {} : { date: dates[0] }),
      documentIds: edge.documents.flatMap((ref) => documentIds.get(refKey(ref)) ?? []),
    };
  });
  const max = (pick: (e: TracingSummary['exposures'][number]) => number) =>
    Math.max(0, ...summary.exposures.map(pick));
  const exposure = {
    highRiskOrigin: max((e) => e.highRisk.value),
    listedEntity: max((e) => e.listed.value),
    unknownOrigin: max((e) => e.unknown.value),
    basis: 'share of the finished lot’s mass traced through every transformation (highest over the lots)',
  };
  const products = [...new Set(summary.exposures.flatMap((e) => e.product ?? []))];
  const input: TraceReportInput = {
    type: 'traceability-summary',
    meta: {
      title: options.title ?? 'UFLPA tracing summary',
      asOf: summary.asOf,
      dataEditions: summary.dataEditions,
      methodologies: [summary.methodology],
      ...metaExtras(options),
    },
    product: {
      description:
        options.product?.description ?? (products.join('; ') || summary.lots.join(', ') || 'unknown product'),
      ...(options.product?.hsCode === undefined ? {} : { hsCode: options.product.hsCode }),
      lotIds: [...summary.lots],
    },
    summary: `${summary.lots.length} finished lot(s) traced through ${summary.parties.length} parties. ${percent(
      exposure.highRiskOrigin,
    )} of the mass traces to high-risk origins, ${percent(exposure.listedEntity)} passed through listed entities and ${percent(
      exposure.unknownOrigin,
    )} has no established origin; ${summary.missingEvidence.length} piece(s) of evidence are missing.`,
    parties,
    flows,
    documents,
    exposure,
    missingEvidence: summary.missingEvidence.map((m) => ({
      description: m.message,
      severity: MISSING_SEVERITY[m.kind],
      ...(m.subject.kind === 'party' ? { partyId: m.subject.id } : {}),
    })),
    findings: [...(options.findings ?? []), ...summary.findings],
    actions: actionsFromFindings(summary.findings),
  };
  return validate(TraceReport, input);
}
