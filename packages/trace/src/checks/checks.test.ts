import { describe, expect, it } from 'vitest';
import { analyseTrace } from '../analysis/analyse-trace.js';
import type { TraceEvent } from '../model/trace-event.js';
import { createEventBatch } from '../parse/event-batch.js';
import { parseEpcisDocument } from '../parse/parse-epcis-document.js';
import { commission, kg, lot, master, party, receive, ship, transform } from '../testing/event-builders.js';

const asOf = '2025-06-01';
const places = { 1: 'US-TX', 2: 'VN-39', 3: 'BD-C' };
const run = (
  events: unknown[],
  masterData: unknown = master(places),
  options: Record<string, unknown> = {},
) => analyseTrace({ events, masterData }, { asOf, ...options })._unsafeUnwrap();
const codes = (analysis: ReturnType<typeof run>) => analysis.findings.map((f) => `${f.code} ${f.subject.id}`);

describe('time', () => {
  it('finds an input used before it was produced, and one used before it was received', () => {
    const events = [
      commission('c', 10, 1, kg(lot('A'), 100)),
      transform('t', 5, 2, [kg(lot('A'), 100)], [kg(lot('B'), 90)]), // day 5 < day 10
      commission('c2', 1, 1, kg(lot('C'), 100)),
      ship('s2', 2, 1, kg(lot('C'), 100), 2, 2),
      receive('r2', 20, 2, kg(lot('C'), 100)),
      transform('t2', 15, 2, [kg(lot('C'), 100)], [kg(lot('D'), 90)]), // day 15 < receipt on day 20
    ];
    const analysis = run(events);
    const time = analysis.findings.filter((f) => f.code === 'trace.time.inconsistent');
    expect(time.map((f) => f.subject.id)).toEqual([lot('A'), lot('C')]);
    expect(time[0]?.message).toContain('used before it was produced (urn:test:t at 2025-01-06T00:00:00Z)');
    expect(time[1]?.message).toContain('used before it was received (urn:test:t2');
  });

  it('allows the configured slack, and compares instants across time zones', () => {
    // 10:00+08:00 is 02:00Z; the transformation at 03:00Z is one hour later: consistent.
    const events = [
      commission('c', '2025-01-02T10:00:00+08:00', 1, kg(lot('A'), 100)),
      transform('t', '2025-01-02T03:00:00Z', 2, [kg(lot('A'), 100)], [kg(lot('B'), 90)]),
      commission('c2', '2025-01-02T12:00:00Z', 1, kg(lot('C'), 100)),
      transform('t2', '2025-01-02T11:30:00Z', 2, [kg(lot('C'), 100)], [kg(lot('D'), 90)]),
    ];
    expect(codes(run(events)).filter((c) => c.startsWith('trace.time'))).toEqual([
      `trace.time.inconsistent ${lot('C')}`,
    ]);
    expect(
      codes(run(events, master(places), { timeToleranceMinutes: 30 })).filter((c) =>
        c.startsWith('trace.time'),
      ),
    ).toEqual([]);
  });
});

describe('cycles and deep chains', () => {
  it('reports a cycle and treats the inputs inside it as unknown', () => {
    const events = [
      commission('c', 1, 1, kg(lot('A'), 100)),
      transform('t1', 2, 2, [kg(lot('A'), 50), kg(lot('C'), 50)], [kg(lot('B'), 100)]),
      transform('t2', 3, 2, [kg(lot('B'), 100)], [kg(lot('C'), 100)]),
      transform('t3', 4, 2, [kg(lot('B'), 10)], [kg(lot('D'), 10)]),
    ];
    const analysis = run(events);
    expect(codes(analysis)).toContain(`trace.graph.cycle ${lot('B')}`);
    expect(analysis.findings.find((f) => f.code === 'trace.graph.cycle')?.metrics.lots).toBe(2);
    // B = ½ A (traced) + ½ C (cut: unknown); D = B: unknown ½. C itself is made of B (cut): unknown 1.
    const d = analysis.exposures.find((e) => e.lot === lot('D'));
    expect(d?.unknown).toMatchObject({ numerator: '1', denominator: '2' });
  });

  it('walks a chain a million steps deep and a million-lot cycle without overflowing the stack', () => {
    const n = 1_000_000;
    // Normalised events built directly (a trusted batch), to keep the test's own memory small.
    const none: never[] = [];
    const step = (id: string, input: string, output: string): TraceEvent => ({
      id,
      kind: 'transformation',
      type: 'TransformationEvent',
      eventTime: '2025-01-02T00:00:00Z',
      eventTimeZoneOffset: '+00:00',
      bizLocation: 'urn:epc:id:sgln:9520000.00002.0',
      epcList: none,
      quantityList: none,
      childEpcs: none,
      childQuantityList: none,
      inputEpcList: none,
      inputQuantityList: [{ epcClass: input, quantity: '1', uom: 'KGM' }],
      outputEpcList: none,
      outputQuantityList: [{ epcClass: output, quantity: '1', uom: 'KGM' }],
      bizTransactionList: none,
      sourceList: none,
      destinationList: none,
      labels: {},
      extensions: {},
    });
    const origin = parseEpcisDocument({
      '@context': 'https://ref.gs1.org/standards/epcis/epcis-context.jsonld',
      type: 'EPCISDocument',
      schemaVersion: '2.0',
      creationDate: '2025-01-01T00:00:00Z',
      epcisBody: { eventList: [commission('c', 0, 1, kg(lot('L0'), 1))] },
    })._unsafeUnwrap().events;
    const events: TraceEvent[] = [...origin];
    for (let i = 1; i <= n; i += 1) events.push(step(`urn:test:t${i}`, lot(`L${i - 1}`), lot(`L${i}`)));
    const chain = analyseTrace(
      { events: createEventBatch(events, []), masterData: master(places) },
      { asOf },
    )._unsafeUnwrap();
    expect(chain.stats.steps).toBe(n);
    expect(chain.exposures.map((e) => [e.lot, e.unknown.numerator])).toEqual([[lot(`L${n}`), '0']]);
    // Close the chain into a cycle: L0 is also made from L(n).
    events.push(step('urn:test:close', lot(`L${n}`), lot('L0')));
    const cycle = analyseTrace(
      { events: createEventBatch(events, []), masterData: master(places) },
      { asOf },
    )._unsafeUnwrap();
    expect(cycle.findings.find((f) => f.code === 'trace.graph.cycle')?.metrics.lots).toBe(n + 1);
    expect(cycle.exposures).toEqual([]); // every lot of the chain is now used by another: none is finished
  }, 300_000);
});

describe('units', () => {
  it('converts tonnes, pounds and grams exactly and flags what it cannot convert', () => {
    // 1 TNE (1000 kg) + 2204.62262 LBR + 500 000 GRM (500 kg). By hand:
    // 2204.62262 × 0.45359237 = 2204.62262 × 0.45 + 2204.62262 × 0.00359237
    //   = 992.080179 + (6.61386786 + 1.10231131 + 0.2036409914) = 999.9999991614 kg,
    // so inputs = 2499.9999991614 kg; an output of 2449.99 kg (yield 1, tolerance 0) is within it.
    const ok = [
      transform(
        't',
        1,
        2,
        [kg(lot('T'), 1, 'TNE'), kg(lot('P'), 2204.62262, 'LBR'), kg(lot('G'), 500000, 'GRM')],
        [kg(lot('Y'), 2449.99)],
        { 'unforced:processType': 'Blending' },
      ),
    ];
    expect(
      codes(run(ok, master(places), { tolerance: '0' })).filter((c) => c.includes('mass-balance')),
    ).toEqual([]);
    // 2500 kg of output is more than 2499.9999991614: exceeded by 0.0000008386 kg (exact arithmetic sees it).
    const tight = [{ ...ok[0], outputQuantityList: [kg(lot('Y'), 2500)] }];
    const finding = run(tight, master(places), { tolerance: '0' }).findings.find(
      (f) => f.code === 'trace.mass-balance.exceeded',
    );
    // 0.0000008386 kg to 6 decimals (half up): 0.000001; the input total 2499.9999991614 to 6 decimals:
    // 2499.999999 (the seventh decimal is 1, so it rounds down).
    expect(finding?.metrics.unexplainedKg).toBe('0.000001');
    expect(finding?.metrics.inputKg).toBe('2499.999999');
    const mismatch = [
      transform('m', 1, 2, [kg(lot('A'), 10), kg(lot('B'), 3, 'MTR')], [kg(lot('C'), 5)]),
      transform('q', 1, 2, [{ epcClass: lot('E') }], [kg(lot('F'), 1)]),
    ];
    expect(codes(run(mismatch)).filter((c) => c.includes('unit') || c.includes('quantity'))).toEqual([
      'trace.quantity.missing urn:test:q',
      'trace.unit.mismatch urn:test:m',
    ]);
  });
});

describe('references, duplicates and listed entities', () => {
  it('reports locations and parties missing from the master data', () => {
    const events = [commission('c', 1, 9, kg(lot('A'), 1)), ship('s', 2, 1, kg(lot('A'), 1), 8)];
    expect(codes(run(events)).filter((c) => c.includes('dangling'))).toEqual([
      `trace.reference.dangling ${'urn:epc:id:sgln:9520000.00009.0'}`,
      `trace.reference.dangling ${party(8)}`,
    ]);
  });

  it('drops an exact resend of an event and reports one id used by two different events', () => {
    const a = commission('same', 1, 1, kg(lot('A'), 1));
    const b = commission('same', 2, 1, kg(lot('B'), 1));
    const analysis = run([a, a, b]);
    expect(analysis.stats.duplicateEvents).toBe(1);
    expect(codes(analysis)).toContain('trace.event.duplicate-id urn:test:same');
    // Among 3,000 distinct events, 2 resends and a third version of one id are found wherever they are.
    const many = Array.from({ length: 3000 }, (_, i) => commission(`e${i}`, 1, 1, kg(lot(`M${i}`), 1)));
    const mixed = [many[2999], ...many, many[0], commission('e1500', 2, 1, kg(lot('other'), 1)), many[1500]];
    const big = run(mixed);
    expect(big.stats.duplicateEvents).toBe(3); // e2999, e0 and one of the two e1500 copies
    expect(big.stats.events).toBe(3001);
    expect(
      big.findings
        .filter((f) => f.code === 'trace.event.duplicate-id')
        .map((f) => [f.subject.id, f.metrics.versions]),
    ).toEqual([['urn:test:e1500', 2]]);
  });

  it('does not report a custody gap when the goods arrive where they were sent', () => {
    const events = [
      commission('c', 1, 1, kg(lot('A'), 100)),
      ship('s', 2, 1, kg(lot('A'), 100), 2, 2),
      receive('r', 3, 2, kg(lot('A'), 100)),
      transform('t', 4, 2, [kg(lot('A'), 100)], [kg(lot('B'), 90)]),
      ship('s2', 5, 2, kg(lot('B'), 90), 3), // sent to party 3 …
      receive('r2', 6, 3, kg(lot('B'), 90)), // … which receives it at its own facility
    ];
    expect(codes(run(events)).filter((c) => c.includes('custody'))).toEqual([]);
  });

  it('matches listed entities by exact name by default', () => {
    const data = master(places) as { parties: Array<{ name: string }> };
    const first = data.parties[0];
    if (first !== undefined) first.name = 'Xinjiang Production and Construction Corps';
    const events = [
      commission('c', 1, 1, kg(lot('A'), 10)),
      transform('t', 2, 2, [kg(lot('A'), 10)], [kg(lot('B'), 9)]),
    ];
    const analysis = run(events, data);
    expect(codes(analysis)).toContain(`trace.entity.listed ${party(1)}`);
    expect(analysis.exposures[0]?.listed).toMatchObject({ numerator: '1', denominator: '1' });
  });

  it('refuses unknown finished lots and bad options, and reports a failing matcher', () => {
    expect(analyseTrace({ events: [] }, { asOf, finishedLots: ['urn:none'] })._unsafeUnwrapErr().code).toBe(
      'UNKNOWN_REFERENCE',
    );
    expect(analyseTrace({ events: [] }, { asOf: '2025-13-01' })._unsafeUnwrapErr().code).toBe('INVALID_DATE');
    const throwing = analyseTrace(
      { events: [], masterData: master(places) },
      {
        asOf,
        isListedEntity: () => {
          throw new Error('screening service down');
        },
      },
    );
    expect(throwing._unsafeUnwrapErr().code).toBe('INTERNAL');
  });
});
