import type { Finding } from '@unforced/core';
import { type AnalysisContext, locationOf } from '../analysis/context.js';
import type { TraceBack } from '../graph/trace-back.js';
import type { SummaryScope } from './summary-scope.js';
import type { MissingEvidence, SummaryParty } from './tracing-summary-schema.js';

const DISPATCH: ReadonlySet<string> = new Set(['shipping', 'departing']);
const TRANSACTION_DOCUMENTS: ReadonlySet<string> = new Set(['po', 'poc', 'inv']);
const TRANSPORT_DOCUMENTS: ReadonlySet<string> = new Set(['bol', 'desadv', 'recadv']);

/**
 * What evidence the traced chain lacks, each item tied to the CBP evidence item it belongs to: unknown
 * origins (untraced lots, unlocated raw materials, unexplained output, cycles), custody gaps, origins
 * placed only to the country, shipments without a purchase order or invoice or without a transport
 * document (bill of lading, despatch or receiving advice), production steps without a production record, and parties or locations missing from the
 * master data or without an identifier.
 *
 * @example
 * ```ts
 * missingEvidence(context, scope, traces, parties, findings).map((m) => m.kind);
 * ```
 */
export function missingEvidence(
  context: AnalysisContext,
  scope: SummaryScope,
  traces: readonly TraceBack[],
  parties: readonly SummaryParty[],
  findings: readonly Finding[],
): MissingEvidence[] {
  const { graph } = context;
  const out = new Map<string, MissingEvidence>();
  const add = (entry: MissingEvidence) => out.set(`${entry.kind}\u0000${entry.subject.id}`, entry);
  for (const trace of traces) {
    for (const unknown of trace.unknown) {
      if (unknown.kind === 'unexplained-output')
        add({
          kind: 'unexplained-output',
          evidence: 'production-records',
          subject: { kind: 'event', id: unknown.event ?? '' },
          message: `Part of the output of ${unknown.event} is not explained by its recorded inputs (${(unknown.share.value * 100).toFixed(2)}% of ${trace.lot}).`,
        });
      else
        add({
          kind: unknown.kind === 'untraced-lot' ? 'untraced-input' : unknown.kind,
          evidence: unknown.kind === 'cycle' ? 'production-records' : 'raw-material-origin',
          subject: { kind: 'lot', id: unknown.lot ?? '' },
          message:
            unknown.kind === 'untraced-lot'
              ? `${unknown.lot} has no upstream record: supplier, origin and transactions are unknown.`
              : unknown.kind === 'unlocated-origin'
                ? `${unknown.lot} was created at a location the master data does not describe.`
                : `${unknown.lot} is part of a cycle of lots; its inputs cannot be traced.`,
        });
    }
    for (const origin of trace.origins)
      if (origin.subdivision === undefined && origin.facility !== undefined)
        add({
          kind: 'origin-without-subdivision',
          evidence: 'raw-material-origin',
          subject: { kind: 'facility', id: origin.facility },
          message: `The origin facility ${origin.facility} of ${origin.lot} has a country (${origin.country ?? '?'}) but no ISO 3166-2 subdivision, so a high-risk region cannot be ruled out.`,
        });
  }
  for (const finding of findings)
    if (finding.code === 'trace.custody.gap')
      add({
        kind: 'custody-gap',
        evidence: 'transport-records',
        subject: { kind: 'lot', id: finding.subject.id },
        message: finding.message,
      });
  for (const e of scope.events) {
    const event = graph.events[e];
    if (event === undefined) continue;
    const types = new Set(event.bizTransactionList.map((d) => d.type ?? ''));
    if (DISPATCH.has(event.bizStep ?? '')) {
      if (![...types].some((t) => TRANSACTION_DOCUMENTS.has(t)))
        add({
          kind: 'shipment-without-transaction-document',
          evidence: 'transaction-records',
          subject: { kind: 'event', id: event.id },
          message: `The shipment ${event.id} cites no purchase order or invoice.`,
        });
      if (![...types].some((t) => TRANSPORT_DOCUMENTS.has(t)))
        add({
          kind: 'shipment-without-transport-document',
          evidence: 'transport-records',
          subject: { kind: 'event', id: event.id },
          message: `The shipment ${event.id} cites no bill of lading, despatch advice or receiving advice.`,
        });
    }
    if (event.kind === 'transformation' && event.bizTransactionList.length === 0)
      add({
        kind: 'production-without-record',
        evidence: 'production-records',
        subject: { kind: 'event', id: event.id },
        message: `The production step ${event.id} cites no production order or record.`,
      });
    const location = locationOf(event);
    if (location !== undefined && !graph.master.facilities.has(location))
      add({
        kind: 'location-not-in-master-data',
        evidence: 'parties-and-roles',
        subject: { kind: 'facility', id: location },
        message: `The location ${location} is not in the master data.`,
      });
  }
  for (const party of parties) {
    if (!party.inMasterData)
      add({
        kind: 'party-not-in-master-data',
        evidence: 'parties-and-roles',
        subject: { kind: 'party', id: party.id },
        message: `The party ${party.id} (${party.roles.join(', ')}) is not in the master data.`,
      });
    else if (Object.keys(party.identifiers).length === 0)
      add({
        kind: 'party-without-identifier',
        evidence: 'parties-and-roles',
        subject: { kind: 'party', id: party.id },
        message: `${party.name ?? party.id} has no OS ID, LEI or GLN.`,
      });
  }
  return [...out.values()].sort((a, b) =>
    a.evidence + a.kind + a.subject.id < b.evidence + b.kind + b.subject.id ? -1 : 1,
  );
}
