import { bundledReferenceData, createReferenceData } from '@unforced/reference-data';
import { describe, expect, it } from 'vitest';
import { AS_OF, GLOVE_MAKER, UK_LOGISTICS, XINJIANG_GIN } from '../__fixtures__/suppliers.js';
import type { Assessment } from '../assessment/assessment-schema.js';
import { assessSupplier } from '../assessment/create-risk-model.js';
import { compareAssessments } from './compare-assessments.js';
import { comparePortfolios } from './compare-portfolios.js';

const assess = (
  input: Parameters<typeof assessSupplier>[0],
  options: Partial<Parameters<typeof assessSupplier>[1]> = {},
) => assessSupplier(input, { asOf: AS_OF, ...options })._unsafeUnwrap();
const kinds = (before: Assessment, after: Assessment) =>
  compareAssessments(before, after)
    ._unsafeUnwrap()
    .changes.map((c) => [c.kind, c.factor]);
const sumOfDeltas = (before: Assessment, after: Assessment) =>
  compareAssessments(before, after)
    ._unsafeUnwrap()
    .changes.reduce((total, c) => total + c.deltaTenths, 0);

describe('compareAssessments', () => {
  const withoutFees = assess({ ...GLOVE_MAKER, findings: [] });
  const withFees = assess(GLOVE_MAKER);

  it('explains a new finding, and the deltas add up to the change in score', () => {
    // Without the fee findings: 38.5 + 8.25 = 46.75 × 0.765 = 35.76375 → 358 tenths (medium);
    // with them 530 (see hand-worked.test.ts): +172.
    const c = compareAssessments(withoutFees, withFees)._unsafeUnwrap();
    expect([c.scoreTenthsBefore, c.scoreTenthsAfter, c.deltaTenths, c.tierBefore, c.tierAfter]).toEqual([
      358,
      530,
      172,
      'medium',
      'high',
    ]);
    expect(kinds(withoutFees, withFees)).toEqual([
      ['new-evidence', 'evidence:finding:recruitment.fee.borne-by-worker'],
      ['rescaled', 'mitigation:fee-repayment'],
      ['rescaled', 'mitigation:independent-audit'],
    ]);
    expect(sumOfDeltas(withoutFees, withFees)).toBe(172);
  });

  it('explains evidence that aged and a mitigation that expired half a year later', () => {
    const later = assess(GLOVE_MAKER, { asOf: '2027-05-21' });
    const changed = kinds(withFees, later);
    expect(changed).toContainEqual(['evidence-aged', 'evidence:finding:recruitment.fee.borne-by-worker']);
    expect(changed).toContainEqual(['mitigation-expired', 'mitigation:independent-audit']);
    expect(sumOfDeltas(withFees, later)).toBe(later.scoreTenths - withFees.scoreTenths);
  });

  it('explains a mitigation added', () => {
    const after = assess({
      ...UK_LOGISTICS,
      mitigations: [{ id: 'M-G', supplierId: 'SUP-GB-003', kind: 'grievance-channel', since: '2026-10-01' }],
    });
    // 8.8 × 0.9 = 7.92 → 79 tenths: −9.
    expect(kinds(assess(UK_LOGISTICS), after)).toEqual([
      ['mitigation-added', 'mitigation:grievance-channel'],
    ]);
    expect(after.scoreTenths).toBe(79);
  });

  it('explains a data edition that changed', () => {
    const bundled = bundledReferenceData().datasets.tipTiers;
    if (bundled === undefined) throw new Error('bundled TIP tiers missing');
    const tipTiers = {
      meta: { ...bundled.meta, edition: '2026 Trafficking in Persons Report (test)' },
      records: bundled.records.map((r) =>
        r.country === 'MY' ? { ...r, tier: 'tier-2-watch-list' as const } : r,
      ),
    };
    const referenceData = createReferenceData({ datasets: { tipTiers } })._unsafeUnwrap();
    const after = assess(GLOVE_MAKER, { referenceData });
    const c = compareAssessments(withFees, after)._unsafeUnwrap();
    expect(c.changes[0]).toMatchObject({ kind: 'data-edition-changed', factor: null });
    expect(c.changes[0]?.explanation).toContain(
      'us-state-tip-report-tiers: 2025 Trafficking in Persons Report → 2026',
    );
    expect(c.changes[1]).toMatchObject({
      kind: 'data-edition-changed',
      factor: 'inherent:country-tip-tier',
      tenthsBefore: 90,
      tenthsAfter: 130,
    });
    // Tier 2 → Watch List: 9 → 13 points: (69.25 + 4) × 0.765 = 56.03625 → 560 tenths.
    expect(after.scoreTenths).toBe(560);
    expect(sumOfDeltas(withFees, after)).toBe(30);
  });

  it('refuses to compare two different suppliers', () => {
    expect(compareAssessments(withFees, assess(UK_LOGISTICS))._unsafeUnwrapErr().code).toBe(
      'UNKNOWN_REFERENCE',
    );
  });
});

describe('comparePortfolios', () => {
  it('lists added, removed and changed suppliers and the tier moves', () => {
    const before = [assess({ ...GLOVE_MAKER, findings: [] }), assess(UK_LOGISTICS)];
    const after = [assess(XINJIANG_GIN), assess(GLOVE_MAKER)];
    const c = comparePortfolios(before, after);
    expect(c.added).toEqual(['SUP-CN-007']);
    expect(c.removed).toEqual(['SUP-GB-003']);
    expect(c.compared.map((x) => [x.supplierId, x.deltaTenths])).toEqual([['SUP-MY-001', 172]]);
    expect(c.tierMoves).toEqual([{ from: 'medium', to: 'high', suppliers: 1 }]);
    expect([c.worsened, c.improved, c.unchanged]).toEqual([1, 0, 0]);
  });
});
