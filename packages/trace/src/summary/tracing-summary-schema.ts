import { DataEditionRef, Finding, IsoDate } from '@unforced/core';
import { z } from 'zod';
import { LotExposure } from '../exposure/lot-exposure.js';
import { TraceBack } from '../graph/trace-back.js';
import { BizTransactionRef } from '../model/trace-event.js';

/**
 * The items of evidence CBP asks importers for (UFLPA operational guidance; 19 CFR 12.43 for WROs).
 *
 * @example
 * ```ts
 * CBP_EVIDENCE_ITEMS.includes('flow-chart'); // true
 * ```
 */
export const CBP_EVIDENCE_ITEMS = [
  'due-diligence-system',
  'parties-and-roles',
  'flow-chart',
  'transaction-records',
  'transport-records',
  'raw-material-payment',
  'raw-material-origin',
  'production-records',
  'not-xinjiang-or-listed',
  'management-measures',
] as const;

/**
 * An item of CBP's evidence list.
 *
 * @example
 * ```ts
 * CbpEvidenceItem.parse('transport-records');
 * ```
 */
export const CbpEvidenceItem = z.enum(CBP_EVIDENCE_ITEMS);
/** An item of CBP's evidence list. */
export type CbpEvidenceItem = z.infer<typeof CbpEvidenceItem>;

/**
 * A party of the traced chain, with every tier it works at and its roles.
 *
 * @example
 * ```ts
 * SummaryParty.parse(summary.parties[0]);
 * ```
 */
export const SummaryParty = z.strictObject({
  id: z.string(),
  name: z.string().optional(),
  country: z.string().optional(),
  subdivision: z.string().optional(),
  identifiers: z.strictObject({
    osId: z.string().optional(),
    lei: z.string().optional(),
    gln: z.string().optional(),
  }),
  /** The lowest tier (0 = the importer or buyer of the finished goods, 1 = the maker of the finished goods). */
  tier: z.number().int().nonnegative(),
  tiers: z.array(z.number().int().nonnegative()),
  /** `spinning`, `weaving`, `cut-and-sew`, `raw-material`, `seller`, `buyer`, `shipper`, `receiver`, `importer`… */
  roles: z.array(z.string()),
  facilities: z.array(z.string()),
  inMasterData: z.boolean(),
  highRisk: z.boolean(),
  listed: z.boolean(),
  listMatch: z.strictObject({ list: z.string(), entityName: z.string().optional() }).optional(),
});
/** A party in a tracing summary. */
export type SummaryParty = z.infer<typeof SummaryParty>;

/**
 * A box of the flow chart: a facility, a party known only by name, or an unknown origin.
 *
 * @example
 * ```ts
 * FlowNode.parse(summary.flow.nodes[0]);
 * ```
 */
export const FlowNode = z.strictObject({
  id: z.string(),
  kind: z.enum(['facility', 'party', 'unknown-origin']),
  label: z.string(),
  partyId: z.string().optional(),
  country: z.string().optional(),
  subdivision: z.string().optional(),
  tier: z.number().int().nonnegative().optional(),
  roles: z.array(z.string()),
  highRisk: z.boolean(),
  listed: z.boolean(),
});
/** A flow-chart node. */
export type FlowNode = z.infer<typeof FlowNode>;

/**
 * An arrow of the flow chart: goods moving from one node to another, with the lots and documents.
 *
 * @example
 * ```ts
 * FlowEdge.parse(summary.flow.edges[0]);
 * ```
 */
export const FlowEdge = z.strictObject({
  from: z.string(),
  to: z.string(),
  lots: z.array(z.string()),
  commodities: z.array(z.string()),
  /** The events that recorded the movement (shipping, transaction, receiving…). */
  events: z.array(z.string()),
  documents: z.array(BizTransactionRef),
  /** Set on arrows from an unknown origin: why the origin is unknown. */
  unknown: z.enum(['untraced-lot', 'unlocated-origin', 'unexplained-output', 'cycle']).optional(),
});
/** A flow-chart edge. */
export type FlowEdge = z.infer<typeof FlowEdge>;

/**
 * One event of the traced chain with the business documents it cites.
 *
 * @example
 * ```ts
 * SummaryStep.parse(summary.steps[0]);
 * ```
 */
export const SummaryStep = z.strictObject({
  event: z.string(),
  time: z.string(),
  type: z.string(),
  bizStep: z.string().optional(),
  facility: z.string().optional(),
  party: z.string().optional(),
  lots: z.array(z.string()),
  documents: z.array(BizTransactionRef),
});
/** A step of a tracing summary. */
export type SummaryStep = z.infer<typeof SummaryStep>;

/**
 * A piece of evidence the records lack, the CBP item it belongs to, and what it concerns.
 *
 * @example
 * ```ts
 * MissingEvidence.parse(summary.missingEvidence[0]);
 * ```
 */
export const MissingEvidence = z.strictObject({
  kind: z.enum([
    'untraced-input',
    'unlocated-origin',
    'unexplained-output',
    'cycle',
    'custody-gap',
    'origin-without-subdivision',
    'shipment-without-transaction-document',
    'shipment-without-transport-document',
    'production-without-record',
    'party-without-identifier',
    'party-not-in-master-data',
    'location-not-in-master-data',
  ]),
  evidence: CbpEvidenceItem,
  subject: z.strictObject({ kind: z.enum(['lot', 'event', 'party', 'facility']), id: z.string() }),
  message: z.string(),
});
/** Missing evidence. */
export type MissingEvidence = z.infer<typeof MissingEvidence>;

/**
 * How far the records meet one item of CBP's evidence list.
 *
 * @example
 * ```ts
 * EvidenceStatus.parse(summary.evidence[0]);
 * ```
 */
export const EvidenceStatus = z.strictObject({
  item: CbpEvidenceItem,
  label: z.string(),
  /** `not-assessed`: outside what traceability events can show; attach it separately. */
  status: z.enum(['present', 'partial', 'missing', 'contradicted', 'not-assessed']),
  detail: z.string(),
});
/** The status of one evidence item. */
export type EvidenceStatus = z.infer<typeof EvidenceStatus>;

/**
 * The tracing summary of one or more finished lots, for reports (UFLPA "supply chain tracing"): the
 * parties by tier with their roles, the flow chart, the business documents at each step, the exposure
 * numbers and trace-backs, what evidence is missing, the status of each item of CBP's evidence list,
 * and the findings about the traced chain. Plain JSON-serialisable data; the report package renders it.
 *
 * @example
 * ```ts
 * const summary = TracingSummary.parse(JSON.parse(text));
 * ```
 */
export const TracingSummary = z.strictObject({
  schemaVersion: z.literal('1'),
  asOf: IsoDate,
  methodology: z.strictObject({ id: z.string(), version: z.string() }),
  dataEditions: z.array(DataEditionRef),
  /** The finished lots the summary traces. */
  lots: z.array(z.string()),
  parties: z.array(SummaryParty),
  tiers: z.array(z.strictObject({ tier: z.number().int().nonnegative(), parties: z.array(z.string()) })),
  flow: z.strictObject({ nodes: z.array(FlowNode), edges: z.array(FlowEdge) }),
  steps: z.array(SummaryStep),
  exposures: z.array(LotExposure),
  traces: z.array(TraceBack),
  missingEvidence: z.array(MissingEvidence),
  evidence: z.array(EvidenceStatus),
  findings: z.array(Finding),
});
/** A tracing summary. */
export type TracingSummary = z.infer<typeof TracingSummary>;
