import { checkRecruitment } from '@unforced/recruitment';
import { dataEditions, datasetStatus } from '@unforced/reference-data';
import { createScreeningIndex, screeningFindings, uflpaScreeningList } from '@unforced/screening';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  exampleFxRates,
  exampleWorkers,
  jsonHeaders,
  SCREENING_KEY,
  startTestServer,
  type TestServer,
} from './helpers.js';

// biome-ignore lint/suspicious/noExplicitAny: a JSON response, whose shape the assertions check.
type Json = any;

let t: TestServer;
beforeAll(async () => {
  t = await startTestServer();
});
afterAll(() => t.server.close());

const post = async (path: string, body: unknown) => {
  const res = await fetch(`${t.url}${path}`, {
    method: 'POST',
    headers: jsonHeaders(),
    body: JSON.stringify(body),
  });
  return { status: res.status, type: res.headers.get('content-type'), json: (await res.json()) as Json };
};
/** What a value looks like once it has been through JSON (as an HTTP client receives it). */
const viaJson = (value: unknown) => JSON.parse(JSON.stringify(value));

describe('POST /v1/recruitment/check', () => {
  const request = { asOf: '2026-11-22', fxRates: exampleFxRates(), workers: exampleWorkers() };

  it('answers what checkRecruitment answers in-process', async () => {
    const { status, type, json } = await post('/v1/recruitment/check', request);
    expect(status).toBe(200);
    expect(type).toMatch(/^application\/json/);
    const direct = checkRecruitment(request.workers, {
      asOf: request.asOf,
      fxRates: request.fxRates as never,
    });
    expect(json).toEqual(viaJson(direct._unsafeUnwrap()));
  });

  it("works out the Nepali worker's fees as by hand: NPR 170,000 / 28.35 = MYR 5,996.47 = 3.53 months of MYR 1,700", async () => {
    const { json } = await post('/v1/recruitment/check', request);
    const nepali = json.workers.find((w: { workerId: string }) => w.workerId === 'W-0193');
    expect(nepali.feeBurden.charged).toEqual({ amountMinor: 599_647, currency: 'MYR' });
    expect(nepali.feeBurden.monthsOfWage).toBeCloseTo(3.5273, 4);
    expect(nepali.remediation.inWorkerCurrency).toEqual({ amountMinor: 17_000_000, currency: 'NPR' });
  });

  it('reports the broken fourth record in errors and still checks the others', async () => {
    const { json } = await post('/v1/recruitment/check', request);
    expect(json.workers).toHaveLength(3);
    expect(json.errors).toContainEqual(
      expect.objectContaining({
        row: 4,
        outcome: 'rejected',
        workerId: 'W-0412',
        issues: [
          expect.objectContaining({
            code: 'INVALID_MONEY_AMOUNT',
            path: ['contract', 'monthlyGrossBaseWage', 'amountMinor'],
          }),
          expect.objectContaining({ code: 'INVALID_DATE', path: ['contract', 'startDate'] }),
        ],
      }),
    );
  });

  it('gives the same body for the same request', async () => {
    const a = await post('/v1/recruitment/check', request);
    const b = await post('/v1/recruitment/check', request);
    expect(JSON.stringify(b.json)).toBe(JSON.stringify(a.json));
  });
});

describe('POST /v1/screening/screen', () => {
  const entities = [
    { id: 'S-1', name: 'Hotan Taida Apparel Co Ltd' },
    { id: 'S-2', name: 'Midlands Freight Ltd', country: 'GB' },
    { name: 'no id' },
  ];

  it('answers what screenBatch and screeningFindings answer in-process', async () => {
    const { status, json } = await post('/v1/screening/screen', { asOf: '2026-11-22', entities });
    expect(status).toBe(200);
    const index = createScreeningIndex([uflpaScreeningList()])._unsafeUnwrap();
    const expected = entities.map((entity, k) => {
      const result = index.screen(entity as never);
      const id = 'id' in entity ? entity.id : undefined;
      if (result.isErr()) {
        const { code, message, issues } = result.error;
        return { row: k + 1, id, error: { code, message, issues } };
      }
      const findings = screeningFindings(result.value, { asOf: '2026-11-22' })._unsafeUnwrap();
      return { row: k + 1, id, result: result.value, findings };
    });
    expect(json).toEqual(viaJson({ asOf: '2026-11-22', lists: index.lists, results: expected }));
  });

  it('matches Hotan (the Uyghur name) to the listed Hetian Taida Apparel, clears the British haulier, and refuses the entity without an id alone', async () => {
    const { json } = await post('/v1/screening/screen', { asOf: '2026-11-22', entities });
    expect(json.results[0].result.decision).toBe('match');
    expect(json.results[0].result.matches[0].entry.names).toContain('Hetian Taida Apparel Co., Ltd');
    expect(json.results[0].findings[0].code).toBe('screening.uflpa.listed-entity');
    expect(json.results[1].result.decision).toBe('no-match');
    expect(json.results[2]).toMatchObject({ row: 3, error: { code: 'REQUIRED' } });
  });
});

describe('GET /v1/reference-data', () => {
  it('answers datasetStatus and dataEditions for the asOf given', async () => {
    const res = await fetch(`${t.url}/v1/reference-data?asOf=2026-11-22`, { headers: jsonHeaders() });
    expect(res.status).toBe(200);
    const json = (await res.json()) as Json;
    expect(json).toEqual(
      viaJson({ asOf: '2026-11-22', datasets: datasetStatus('2026-11-22'), editions: dataEditions() }),
    );
    // The UFLPA snapshot of 2026-07-09 is 22 + 31 + 30 + 31 + 22 = 136 days old on 2026-11-22: past its 90 days.
    const uflpa = json.datasets.find((d: { id: string }) => d.id === 'us-dhs-uflpa-entity-list');
    expect(uflpa).toMatchObject({ ageDays: 136, stale: true });
  });

  it('requires asOf (the server never reads the clock for a result) and refuses other parameters', async () => {
    const missing = await fetch(`${t.url}/v1/reference-data`, { headers: jsonHeaders() });
    expect(missing.status).toBe(422);
    expect(await missing.json()).toMatchObject({ code: 'REQUIRED', issues: [{ pointer: '/asOf' }] });
    const extra = await fetch(`${t.url}/v1/reference-data?asOf=2026-11-22&today=1`, {
      headers: jsonHeaders(),
    });
    expect(await extra.json()).toMatchObject({ code: 'UNKNOWN_FIELD', issues: [{ pointer: '/today' }] });
  });
});

describe('GET /openapi.json', () => {
  it('is served to any valid key, whatever its scopes, and lists every endpoint', async () => {
    const res = await fetch(`${t.url}/openapi.json`, { headers: jsonHeaders(SCREENING_KEY) });
    expect(res.status).toBe(200);
    const document = (await res.json()) as Json;
    expect(document.openapi).toBe('3.1.0');
    expect(Object.keys(document.paths)).toEqual([
      '/healthz',
      '/openapi.json',
      '/v1/recruitment/check',
      '/v1/screening/screen',
      '/v1/trace/verify',
      '/v1/risk/assess',
      '/v1/risk/portfolio',
      '/v1/reports',
      '/v1/reference-data',
    ]);
  });
});
