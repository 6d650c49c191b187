import { describe, expect, it } from 'vitest';
import { AS_OF, finding, GLOVE_MAKER, UK_LOGISTICS, XINJIANG_GIN } from '../__fixtures__/suppliers.js';
import { Assessment } from './assessment-schema.js';
import { assessSupplier } from './create-risk-model.js';

// Every number below is worked out by hand from the default policy as documented in
// docs/methodology.md ("The default policy" and "The arithmetic"), never copied from the code's output.
// asOf is 2026-11-22 throughout.

const assess = (input: Parameters<typeof assessSupplier>[0]) =>
  assessSupplier(input, { asOf: AS_OF })._unsafeUnwrap();
const tenthsOf = (a: Assessment) => Object.fromEntries(a.contributions.map((c) => [c.factor, c.tenths]));

describe('an audited Malaysian glove maker with fee findings', () => {
  // Inherent (cap 50, not reached):
  //   MY is TIP Tier 2                                  →  9
  //   "rubber gloves" matches sector manufacturing      →  5
  //   Rubber Gloves (MY) on the DOL list, forced labour → 12
  //   migrants 70% × 10                                 →  7
  //   agency 25% × 6                                    →  1.5
  //   employer-provided housing                         →  4
  //   I = 9 + 5 + 12 + 7 + 1.5 + 4                      = 38.5 → inherent tier medium (20 ≤ 38.5 < 40)
  // Evidence (cap 60, not reached); decay 0.5^(age/365):
  //   audit A1, major → high 15 pts, open, age 365 d → weight 0.5 (≥ open minimum 0.5) → 7.5
  //   audit A7, minor → medium 6 pts, closed, age 365 d → 0.5 × closed 0.25 = 0.125   → 0.75
  //   recruitment.fee.borne-by-worker ×3, high, observed, age 0 → 15 each;
  //     group = 15 + 0.25 × (15 + 15) = 22.5 (≤ 3 × 15)                               → 22.5
  //   E = 7.5 + 0.75 + 22.5 = 30.75
  // Before mitigation: 38.5 + 30.75 = 69.25 (≤ 100).
  // Mitigations: independent audit since 2025-11-22 (365 d ≤ 365, active) 0.10; fee repayment 0.15.
  //   keep = 0.9 × 0.85 = 0.765 (≥ 1 − 0.35); total = 69.25 × 0.765 = 52.97625 → 530 tenths.
  //   reduction 69.25 − 52.97625 = 16.27375, shared by effect: audit 0.4 → 6.5095, fees 0.6 → 9.76425.
  // Tenths (floor each × 10, then largest remainders): 90, 50, 120, 70, 15, 40 | 75, 7 (.5), 225 |
  //   −66 (.905), −98 (.3575) → 528; two tenths to the largest remainders: audit mitigation −65, A7 8.
  // Score 53.0 → high (40 ≤ 53 < 60). No open critical evidence, no floor.
  // Confidence: audit 0.4 × 0.5 = 0.2; recruitment check (age 0) 0.15; workforce 0.1; sector 0.05
  //   = 0.5 → medium (0.4 ≤ 0.5 < 0.7) → status assessed.
  const a = assess(GLOVE_MAKER);

  it('scores 53.0, high, with contributions worked out by hand', () => {
    expect(a.scoreTenths).toBe(530);
    expect(a.score).toBe(53);
    expect(a.tier).toBe('high');
    expect(a.inherentScore).toBe(38.5);
    expect(a.inherentTier).toBe('medium');
    expect(tenthsOf(a)).toEqual({
      'inherent:country-tip-tier': 90,
      'inherent:sector': 50,
      'inherent:goods-dol-list': 120,
      'inherent:workforce-migrant': 70,
      'inherent:workforce-agency': 15,
      'inherent:workforce-housing': 40,
      'evidence:audit:RBA VAP 8.0.2/A1': 75,
      'evidence:audit:RBA VAP 8.0.2/A7': 8,
      'evidence:finding:recruitment.fee.borne-by-worker': 225,
      'mitigation:independent-audit': -65,
      'mitigation:fee-repayment': -98,
    });
    expect(a.floor).toBeNull();
  });

  it('has medium confidence and names debt bondage (observed, open) and overtime (closed)', () => {
    expect(a.confidence.value).toBe(0.5);
    expect(a.confidence.level).toBe('medium');
    expect(a.status).toBe('assessed');
    expect(a.indicators.map((i) => [i.indicator, i.basis, i.severity, i.open])).toEqual([
      ['debt-bondage', 'observed', 'high', true],
      ['excessive-overtime', 'observed', 'medium', false],
    ]);
  });

  it('recommends fee repayment within 90 days and a grievance channel before monitoring, with no exit', () => {
    // 2026-11-22 + 90 d = 2027-02-20; + 180 d (high tier re-assessment) = 2027-05-21.
    expect(a.actions.map((x) => [x.id, x.step, x.dueDate, x.phase])).toEqual([
      ['open-grievance-channel', 'complaints', '2027-02-20', 1],
      ['repay-recruitment-fees', 'remediate', '2027-02-20', 1],
      ['reassess', 'monitor', '2027-05-21', 2],
    ]);
    expect(a.actions.some((x) => x.lastResort)).toBe(false);
  });

  it('stays critical when a UFLPA Entity List match is added, whatever the mitigations', () => {
    // A screening finding, critical, inferred, confidence 0.95 (≥ floor minimum 0.8):
    //   30 × 0.5 (inferred) × 0.95 = 14.25 more evidence → 69.25 + 14.25 = 83.5 × 0.765 = 63.8775
    //   → 639 tenths ≥ 600 already; with every mitigation (keep floored at 0.65): 83.5 × 0.65 = 54.275 →
    //   543 tenths, lifted by the floor to 600 (+57). Either way: critical.
    const listed = {
      ...GLOVE_MAKER,
      findings: [
        ...(GLOVE_MAKER.findings ?? []),
        finding({
          code: 'screening.uflpa-entity-list.match',
          severity: 'critical',
          indicators: [],
          subject: { kind: 'supplier', id: 'SUP-MY-001' },
          message: 'Name matches a UFLPA Entity List entry',
          standards: [{ standard: 'UFLPA', clause: 'Sec. 2(d)(2)(B)' }],
          basis: 'inferred',
          confidence: 0.95,
        }),
      ],
    };
    expect(assess(listed).scoreTenths).toBe(639);
    const allMitigations = assess({
      ...listed,
      mitigations: [
        ...(GLOVE_MAKER.mitigations ?? []),
        { id: 'MIT-REC', supplierId: 'SUP-MY-001', kind: 'certified-recruiter', since: '2026-01-01' },
        { id: 'MIT-GRV', supplierId: 'SUP-MY-001', kind: 'grievance-channel', since: '2026-01-01' },
      ],
    });
    expect(allMitigations.tier).toBe('critical');
    expect(allMitigations.scoreTenths).toBe(600);
    expect(tenthsOf(allMitigations)['floor:critical']).toBe(57);
    expect(allMitigations.actions.at(-1)).toMatchObject({
      id: 'responsible-exit-review',
      lastResort: true,
      step: 'bring-to-end',
      phase: 3,
    });
  });
});

describe('an unvisited Xinjiang-region cotton gin', () => {
  // Inherent, before the cap:
  //   CN is TIP Tier 3                              → 18
  //   CN-XJ (UFLPA presumption)                     → 30, floor: critical
  //   "cotton ginning" matches agriculture          →  8
  //   Cotton (CN) on the DOL list, forced labour    → 12
  //   UFLPA high-priority sector (cotton), in China →  8
  //   workforce profile unknown                     →  5
  //   sum 81 > cap 50 → each factor × 50/81:
  //   11.111, 18.519, 4.938, 7.407, 4.938, 3.086 → tenths floored 111, 185, 49, 74, 49, 30 = 498;
  //   target 500: +1 to the largest remainders, .86 (workforce) and .38 (sector, ahead of the equal
  //   UFLPA remainder by factor order) → 111, 185, 50, 74, 49, 31.
  // No evidence, no mitigation: 50.0 → the floor lifts it to the critical threshold 60 (+10.0).
  // Confidence: only "sector or goods known" 0.05 → low → status unknown ("unknown, inherent risk high":
  //   inherent 50 is high, 40 ≤ 50 < 60).
  const a = assess(XINJIANG_GIN);

  it('is critical by the UFLPA presumption, with inherent risk high and confidence low', () => {
    expect(a.scoreTenths).toBe(600);
    expect(a.tier).toBe('critical');
    expect(a.inherentScore).toBe(50);
    expect(a.inherentTier).toBe('high');
    expect(a.status).toBe('unknown');
    expect(a.confidence).toMatchObject({ level: 'low', value: 0.05 });
    expect(a.headline).toMatch(/^Unknown: little evidence .*inherent risk high/);
    expect(tenthsOf(a)).toEqual({
      'inherent:country-tip-tier': 111,
      'inherent:subdivision': 185,
      'inherent:sector': 50,
      'inherent:goods-dol-list': 74,
      'inherent:goods-uflpa-priority-sector': 49,
      'inherent:workforce-unknown': 31,
      'floor:critical': 100,
    });
    expect(a.contributions.every((c) => c.basis === 'inferred')).toBe(true);
    expect(a.indicators).toEqual([]);
  });

  it('recommends tracing to origin first and a responsible exit only last, named as such', () => {
    // 2026-11-22 + 30 = 2026-12-22; + 60 = 2027-01-21; + 90 (critical re-assessment) = 2027-02-20;
    // + 180 = 2027-05-21.
    expect(a.actions.map((x) => [x.id, x.step, x.dueDate])).toEqual([
      ['trace-to-origin', 'identify', '2026-12-22'],
      ['supplier-questionnaire', 'identify', '2027-01-21'],
      ['reassess', 'monitor', '2027-02-20'],
      ['responsible-exit-review', 'bring-to-end', '2027-05-21'],
    ]);
    expect(a.actions.at(-1)?.title).toMatch(/^Responsible exit \(last resort\)/);
  });
});

describe('a UK logistics firm with no findings', () => {
  // GB is TIP Tier 1 → 3; "logistics" → logistics-transport 4; agency 30% × 6 = 1.8; nothing else.
  //   I = 8.8 → 88 tenths (30, 40, 18); no evidence, no mitigation; score 8.8 → low.
  // Confidence: screening check on asOf 0.15 + workforce 0.1 + sector 0.05 = 0.3 → low → unknown:
  //   nobody has looked, so it is "unknown, inherent risk low", not "low risk".
  const a = assess(UK_LOGISTICS);

  it('is low on inherent risk but unknown, not "low risk"', () => {
    expect(a.scoreTenths).toBe(88);
    expect(a.tier).toBe('low');
    expect(tenthsOf(a)).toEqual({
      'inherent:country-tip-tier': 30,
      'inherent:sector': 40,
      'inherent:workforce-agency': 18,
    });
    expect(a.status).toBe('unknown');
    expect(a.confidence).toMatchObject({ level: 'low', value: 0.3 });
    expect(a.headline).toBe('Unknown: little evidence (confidence 0.3); inherent risk low');
  });

  it('asks for information within 60 days and a re-assessment within 730', () => {
    // 2026-11-22 + 60 = 2027-01-21; + 730 = 2028-11-21 (2028 is a leap year).
    expect(a.actions.map((x) => [x.id, x.dueDate])).toEqual([
      ['supplier-questionnaire', '2027-01-21'],
      ['reassess', '2028-11-21'],
    ]);
  });
});

describe('the three assessments as data', () => {
  it('are plain JSON that the exported schema accepts, naming methodology, policy and editions', () => {
    for (const input of [GLOVE_MAKER, XINJIANG_GIN, UK_LOGISTICS]) {
      const a = assess(input);
      expect(Assessment.parse(JSON.parse(JSON.stringify(a)))).toEqual(a);
      expect(a.provenance.methodology).toEqual({ id: 'unforced/risk', version: '0.1.0' });
      expect(a.provenance.policy).toEqual({ id: 'unforced/default-risk-policy', version: '2026.1' });
      expect(a.provenance.dataEditions.map((e) => e.datasetId)).toEqual(
        expect.arrayContaining([
          'us-state-tip-report-tiers',
          'us-dol-tvpra-list-of-goods',
          'uflpa-high-priority-sectors',
        ]),
      );
    }
  });
});
