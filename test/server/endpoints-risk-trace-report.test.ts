import { portfolioReportFromAssessments, renderReport, supplierReportFromAssessment } from '@unforced/report';
import { assessPortfolio, assessSupplier } from '@unforced/risk';
import { analyseTrace, syntheticCottonChain } from '@unforced/trace';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { jsonHeaders, startTestServer, type TestServer } from './helpers.js';

let t: TestServer;
beforeAll(async () => {
  t = await startTestServer();
});
afterAll(() => t.server.close());

const post = (path: string, body: unknown) =>
  fetch(`${t.url}${path}`, { method: 'POST', headers: jsonHeaders(), body: JSON.stringify(body) });
const viaJson = (value: unknown) => JSON.parse(JSON.stringify(value));

const midlands = {
  supplier: { id: 'SUP-3', name: 'Midlands Freight Ltd', country: 'GB', sector: 'logistics' },
};
const gloves = {
  supplier: {
    id: 'SUP-1',
    name: 'Perak Nitrile Gloves Sdn Bhd',
    country: 'MY',
    sector: 'rubber gloves',
    goods: ['Rubber Gloves'],
  },
};

describe('POST /v1/trace/verify', () => {
  const chain = syntheticCottonChain();
  const events = (chain.epcisDocument as { epcisBody: { eventList: unknown[] } }).epcisBody.eventList;

  it('answers what analyseTrace answers in-process', async () => {
    const res = await post('/v1/trace/verify', { asOf: chain.asOf, events, masterData: chain.masterData });
    expect(res.status).toBe(200);
    const direct = analyseTrace({ events, masterData: chain.masterData }, { asOf: chain.asOf });
    expect(await res.json()).toEqual(viaJson(direct._unsafeUnwrap()));
  });

  it('finds the three defects planted in the synthetic cotton chain', async () => {
    const res = await post('/v1/trace/verify', { asOf: chain.asOf, events, masterData: chain.masterData });
    const { findings } = (await res.json()) as { findings: Array<{ code: string; subject: { id: string } }> };
    expect(chain.planted).toHaveLength(3);
    for (const planted of chain.planted)
      expect(findings, planted.what).toContainEqual(
        expect.objectContaining({
          code: planted.code,
          subject: expect.objectContaining({ id: planted.subject }),
        }),
      );
  });
});

describe('POST /v1/risk/assess and /v1/risk/portfolio', () => {
  it('answers what assessSupplier answers in-process', async () => {
    const res = await post('/v1/risk/assess', { asOf: '2026-11-22', ...midlands });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual(
      viaJson(assessSupplier(midlands, { asOf: '2026-11-22' })._unsafeUnwrap()),
    );
  });

  it('answers what assessPortfolio answers, with the bad supplier reported by position', async () => {
    const suppliers = [midlands, gloves, { supplier: { id: 'SUP-9' } }];
    const res = await post('/v1/risk/portfolio', { asOf: '2026-11-22', suppliers });
    expect(res.status).toBe(200);
    const json = (await res.json()) as { errors: Array<{ index: number; supplierId: string }> };
    expect(json).toEqual(
      viaJson(assessPortfolio(suppliers as never[], { asOf: '2026-11-22' })._unsafeUnwrap()),
    );
    expect(json.errors.map((e) => [e.index, e.supplierId])).toEqual([[2, 'SUP-9']]);
  });

  it('refuses an invalid policy with INVALID_POLICY, as the SDK does', async () => {
    const res = await post('/v1/risk/assess', { asOf: '2026-11-22', ...midlands, policy: { id: 'mine' } });
    expect(res.status).toBe(422);
    expect(await res.json()).toMatchObject({ code: 'INVALID_POLICY' });
  });
});

describe('POST /v1/reports', () => {
  const assessment = assessSupplier(gloves, { asOf: '2026-11-22' })._unsafeUnwrap();
  const portfolio = assessPortfolio([midlands, gloves], { asOf: '2026-11-22' })._unsafeUnwrap();

  it('renders a supplier report as the same PDF bytes as renderReport, with the report data embedded', async () => {
    const res = await post('/v1/reports', { kind: 'supplier', format: 'pdf', assessment });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    expect(res.headers.get('content-disposition')).toBe('attachment; filename="report.pdf"');
    const bytes = new Uint8Array(await res.arrayBuffer());
    const report = supplierReportFromAssessment(assessment)._unsafeUnwrap();
    const direct = (await renderReport(report, 'pdf'))._unsafeUnwrap()[0];
    expect(Buffer.from(bytes).subarray(0, 5).toString()).toBe('%PDF-');
    expect(Buffer.compare(Buffer.from(bytes), Buffer.from(direct?.bytes ?? []))).toBe(0);
  });

  it('renders a portfolio report as JSON and Markdown equal to renderReport', async () => {
    const report = portfolioReportFromAssessments(portfolio.assessments)._unsafeUnwrap();
    for (const format of ['json', 'markdown'] as const) {
      const res = await post('/v1/reports', {
        kind: 'portfolio',
        format,
        assessments: portfolio.assessments,
      });
      expect(res.status).toBe(200);
      const direct = (await renderReport(report, format))._unsafeUnwrap()[0];
      expect(res.headers.get('content-type')).toBe(direct?.mediaType);
      expect(await res.text()).toBe(Buffer.from(direct?.bytes ?? []).toString('utf8'));
    }
  });

  it('refuses an assessment that is not one, with its paths', async () => {
    const res = await post('/v1/reports', {
      kind: 'supplier',
      format: 'pdf',
      assessment: { ...assessment, score: 'high' },
    });
    expect(res.status).toBe(422);
    expect(await res.json()).toMatchObject({
      issues: [{ code: 'INVALID_TYPE', pointer: '/assessment/score' }],
    });
  });
});
