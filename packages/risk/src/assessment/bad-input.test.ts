import { createReferenceData, gsiMeta } from '@unforced/reference-data';
import { describe, expect, it } from 'vitest';
import { AS_OF, finding, GLOVE_MAKER, UK_LOGISTICS } from '../__fixtures__/suppliers.js';
import { SupplierEvidence } from '../input/supplier-evidence.js';
import { DEFAULT_RISK_POLICY } from '../policy/default-policy.js';
import { assessSupplier, createRiskModel } from './create-risk-model.js';

const model = createRiskModel()._unsafeUnwrap();
const issues = (input: Parameters<typeof model.assess>[0], asOf = AS_OF) =>
  model
    .assess(input, asOf)
    ._unsafeUnwrapErr()
    .issues.map((i) => [i.code, i.path.join('.')]);

describe('bad input gives coded errors with paths', () => {
  it('unknown countries, subdivisions and sectors', () => {
    expect(issues({ supplier: { id: 'S', name: 'N', country: 'ZZ' } })).toEqual([
      ['INVALID_COUNTRY_CODE', 'supplier.country'],
    ]);
    expect(issues({ supplier: { id: 'S', name: 'N', country: 'CN', subdivision: 'CN-QQ' } })).toEqual([
      ['INVALID_SUBDIVISION_CODE', 'supplier.subdivision'],
    ]);
    expect(issues({ supplier: { id: 'S', name: 'N', country: 'MY', subdivision: 'CN-XJ' } })).toEqual([
      ['INVALID_SUBDIVISION_CODE', 'supplier.subdivision'],
    ]);
    expect(issues({ supplier: { id: 'S', name: 'N', country: 'MY', sector: 'zeppelin repair' } })).toEqual([
      ['UNKNOWN_SECTOR', 'supplier.sector'],
    ]);
  });

  it('a policy may treat an unmatched sector as unknown instead (5 points, inferred)', () => {
    const lenient = createRiskModel({
      policy: {
        ...DEFAULT_RISK_POLICY,
        inherent: {
          ...DEFAULT_RISK_POLICY.inherent,
          sectors: { ...DEFAULT_RISK_POLICY.inherent.sectors, onUnmatched: 'unknown' },
        },
      },
    })._unsafeUnwrap();
    const a = lenient
      .assess({ supplier: { id: 'S', name: 'N', country: 'GB', sector: 'zeppelin repair' } }, AS_OF)
      ._unsafeUnwrap();
    // GB Tier 1 → 3; sector unknown → 5; workforce unknown → 5: 13.0.
    expect(a.scoreTenths).toBe(130);
    expect(a.sector).toBeNull();
  });

  it('evidence about another supplier, or dated after asOf', () => {
    const input = {
      ...GLOVE_MAKER,
      findings: [
        finding({ subject: { kind: 'supplier', id: 'SUP-OTHER' } }),
        finding({ asOf: '2026-12-01' }),
      ],
      grievances: [
        {
          id: 'G-1',
          supplierId: 'SUP-OTHER',
          receivedOn: '2026-10-01',
          channel: 'hotline',
          summary: 'x',
          status: 'open' as const,
        },
      ],
    };
    expect(issues(input)).toEqual([
      ['UNKNOWN_REFERENCE', 'findings.0.subject.id'],
      ['DATE_AFTER_AS_OF', 'findings.1.asOf'],
      ['UNKNOWN_REFERENCE', 'grievances.0.supplierId'],
    ]);
  });

  it('assessParsed still checks references and reference data', () => {
    const parsed = SupplierEvidence.parse({
      supplier: { id: 'S', name: 'N', country: 'MY', sector: 'zeppelin repair' },
    });
    expect(model.assessParsed(parsed, AS_OF)._unsafeUnwrapErr().code).toBe('UNKNOWN_SECTOR');
    expect(model.assessParsed(parsed, '2026-13-01')._unsafeUnwrapErr().code).toBe('INVALID_DATE');
  });

  it('schema errors, an invalid asOf and an invalid policy', () => {
    expect(
      issues({ supplier: { id: 'S', name: 'N', country: 'GB', workforce: { migrantShare: 1.5 } } }),
    ).toEqual([['OUT_OF_RANGE', 'supplier.workforce.migrantShare']]);
    expect(model.assess(UK_LOGISTICS, '2026-02-30')._unsafeUnwrapErr().code).toBe('INVALID_DATE');
    const bad = assessSupplier(UK_LOGISTICS, {
      asOf: AS_OF,
      policy: { ...DEFAULT_RISK_POLICY, inherent: { ...DEFAULT_RISK_POLICY.inherent, cap: 101 } },
    });
    expect(bad._unsafeUnwrapErr().code).toBe('INVALID_POLICY');
    expect(bad._unsafeUnwrapErr().path).toEqual(['inherent', 'cap']);
  });
});

describe('a supplier with no data at all', () => {
  it('gets a low-confidence assessment, not an exception', () => {
    // US is Tier 1 → 3; sector unknown → 5; workforce unknown → 5: 13.0, low; confidence 0 → unknown.
    const a = model
      .assess({ supplier: { id: 'S-0', name: 'Nobody Knows Inc', country: 'US' } }, AS_OF)
      ._unsafeUnwrap();
    expect(a.scoreTenths).toBe(130);
    expect(a.confidence).toEqual({ level: 'low', value: 0, components: [] });
    expect(a.status).toBe('unknown');
    expect(a.actions.map((x) => x.id)).toEqual(['supplier-questionnaire', 'reassess']);
  });
});

describe('the Global Slavery Index, only when the caller loaded it', () => {
  it('adds prevalence and vulnerability points and names the GSI edition', () => {
    const gsi = {
      meta: gsiMeta,
      records: [
        {
          country: 'GB',
          countryAsPublished: 'United Kingdom',
          region: 'Europe and Central Asia',
          population: 67_000_000,
          prevalencePerThousand: 1.8,
          estimatedNumber: 122_000,
          vulnerability: {
            governanceIssues: 10,
            lackOfBasicNeeds: 10,
            inequality: 20,
            disenfranchisedGroups: 30,
            effectsOfConflict: 5,
            total: 12,
          },
          governmentResponse: {
            survivorsSupported: 60,
            criminalJustice: 60,
            coordination: 70,
            riskFactors: 50,
            supplyChains: 50,
            total: 68,
          },
        },
      ],
    };
    const referenceData = createReferenceData({ datasets: { gsi } })._unsafeUnwrap();
    const a = assessSupplier(UK_LOGISTICS, { asOf: AS_OF, referenceData })._unsafeUnwrap();
    // GSI prevalence 1.8 × 1 = 1.8 (cap 8); vulnerability 12 × 0.05 = 0.6 (cap 5):
    // 8.8 + 1.8 + 0.6 = 11.2.
    expect(a.scoreTenths).toBe(112);
    expect(a.contributions.find((c) => c.factor === 'inherent:country-gsi-prevalence')?.tenths).toBe(18);
    expect(a.contributions.find((c) => c.factor === 'inherent:country-gsi-vulnerability')?.tenths).toBe(6);
    expect(a.provenance.dataEditions.map((e) => e.datasetId)).toContain('walkfree-gsi-2023');
    const without = assessSupplier(UK_LOGISTICS, { asOf: AS_OF })._unsafeUnwrap();
    expect(without.provenance.dataEditions.map((e) => e.datasetId)).not.toContain('walkfree-gsi-2023');
  });
});
