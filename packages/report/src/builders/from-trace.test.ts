import { analyseTrace, buildTracingSummary, parseEpcisDocument, syntheticCottonChain } from '@unforced/trace';
import { describe, expect, it } from 'vitest';
import { renderJson } from '../render/render-json.js';
import { renderPdf } from '../render/render-pdf.js';
import { traceReportFromSummary } from './from-trace.js';

const chain = syntheticCottonChain();
const batch = parseEpcisDocument(chain.epcisDocument)._unsafeUnwrap();
const analysis = analyseTrace(
  { events: batch, masterData: chain.masterData },
  { asOf: '2026-11-22' },
)._unsafeUnwrap();
const summary = buildTracingSummary(analysis)._unsafeUnwrap();

describe('traceReportFromSummary', () => {
  const report = traceReportFromSummary(summary, { product: { hsCode: '6205.20' } })._unsafeUnwrap();

  it('carries the parties by tier, with the Xinjiang gin flagged and unknown origins as parties', () => {
    const gin = report.parties.find((p) => p.subdivision === 'CN-XJ');
    expect(gin).toMatchObject({ tier: 4, highRisk: true });
    expect(report.parties.filter((p) => p.role === 'unknown origin')).toHaveLength(2);
    const ids = new Set(report.parties.map((p) => p.id));
    for (const flow of report.flows) expect(ids.has(flow.from) && ids.has(flow.to)).toBe(true);
  });

  it('keeps document kinds and dates but never their numbers', () => {
    expect(report.documents.map((d) => d.kind)).toContain('bill-of-lading');
    expect(report.documents.every((d) => d.number === undefined && /^D-\d+$/.test(d.id))).toBe(true);
    const json = renderJson(report)._unsafeUnwrap();
    expect(json).not.toContain('BOL-URC-0193');
    expect(json).not.toContain('PO-DN-2024-0305');
  });

  it('shows the exposure of the finished shirts: 8.53% high-risk, 35.2% unknown', () => {
    expect(report.exposure.highRiskOrigin).toBeCloseTo(136 / 1595, 6);
    expect(report.exposure.unknownOrigin).toBeCloseTo(2807 / 7975, 6);
    expect(report.product).toMatchObject({ description: "Men's cotton poplin shirt", hsCode: '6205.20' });
    expect(report.missingEvidence.map((m) => m.severity)).toContain('high');
    expect(report.findings.map((f) => f.code)).toContain('trace.exposure.high-risk');
  });

  it('renders as a PDF', async () => {
    expect((await renderPdf(report)).isOk()).toBe(true);
  });
});
