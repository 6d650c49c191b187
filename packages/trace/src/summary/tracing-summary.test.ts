import { describe, expect, it } from 'vitest';
import { analyseTrace } from '../analysis/analyse-trace.js';
import { syntheticCottonChain } from '../example/synthetic-cotton-chain.js';
import { parseEpcisDocument } from '../parse/parse-epcis-document.js';
import { commission, kg, lot, master, party, receive, ship, transform } from '../testing/event-builders.js';
import { buildTracingSummary } from './build-tracing-summary.js';
import { TracingSummary } from './tracing-summary-schema.js';

const chain = syntheticCottonChain();
const batch = parseEpcisDocument(chain.epcisDocument)._unsafeUnwrap();
const analysis = analyseTrace(
  { events: batch, masterData: chain.masterData },
  { asOf: chain.asOf },
)._unsafeUnwrap();
const summary = buildTracingSummary(analysis)._unsafeUnwrap();
const P = (n: number) => `urn:epc:id:pgln:952100${n}.00000`;
const F = (n: number) => `urn:epc:id:sgln:952100${n}.00001.0`;

describe('the tracing summary of the synthetic chain', () => {
  it('is plain JSON that its schema accepts, and the same every time', () => {
    const json = JSON.parse(JSON.stringify(summary));
    expect(TracingSummary.parse(json)).toEqual(json);
    expect(JSON.stringify(buildTracingSummary(analysis)._unsafeUnwrap())).toBe(JSON.stringify(summary));
    expect(summary.lots).toEqual([chain.lots.garments]);
  });

  it('lists the parties by tier with their roles', () => {
    expect(summary.tiers).toEqual([
      { tier: 0, parties: [P(8)] }, // the importer
      { tier: 1, parties: [P(6), P(7)] }, // the intended and the actual garment maker
      { tier: 2, parties: [P(5)] }, // weaver
      { tier: 3, parties: [P(4)] }, // spinner
      { tier: 4, parties: [P(1), P(2), P(3)] }, // gins
    ]);
    const roles = Object.fromEntries(summary.parties.map((p) => [p.id, p.roles]));
    expect(roles[P(8)]).toEqual(['buyer', 'consignee', 'handler', 'importer', 'receiver']);
    expect(roles[P(7)]).toEqual(['cut-and-sew', 'packing', 'seller', 'shipper']);
    expect(roles[P(6)]).toEqual(['buyer', 'consignee']);
    expect(roles[P(3)]).toEqual(['ginning', 'seller', 'shipper']);
    expect(summary.parties.filter((p) => p.highRisk).map((p) => p.id)).toEqual([P(3)]);
  });

  it('draws the flow chart with the documents of each move and the unknown origins', () => {
    const edge = (from: string, to: string) => summary.flow.edges.find((e) => e.from === from && e.to === to);
    expect(edge(F(3), F(4))?.documents.map((d) => d.type)).toEqual(['bol', 'inv', 'po']);
    expect(edge(F(3), F(4))?.commodities).toEqual(['cotton-lint']);
    // The fabric went from the weaver straight to Narayanganj (the custody gap), not via Gazipur.
    expect(edge(F(5), F(7))?.lots).toEqual([chain.lots.fabric]);
    expect(summary.flow.edges.some((e) => e.to === F(6) || e.from === F(6))).toBe(false);
    expect(edge(F(7), F(8))?.lots).toEqual([chain.lots.garments, chain.lots.container]);
    expect(summary.flow.edges.filter((e) => e.unknown !== undefined).map((e) => [e.unknown, e.to])).toEqual([
      ['unexplained-output', F(5)],
      ['untraced-lot', F(4)],
    ]);
    expect(summary.flow.nodes.find((n) => n.id === F(3))).toMatchObject({
      tier: 4,
      highRisk: true,
      subdivision: 'CN-XJ',
    });
  });

  it('lists the documents of every step', () => {
    expect(summary.steps).toHaveLength(20);
    expect(
      summary.steps.find((s) => s.event === chain.events.spinning)?.documents.map((d) => d.type),
    ).toEqual(['prodorder']);
  });

  it('names the missing evidence and maps it onto CBP’s evidence list', () => {
    expect(summary.missingEvidence.map((m) => [m.evidence, m.kind, m.subject.id])).toEqual([
      ['production-records', 'unexplained-output', chain.events.weaving],
      ['raw-material-origin', 'untraced-input', chain.lots.untracedLint],
      ['transport-records', 'custody-gap', chain.lots.fabric],
    ]);
    expect(Object.fromEntries(summary.evidence.map((e) => [e.item, e.status]))).toEqual({
      'due-diligence-system': 'not-assessed',
      'parties-and-roles': 'present',
      'flow-chart': 'partial',
      'transaction-records': 'present',
      'transport-records': 'partial', // 1 gap (the custody gap) over 6 shipments
      'raw-material-payment': 'not-assessed',
      'raw-material-origin': 'partial',
      'production-records': 'partial',
      'not-xinjiang-or-listed': 'contradicted',
      'management-measures': 'not-assessed',
    });
    expect(summary.findings.map((f) => f.code)).toContain('trace.custody.gap');
  });

  it('shows a clean, fully traced chain as present, and refuses unknown lots', () => {
    const events = [
      commission('c', 1, 1, kg(lot('A'), 100)),
      ship('s', 2, 1, kg(lot('A'), 100), 2, 2),
      receive('r', 3, 2, kg(lot('A'), 100)),
      transform('t', 4, 2, [kg(lot('A'), 100)], [kg(lot('B'), 90)], {
        bizTransactionList: [{ type: 'prodorder', bizTransaction: 'urn:test:mo-1' }],
        'unforced:processType': 'Spinning',
      }),
    ];
    const masterData = master({ 1: 'US-TX', 2: 'VN-39' }) as { parties: Array<Record<string, unknown>> };
    for (const p of masterData.parties) p.identifiers = { gln: '9520000000004' };
    const clean = analyseTrace({ events, masterData }, { asOf: '2025-06-01' })._unsafeUnwrap();
    const cleanSummary = buildTracingSummary(clean)._unsafeUnwrap();
    expect(cleanSummary.missingEvidence).toEqual([]);
    expect(cleanSummary.evidence.filter((e) => e.status !== 'not-assessed').map((e) => e.status)).toEqual(
      Array(7).fill('present'),
    );
    expect(cleanSummary.parties.map((p) => [p.id, p.tier])).toEqual([
      [party(2), 1],
      [party(1), 2],
    ]);
    expect(buildTracingSummary(clean, { lots: ['urn:none'] })._unsafeUnwrapErr().code).toBe(
      'UNKNOWN_REFERENCE',
    );
  });
});
