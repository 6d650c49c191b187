import { describe, expect, it } from 'vitest';
import {
  AS_OF,
  GLOVE_MAKER,
  finding as makeFinding,
  UK_LOGISTICS,
  XINJIANG_GIN,
} from '../__fixtures__/suppliers.js';
import { aggregatePortfolio } from './aggregate-portfolio.js';
import { assessPortfolio } from './assess-portfolio.js';
import { groupEvidence } from './group-evidence.js';
import { rankPortfolio } from './rank-portfolio.js';

const fxRates = [
  { base: 'USD', quote: 'MYR', rate: '4.00', date: '2026-11-20' },
  { base: 'GBP', quote: 'USD', rate: '1.25', date: '2026-11-20' },
];
const portfolio = assessPortfolio(
  [
    GLOVE_MAKER,
    { supplier: { id: 'SUP-BAD', name: 'Bad Sector Ltd', country: 'GB', sector: 'zeppelin repair' } },
    XINJIANG_GIN,
    { supplier: { id: 'SUP-DUP', name: 'One', country: 'GB' } },
    UK_LOGISTICS,
    { supplier: { id: 'SUP-DUP', name: 'Two', country: 'GB' } },
  ],
  { asOf: AS_OF },
)._unsafeUnwrap();

describe('assessPortfolio', () => {
  it('assesses the good suppliers, sorted by id, and reports each bad one with its position and id', () => {
    expect(portfolio.assessments.map((a) => a.supplierId)).toEqual([
      'SUP-CN-007',
      'SUP-GB-003',
      'SUP-MY-001',
    ]);
    expect(portfolio.errors.map((e) => [e.index, e.supplierId, e.issues.map((i) => i.code)])).toEqual([
      [1, 'SUP-BAD', ['UNKNOWN_SECTOR']],
      [3, 'SUP-DUP', ['DUPLICATE_ID']],
      [5, 'SUP-DUP', ['DUPLICATE_ID']],
    ]);
  });

  it('does not depend on input order', () => {
    const reversed = assessPortfolio([UK_LOGISTICS, XINJIANG_GIN, GLOVE_MAKER], {
      asOf: AS_OF,
    })._unsafeUnwrap();
    expect(JSON.stringify(reversed.assessments)).toBe(JSON.stringify(portfolio.assessments));
  });
});

describe('rankPortfolio', () => {
  it('by risk: critical gin (60.0), high glove maker (53.0), low UK firm (8.8)', () => {
    expect(
      rankPortfolio(portfolio.assessments, { by: 'risk' }).entries.map((e) => [
        e.rank,
        e.supplierId,
        e.scoreTenths,
      ]),
    ).toEqual([
      [1, 'SUP-CN-007', 600],
      [2, 'SUP-MY-001', 530],
      [3, 'SUP-GB-003', 88],
    ]);
  });

  it('by spend in USD, weighted by risk, with the caller’s FX rates', () => {
    // Glove maker: MYR 1,250,000.00 / 4.00 = USD 312,500.00 = 31,250,000 cents × 53.0% = 16,562,500.
    // Gin: USD 80,000.00 = 8,000,000 cents × 60.0% = 4,800,000.
    // UK firm: GBP 400,000.00 × 1.25 = USD 500,000.00 = 50,000,000 cents × 8.8% = 4,400,000.
    const ranking = rankPortfolio(portfolio.assessments, { by: 'spend', currency: 'USD', fxRates });
    expect(ranking.currency).toBe('USD');
    expect(ranking.entries.map((e) => [e.supplierId, e.exposure, e.riskWeightedExposure])).toEqual([
      ['SUP-MY-001', 31_250_000, 16_562_500],
      ['SUP-CN-007', 8_000_000, 4_800_000],
      ['SUP-GB-003', 50_000_000, 4_400_000],
    ]);
    expect(ranking.excluded).toEqual([]);
  });

  it('leaves out suppliers without the exposure or a rate, saying why', () => {
    const noRates = rankPortfolio(portfolio.assessments, { by: 'spend', currency: 'USD' });
    expect(noRates.entries.map((e) => e.supplierId)).toEqual(['SUP-CN-007']);
    expect(noRates.excluded.map((x) => [x.supplierId, x.issues[0]?.code])).toEqual([
      ['SUP-GB-003', 'FX_RATE_MISSING'],
      ['SUP-MY-001', 'FX_RATE_MISSING'],
    ]);
    // Workers: 2,400 × 53.0% = 1,272; 140 × 8.8% = 12.32; the gin's workforce is unknown.
    const workers = rankPortfolio(portfolio.assessments, { by: 'workers' });
    expect(workers.entries.map((e) => [e.supplierId, e.riskWeightedExposure])).toEqual([
      ['SUP-MY-001', 1272],
      ['SUP-GB-003', 12.32],
    ]);
    expect(workers.excluded.map((x) => x.supplierId)).toEqual(['SUP-CN-007']);
  });
});

describe('rankPortfolio by volume', () => {
  it('ranks suppliers in the chosen unit and leaves out the others', () => {
    const volumes = assessPortfolio(
      [
        { ...UK_LOGISTICS, volume: { quantity: 1000, unit: 't' } },
        { ...GLOVE_MAKER, volume: { quantity: 50, unit: 't' } },
        { ...XINJIANG_GIN, volume: { quantity: 9000, unit: 'bales' } },
      ],
      { asOf: AS_OF },
    )._unsafeUnwrap().assessments;
    // UK firm: 1,000 t × 8.8% = 88; glove maker: 50 t × 53.0% = 26.5; the gin reports bales.
    const ranking = rankPortfolio(volumes, { by: 'volume', volumeUnit: 't' });
    expect(ranking.entries.map((e) => [e.supplierId, e.riskWeightedExposure])).toEqual([
      ['SUP-GB-003', 88],
      ['SUP-MY-001', 26.5],
    ]);
    expect(ranking.excluded.map((x) => x.supplierId)).toEqual(['SUP-CN-007']);
  });
});

describe('aggregatePortfolio', () => {
  it('counts by country, sector and indicator', () => {
    const agg = aggregatePortfolio(portfolio.assessments);
    expect(agg.byCountry.map((r) => [r.key, r.suppliers, r.maxScoreTenths])).toEqual([
      ['CN', 1, 600],
      ['GB', 1, 88],
      ['MY', 1, 530],
    ]);
    expect(agg.bySector.map((r) => r.key)).toEqual(['agriculture', 'logistics-transport', 'manufacturing']);
    expect(
      agg.byIndicator.map((r) => [r.indicator, r.suppliers, r.observed, r.inferredOnly, r.open]),
    ).toEqual([
      ['debt-bondage', 1, 1, 0, 1],
      ['excessive-overtime', 1, 1, 0, 0],
    ]);
    const all = aggregatePortfolio([...portfolio.assessments].reverse());
    expect(all).toEqual(agg);
    // Mean of 600, 88 and 530 tenths = 1218 / 3 = 406 tenths; byTier one each of low, high, critical.
    const total = aggregatePortfolio(portfolio.assessments.map((a) => ({ ...a, country: 'XX' })))
      .byCountry[0];
    expect(total).toMatchObject({
      meanScoreTenths: 406,
      byTier: { low: 1, medium: 0, high: 1, critical: 1 },
      unknown: 2,
    });
  });
});

describe('groupEvidence', () => {
  it('attributes findings by subject or wrapper and reports what it cannot attribute', () => {
    const worker = makeFinding({ subject: { kind: 'worker', id: 'W-9' } });
    const { entries, errors } = groupEvidence({
      suppliers: [GLOVE_MAKER.supplier, UK_LOGISTICS.supplier, { id: 'X' }],
      findings: [
        { supplierId: 'SUP-MY-001', finding: worker },
        worker,
        makeFinding({
          subject: { kind: 'supplier', id: 'SUP-GB-003' },
          code: 'screening.no-match',
          severity: 'low',
        }),
        makeFinding({ subject: { kind: 'supplier', id: 'SUP-NONE' } }),
      ],
      auditFindings: GLOVE_MAKER.auditFindings ?? [],
      checks: [{ supplierId: 'SUP-GB-003', area: 'screening', runOn: AS_OF }],
    });
    expect(
      entries.map((e) => [e.supplier.id, e.findings.length, e.auditFindings.length, e.checks.length]),
    ).toEqual([
      ['SUP-GB-003', 1, 0, 1],
      ['SUP-MY-001', 1, 2, 0],
    ]);
    expect(
      errors.map((e) => [e.list, e.index, e.issues.map((i) => `${i.code} ${i.path.join('.')}`)]),
    ).toEqual([
      ['findings', 1, ['UNKNOWN_REFERENCE subject.id']],
      ['findings', 3, ['UNKNOWN_REFERENCE subject.id']],
      ['suppliers', 2, ['REQUIRED name', 'REQUIRED country']],
    ]);
  });
});
