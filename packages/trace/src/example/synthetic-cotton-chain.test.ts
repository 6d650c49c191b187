import { Finding } from '@unforced/core';
import { bundledReferenceData } from '@unforced/reference-data';
import { describe, expect, it } from 'vitest';
import { analyseTrace } from '../analysis/analyse-trace.js';
import { LotExposure } from '../exposure/lot-exposure.js';
import { traceBack } from '../graph/trace-back.js';
import { traceForward } from '../graph/trace-forward.js';
import { parseEpcisDocument } from '../parse/parse-epcis-document.js';
import { parseEventLines } from '../parse/parse-event-lines.js';
import { syntheticCottonChain } from './synthetic-cotton-chain.js';

const chain = syntheticCottonChain();
const batch = parseEpcisDocument(chain.epcisDocument)._unsafeUnwrap();
const analysis = analyseTrace(
  { events: batch, masterData: chain.masterData },
  { asOf: chain.asOf },
)._unsafeUnwrap();
const L = chain.lots;

// Worked by hand (all masses in kg):
// spinning: inputs 1800 (US) + 1500 (IN) + 500 (XJ) + 1200 (untraced) = 5000; output 4500 yarn;
//   allowed 5000 × 0.95 × 1.02 = 4845 ≥ 4500, so nothing unexplained.
//   yarn: XJ 500/5000 = 1/10, unknown 1200/5000 = 6/25.
// weaving: input 2000 yarn; output 14500 m × 0.165 kg/m = 2392.5; allowed 2000 × 1 × 1.02 = 2040;
//   unexplained 2392.5 − 2040 = 352.5, e = 352.5 / 2392.5 = 3525/23925 = 47/319 (÷75).
//   fabric: high-risk (1 − 47/319) × 1/10 = 272/3190 = 136/1595;
//   unknown 47/319 + 272/319 × 6/25 = (1175 + 1632)/7975 = 2807/7975.
// cut-and-sew: input 14000 m × 0.165 = 2310; output 8000 × 0.25 = 2000 ≤ 2310 × 0.95 × 1.02 = 2238.39.
//   shirts carry the fabric's shares: high-risk 136/1595, unknown 2807/7975, traced 5168/7975.
describe('the synthetic cotton chain', () => {
  it('reads all twenty events, none invalid', () => {
    expect(batch.events).toHaveLength(20);
    expect(batch.invalid).toEqual([]);
    expect(analysis.invalidEvents).toEqual([]);
    expect(analysis.invalidMasterData).toEqual([]);
    expect(analysis.stats).toEqual({ events: 20, lots: 8, steps: 4, finishedLots: 1, duplicateEvents: 0 });
  });

  it('finds the three planted defects and the Xinjiang exposure, and nothing else', () => {
    expect(analysis.findings.map((f) => [f.code, f.subject.id])).toEqual([
      ['trace.custody.gap', L.fabric],
      ['trace.exposure.high-risk', L.garments],
      ['trace.exposure.unknown', L.garments],
      ['trace.input.untraced', L.untracedLint],
      ['trace.mass-balance.exceeded', chain.events.weaving],
      ['trace.origin.high-risk', L.xjLint],
      // Garments from Bangladesh are on the DOL list (forced labour): advisory, not in exposure.
      ['trace.processing.listed-good', 'urn:epc:id:sgln:9521007.00001.0'],
    ]);
    for (const planted of chain.planted)
      expect(analysis.findings.some((f) => f.code === planted.code && f.subject.id === planted.subject)).toBe(
        true,
      );
  });

  it('gives every finding a valid shape, a standard, a dated remediation and provenance', () => {
    const editions = (['subdivisions', 'listedGoods', 'uflpaEntities'] as const).map((slot) =>
      bundledReferenceData().editionOf(slot),
    );
    for (const finding of analysis.findings) {
      expect(Finding.safeParse(finding).success).toBe(true);
      expect(finding.asOf).toBe('2025-05-01');
      expect(finding.provenance).toEqual({
        methodology: { id: 'unforced/trace', version: '0.1.0' },
        dataEditions: editions,
      });
    }
    const due = Object.fromEntries(analysis.findings.map((f) => [f.code, f.remediation?.dueDate]));
    expect(due['trace.custody.gap']).toBe('2025-05-31'); // 1 May + 30 days
    expect(due['trace.origin.high-risk']).toBe('2025-05-15'); // + 14 days
    expect(due['trace.processing.listed-good']).toBe('2025-07-30'); // + 90 days
  });

  it('reports the mass-balance violation with exact figures', () => {
    const finding = analysis.findings.find((f) => f.code === 'trace.mass-balance.exceeded');
    expect(finding?.metrics).toEqual({
      transformationType: 'weaving',
      inputKg: '2000',
      outputKg: '2392.5',
      allowedOutputKg: '2040',
      unexplainedKg: '352.5',
      outputToInputRatio: '1.19625', // 2392.5 / 2000
      yield: '1',
      tolerance: '0.02',
    });
    expect(finding?.standards.map((s) => s.standard)).toEqual(['UFLPA', 'US-TARIFF-ACT-307']);
  });

  it('reports the untraced lint with the share of the spinning input it carries', () => {
    const finding = analysis.findings.find((f) => f.code === 'trace.input.untraced');
    expect(finding?.metrics).toEqual({ consumingSteps: 1, shareOfStepInput: '0.24', usedKg: '1200' });
  });

  it('reports the custody gap between the weaver, Gazipur and Narayanganj', () => {
    const finding = analysis.findings.find((f) => f.code === 'trace.custody.gap');
    expect(finding?.metrics).toMatchObject({
      shippingEvent: chain.events.fabricShipment,
      seenEvent: chain.events.cutting,
      shippedTo: 'Gazipur Apparel Ltd (synthetic)',
      seenAtParty: 'Narayanganj Knit & Sew Ltd (synthetic)',
    });
  });

  it('computes the exposure of the shirts exactly', () => {
    expect(analysis.exposures).toHaveLength(1);
    const exposure = LotExposure.parse(analysis.exposures[0]);
    expect(exposure).toMatchObject({
      lot: L.garments,
      commodity: 'garment',
      quantityKg: '2000',
      basis: 'observed',
    });
    expect(exposure.highRisk).toEqual({ numerator: '136', denominator: '1595', value: 0.085266457681 });
    expect(exposure.unknown).toMatchObject({ numerator: '2807', denominator: '7975' });
    expect(exposure.traced).toMatchObject({ numerator: '5168', denominator: '7975' });
    expect(exposure.listed).toEqual({ numerator: '0', denominator: '1', value: 0 });
  });

  it('traces the shirts back to the gins with tiers and shares that add up to one', () => {
    const back = traceBack(analysis, L.garments)._unsafeUnwrap();
    expect(back.lots.map((l) => [l.lot, l.tier, `${l.share.numerator}/${l.share.denominator}`])).toEqual([
      [L.garments, 1, '1/1'],
      [L.fabric, 2, '1/1'],
      [L.yarn, 3, '272/319'], // 1 − 47/319
      [L.usLint, 4, '2448/7975'], // 272/319 × 1800/5000
      [L.inLint, 4, '408/1595'], // 272/319 × 1500/5000
      [L.xjLint, 4, '136/1595'], // 272/319 × 500/5000
      [L.untracedLint, 4, '1632/7975'], // 272/319 × 1200/5000
    ]);
    // Each gin is the origin of its own lint, so an origin's share is its lint's share above.
    expect(
      back.origins.map((o) => [o.subdivision, o.highRisk, `${o.share.numerator}/${o.share.denominator}`]),
    ).toEqual([
      ['US-TX', false, '2448/7975'],
      ['IN-GJ', false, '408/1595'],
      ['CN-XJ', true, '136/1595'],
    ]);
    expect(back.unknown.map((u) => [u.kind, `${u.share.numerator}/${u.share.denominator}`])).toEqual([
      ['unexplained-output', '47/319'],
      ['untraced-lot', '1632/7975'],
    ]);
    // In 7975ths: origins 2448 + 2040 + 680, unknown 1632 + 1175 (47/319); 2448 + 2040 + 680 + 1632 + 1175
    // = 7975, so the origin and unknown shares add up to exactly one.
    const parts = [...back.origins, ...back.unknown].map((p) => p.share);
    const sum = parts.reduce((acc, p) => acc + (BigInt(p.numerator) * 7975n) / BigInt(p.denominator), 0n);
    expect(parts.every((p) => (BigInt(p.numerator) * 7975n) % BigInt(p.denominator) === 0n)).toBe(true);
    expect(sum).toBe(7975n);
    expect(back.depth).toBe(4);
    expect(back.steps).toEqual([chain.events.spinning, chain.events.weaving, chain.events.cutting]);
  });

  it('traces the Xinjiang lint forward to the shirts', () => {
    const forward = traceForward(analysis, L.xjLint)._unsafeUnwrap();
    expect(forward.lots.map((l) => [l.lot, l.steps])).toEqual([
      [L.yarn, 1],
      [L.fabric, 2],
      [L.garments, 3],
      [L.container, 3],
    ]);
    expect(forward.finishedLots).toEqual([L.garments]);
    expect(traceForward(analysis, 'urn:nothing')._unsafeUnwrapErr().code).toBe('UNKNOWN_REFERENCE');
  });

  it('gives the same analysis from the JSON Lines form, and from the events in reverse order', async () => {
    const lines = (await parseEventLines(chain.jsonLines))._unsafeUnwrap();
    const again = analyseTrace(
      { events: lines, masterData: chain.masterData },
      { asOf: chain.asOf },
    )._unsafeUnwrap();
    const eventList = (chain.epcisDocument.epcisBody as { eventList: unknown[] }).eventList;
    const reversed = analyseTrace(
      { events: [...eventList].reverse(), masterData: chain.masterData },
      { asOf: chain.asOf },
    )._unsafeUnwrap();
    expect(JSON.stringify(again)).toBe(JSON.stringify(analysis));
    expect(JSON.stringify(reversed)).toBe(JSON.stringify(analysis));
  });

  it('finds a listed entity through an injected matcher and reports the listed share', () => {
    const listed = analyseTrace(
      { events: batch, masterData: chain.masterData },
      {
        asOf: chain.asOf,
        isListedEntity: (party) =>
          party.id === 'urn:epc:id:pgln:9521003.00000'
            ? { list: 'uflpa-entity-list', entityName: 'Example listed gin', confidence: 0.92 }
            : undefined,
      },
    )._unsafeUnwrap();
    const finding = listed.findings.find((f) => f.code === 'trace.entity.listed');
    expect(finding).toMatchObject({
      subject: { kind: 'party', id: 'urn:epc:id:pgln:9521003.00000' },
      confidence: 0.92,
      basis: 'inferred',
    });
    // Only the Xinjiang lint passed through the gin, so the listed share equals its share: 136/1595.
    expect(listed.exposures[0]?.listed).toMatchObject({ numerator: '136', denominator: '1595' });
    expect(listed.findings.some((f) => f.code === 'trace.exposure.listed')).toBe(true);
    // A custom matcher's lists are not the bundled UFLPA snapshot: its edition is cited only by default.
    expect(analysis.dataEditions.map((e) => e.datasetId)).toContain('us-dhs-uflpa-entity-list');
    expect(finding?.provenance.dataEditions.map((e) => e.datasetId)).not.toContain(
      'us-dhs-uflpa-entity-list',
    );
  });
});
