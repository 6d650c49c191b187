import { assessSupplier } from '@unforced/risk';
import { describe, expect, it } from 'vitest';
import { renderMarkdown } from '../render/render-markdown.js';
import { sampleFinding } from '../testing/sample-reports.js';
import { portfolioReportFromAssessments, supplierReportFromAssessment } from './from-risk.js';

const AS_OF = '2026-11-22';
const fee = sampleFinding(0, {
  severity: 'high',
  subject: { kind: 'supplier', id: 'SUP-1' },
  provenance: { methodology: { id: 'unforced/recruitment', version: '0.1.0' }, dataEditions: [] },
});
const glove = assessSupplier(
  {
    supplier: { id: 'SUP-1', name: 'Klang Gloves Sdn. Bhd.', country: 'MY', sector: 'rubber gloves' },
    findings: [fee],
  },
  { asOf: AS_OF },
)._unsafeUnwrap();
const freight = assessSupplier(
  { supplier: { id: 'SUP-2', name: 'Midlands Freight Ltd', country: 'GB', sector: 'logistics' } },
  { asOf: AS_OF },
)._unsafeUnwrap();

describe('supplierReportFromAssessment', () => {
  it('carries the assessment over: supplier, score, tier as severity, confidence, factors adding up to the score', () => {
    const report = supplierReportFromAssessment(glove, {
      findings: [fee],
      preparedBy: 'Sourcing',
    })._unsafeUnwrap();
    expect(report.supplier).toMatchObject({ id: 'SUP-1', name: 'Klang Gloves Sdn. Bhd.', country: 'MY' });
    expect(report.score).toEqual({ value: glove.score, min: 0, max: 100 });
    expect(report.tier).toEqual({ label: glove.tier, severity: glove.tier });
    expect(report.confidence).toBe(glove.confidence.value);
    const sum = report.factors.reduce((s, f) => s + f.contribution, 0);
    expect(Math.round(sum * 10)).toBe(glove.scoreTenths);
    expect(report.meta.asOf).toBe(AS_OF);
    expect(report.meta.preparedBy).toBe('Sourcing');
    expect(report.meta.methodologies.map((m) => m.id)).toContain(glove.provenance.methodology.id);
    expect(report.findings).toHaveLength(1);
    expect(report.indicators.find((i) => i.indicator === 'debt-bondage')?.status).toBe('present');
  });

  it('shows the previous assessment and renders', () => {
    const report = supplierReportFromAssessment(glove, { previous: freight })._unsafeUnwrap();
    expect(report.previous?.score.value).toBe(freight.score);
    expect(renderMarkdown(report)._unsafeUnwrap()).toContain('Klang Gloves Sdn. Bhd.');
  });
});

describe('portfolioReportFromAssessments', () => {
  it('ranks by score, highest first, and matches previous assessments by supplier id', () => {
    const report = portfolioReportFromAssessments([freight, glove], { previous: [glove] })._unsafeUnwrap();
    // Worked out from the inputs, not from the ranking code: the Malaysian glove maker (a TVPRA-listed good,
    // with an open high-severity debt-bondage finding) is riskier than a British freight firm with no
    // findings, so it ranks first although it is passed second.
    expect(glove.score).toBeGreaterThan(freight.score);
    expect(report.suppliers.map((s) => s.supplierId)).toEqual(['SUP-1', 'SUP-2']);
    expect(report.suppliers.map((s) => s.rank)).toEqual([1, 2]);
    expect(report.suppliers.find((s) => s.supplierId === 'SUP-1')?.previous?.asOf).toBe(AS_OF);
    expect(report.suppliers.find((s) => s.supplierId === 'SUP-2')?.previous).toBeUndefined();
    expect(report.suppliers.find((s) => s.supplierId === 'SUP-1')?.findingCounts.high).toBe(1);
    expect(report.actions.every((a) => a.supplierId !== undefined)).toBe(true);
  });

  it('needs asOf for an empty portfolio, and then builds one', () => {
    expect(portfolioReportFromAssessments([]).isErr()).toBe(true);
    expect(portfolioReportFromAssessments([], { asOf: AS_OF })._unsafeUnwrap().suppliers).toEqual([]);
  });
});
