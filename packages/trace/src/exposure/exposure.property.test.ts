import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyseTrace } from '../analysis/analyse-trace.js';
import type { TraceAnalysis } from '../analysis/trace-analysis.js';
import { syntheticCottonChain } from '../example/synthetic-cotton-chain.js';
import { traceBack } from '../graph/trace-back.js';
import { commission, kg, lot, master, transform } from '../testing/event-builders.js';

// Facility 1 is a gin in Xinjiang, 2 a gin in Texas, 3 a mill in Vietnam.
const places = { 1: 'CN-XJ', 2: 'US-TX', 3: 'VN-39' };
const asOf = '2025-06-01';
const SEED = 20261122;

interface Plan {
  readonly origins: ReadonlyArray<{ readonly xj: boolean; readonly kg: number }>;
  readonly steps: ReadonlyArray<{
    readonly inputs: ReadonlyArray<{ readonly pick: number; readonly kg: number }>;
    readonly untracedKg: number | null;
    readonly outKg: number;
  }>;
}

const plan: fc.Arbitrary<Plan> = fc.record({
  origins: fc.array(fc.record({ xj: fc.boolean(), kg: fc.integer({ min: 1, max: 5000 }) }), {
    minLength: 1,
    maxLength: 5,
  }),
  steps: fc.array(
    fc.record({
      inputs: fc.array(fc.record({ pick: fc.nat(), kg: fc.integer({ min: 1, max: 2000 }) }), {
        minLength: 1,
        maxLength: 4,
      }),
      untracedKg: fc.option(fc.integer({ min: 1, max: 1000 }), { freq: 4 }),
      outKg: fc.integer({ min: 1, max: 4000 }),
    }),
    { minLength: 1, maxLength: 6 },
  ),
});

/** Reorders events by the given keys (cycled), ties broken by reversed position. */
const shuffle = (events: unknown[], keys: readonly number[]) =>
  events
    .map((event, i) => ({ event, key: keys[i % keys.length] ?? 0, i }))
    .sort((x, y) => x.key - y.key || y.i - x.i)
    .map((x) => x.event);

/** Builds the EPCIS events of a plan: origins on day 0, step i on day i + 1, each using earlier lots. */
function eventsOf(p: Plan, extra?: { step: number; kg: number }): unknown[] {
  const events: unknown[] = [];
  const available: string[] = [];
  p.origins.forEach((o, i) => {
    events.push(commission(`o${i}`, 0, o.xj ? 1 : 2, kg(lot(`O${i}`), o.kg)));
    available.push(lot(`O${i}`));
  });
  p.steps.forEach((s, i) => {
    const inputs = new Map<string, number>();
    for (const input of s.inputs) {
      const id = available[input.pick % available.length] as string;
      inputs.set(id, (inputs.get(id) ?? 0) + input.kg);
    }
    if (s.untracedKg !== null) inputs.set(lot(`U${i}`), s.untracedKg);
    if (extra?.step === i) inputs.set(lot('EXTRA'), extra.kg);
    const output = lot(`S${i}`);
    events.push(
      transform(
        `s${i}`,
        i + 1,
        3,
        [...inputs].map(([id, mass]) => kg(id, mass)),
        [kg(output, s.outKg)],
        { 'unforced:processType': 'Blending' },
      ),
    );
    available.push(output);
  });
  return events;
}

const analyse = (events: unknown[]): TraceAnalysis =>
  analyseTrace({ events, masterData: master(places) }, { asOf })._unsafeUnwrap();

const frac = (s: { numerator: string; denominator: string }) =>
  [BigInt(s.numerator), BigInt(s.denominator)] as const;

/** Σ of fractions, exact, as [numerator, denominator] (not reduced). */
function sum(shares: ReadonlyArray<{ numerator: string; denominator: string }>): readonly [bigint, bigint] {
  return shares.reduce<readonly [bigint, bigint]>(
    ([n, d], s) => {
      const [a, b] = frac(s);
      return [n * b + a * d, d * b];
    },
    [0n, 1n],
  );
}

const equal = ([a, b]: readonly [bigint, bigint], [c, d]: readonly [bigint, bigint]) => a * d === c * b;

describe('exposure properties (fast-check, fixed seed)', () => {
  it('shares lie in [0, 1]; unknown + traced = 1; origins and unknown parts of a trace-back add up to 1 and agree with the exposure', () => {
    fc.assert(
      fc.property(plan, (p) => {
        const analysis = analyse(eventsOf(p));
        for (const exposure of analysis.exposures) {
          for (const share of [exposure.highRisk, exposure.listed, exposure.unknown, exposure.traced]) {
            const [n, d] = frac(share);
            expect(n >= 0n && n <= d).toBe(true);
            expect(share.value >= 0 && share.value <= 1).toBe(true);
          }
          expect(equal(sum([exposure.unknown, exposure.traced]), [1n, 1n])).toBe(true);
          const back = traceBack(analysis, exposure.lot)._unsafeUnwrap();
          const parts = [...back.origins.map((o) => o.share), ...back.unknown.map((u) => u.share)];
          expect(equal(sum(parts), [1n, 1n])).toBe(true);
          expect(equal(sum(back.unknown.map((u) => u.share)), frac(exposure.unknown))).toBe(true);
          // High risk is only ever at origins here, so it is exactly the Xinjiang origins' share.
          expect(
            equal(sum(back.origins.filter((o) => o.highRisk).map((o) => o.share)), frac(exposure.highRisk)),
          ).toBe(true);
        }
      }),
      { seed: SEED, numRuns: 150 },
    );
  });

  it('adding an untraced input never lowers any finished lot’s unknown share', () => {
    fc.assert(
      fc.property(plan, fc.nat(), fc.integer({ min: 1, max: 3000 }), (p, at, mass) => {
        const before = analyse(eventsOf(p));
        const after = analyse(eventsOf(p, { step: at % p.steps.length, kg: mass }));
        expect(after.finishedLots).toEqual(before.finishedLots);
        before.exposures.forEach((exposure, i) => {
          const [a, b] = frac(exposure.unknown);
          const [c, d] = frac(after.exposures[i]?.unknown ?? exposure.unknown);
          expect(c * b >= a * d).toBe(true);
        });
      }),
      { seed: SEED, numRuns: 150 },
    );
  });

  it('results do not depend on the order of the events', () => {
    const chain = syntheticCottonChain();
    const chainEvents = (chain.epcisDocument.epcisBody as { eventList: unknown[] }).eventList;
    const reference = JSON.stringify(
      analyseTrace({ events: chainEvents, masterData: chain.masterData }, { asOf })._unsafeUnwrap(),
    );
    fc.assert(
      fc.property(fc.array(fc.nat(), { minLength: 20, maxLength: 20 }), (keys) => {
        const shuffled = shuffle(chainEvents, keys);
        const analysis = analyseTrace(
          { events: shuffled, masterData: chain.masterData },
          { asOf },
        )._unsafeUnwrap();
        expect(JSON.stringify(analysis)).toBe(reference);
      }),
      { seed: SEED, numRuns: 50 },
    );
    fc.assert(
      fc.property(plan, fc.array(fc.nat(), { minLength: 30, maxLength: 30 }), (p, keys) => {
        const events = eventsOf(p);
        expect(JSON.stringify(analyse(shuffle(events, keys)))).toBe(JSON.stringify(analyse(events)));
      }),
      { seed: SEED, numRuns: 100 },
    );
  });
});
