import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  auditArb,
  findingArb,
  grievanceArb,
  mitigationArb,
  supplierEvidenceArb,
} from '../__fixtures__/arbitraries.js';
import { AS_OF } from '../__fixtures__/suppliers.js';
import { SupplierEvidence, type SupplierEvidenceInput } from '../input/supplier-evidence.js';
import type { Assessment } from './assessment-schema.js';
import { createRiskModel } from './create-risk-model.js';

const model = createRiskModel()._unsafeUnwrap();
const assess = (input: SupplierEvidenceInput): Assessment => model.assess(input, AS_OF)._unsafeUnwrap();
const settings = { seed: 20261122, numRuns: 300 } as const;

describe('invariants of the risk model (fast-check, fixed seed)', () => {
  it('scores stay in 0–100 and the contributions add up exactly to the score', () => {
    fc.assert(
      fc.property(supplierEvidenceArb, (input) => {
        const a = assess(input);
        expect(a.scoreTenths).toBeGreaterThanOrEqual(0);
        expect(a.scoreTenths).toBeLessThanOrEqual(1000);
        expect(Number.isInteger(a.scoreTenths)).toBe(true);
        expect(a.score).toBe(a.scoreTenths / 10);
        let sum = 0;
        for (const c of a.contributions) {
          expect(Number.isInteger(c.tenths)).toBe(true);
          sum += c.tenths;
        }
        expect(sum).toBe(a.scoreTenths);
        expect(a.inherentScore).toBeLessThanOrEqual(50);
      }),
      settings,
    );
  });

  it('an added adverse finding, audit finding or grievance never lowers the score', () => {
    fc.assert(
      fc.property(
        supplierEvidenceArb,
        findingArb,
        auditArb.map((a) => ({ ...a, id: `NEW-${a.id}` })),
        grievanceArb.map((g) => ({ ...g, id: `NEW-${g.id}` })),
        (input, f, audit, grievance) => {
          const before = assess(input).scoreTenths;
          expect(
            assess({ ...input, findings: [...(input.findings ?? []), f] }).scoreTenths,
          ).toBeGreaterThanOrEqual(before);
          expect(
            assess({ ...input, auditFindings: [...(input.auditFindings ?? []), audit] }).scoreTenths,
          ).toBeGreaterThanOrEqual(before);
          expect(
            assess({ ...input, grievances: [...(input.grievances ?? []), grievance] }).scoreTenths,
          ).toBeGreaterThanOrEqual(before);
        },
      ),
      settings,
    );
  });

  it('an added mitigation never raises the score, and never takes an open critical finding below critical', () => {
    fc.assert(
      fc.property(
        supplierEvidenceArb,
        mitigationArb.map((m) => ({ ...m, id: `NEW-${m.id}` })),
        (input, m) => {
          const before = assess(input);
          const after = assess({ ...input, mitigations: [...(input.mitigations ?? []), m] });
          expect(after.scoreTenths).toBeLessThanOrEqual(before.scoreTenths);
          if (before.floor !== null) expect(after.tier).toBe('critical');
        },
      ),
      settings,
    );
  });

  it('results do not depend on the order of the input', () => {
    fc.assert(
      fc.property(supplierEvidenceArb, fc.integer({ min: 1, max: 1_000_000 }), (input, seed) => {
        const shuffle = <T>(list: readonly T[] | undefined): T[] => {
          const out = [...(list ?? [])];
          let s = seed;
          for (let i = out.length - 1; i > 0; i--) {
            s = (s * 1_103_515_245 + 12_345) % 2_147_483_648;
            const j = s % (i + 1);
            [out[i], out[j]] = [out[j] as T, out[i] as T];
          }
          return out;
        };
        const shuffled = {
          ...input,
          findings: shuffle(input.findings),
          auditFindings: shuffle(input.auditFindings),
          grievances: shuffle(input.grievances),
          mitigations: shuffle(input.mitigations),
        };
        expect(JSON.stringify(assess(shuffled))).toBe(JSON.stringify(assess(input)));
      }),
      settings,
    );
  });

  it('the same input and asOf give byte-identical output, from a fresh model too', () => {
    const fresh = createRiskModel()._unsafeUnwrap();
    fc.assert(
      fc.property(supplierEvidenceArb, (input) => {
        const json = JSON.stringify(assess(input));
        expect(JSON.stringify(assess(input))).toBe(json);
        expect(JSON.stringify(fresh.assess(input, AS_OF)._unsafeUnwrap())).toBe(json);
      }),
      settings,
    );
  });

  it('assessParsed on parsed evidence gives exactly what assess gives', () => {
    fc.assert(
      fc.property(supplierEvidenceArb, (input) => {
        const parsed = SupplierEvidence.parse(input);
        expect(JSON.stringify(model.assessParsed(parsed, AS_OF)._unsafeUnwrap())).toBe(
          JSON.stringify(assess(input)),
        );
      }),
      settings,
    );
  });
});
