import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ERP_KEY,
  jsonHeaders,
  rawRequest,
  SCREENING_KEY,
  startTestServer,
  type TestServer,
} from './helpers.js';

// Small limits so that each can be crossed cheaply: 64 KiB bodies, 10 items, depth 8.
const LIMITS = { maxBodyBytes: 65_536, maxBatchItems: 10, maxJsonDepth: 8, rateLimit: false as const };
const CHECK = '/v1/recruitment/check';

let t: TestServer;
beforeAll(async () => {
  t = await startTestServer(LIMITS);
});
afterAll(() => t.server.close());

interface Problem {
  type: string;
  title: string;
  status: number;
  code: string;
  detail: string;
  issues: Array<{ code: string; path: Array<string | number>; pointer: string; message: string }>;
}

async function send(path: string, init: RequestInit): Promise<{ res: Response; problem: Problem }> {
  const res = await fetch(`${t.url}${path}`, init);
  const text = await res.text();
  return { res, problem: JSON.parse(text) as Problem };
}

/** Checks the status, the media type and the RFC 9457 members, and that nothing internal leaks. */
function expectProblem(res: Response, problem: Problem, status: number, code: string) {
  expect(res.status).toBe(status);
  expect(res.headers.get('content-type')).toBe('application/problem+json');
  expect(res.headers.get('x-request-id')).toMatch(/^test-\d+$/);
  expect(problem).toMatchObject({ type: `urn:unforced:error:${code}`, status, code });
  expect(typeof problem.title).toBe('string');
  expect(JSON.stringify(problem)).not.toMatch(/\bat .*\.(ts|js):\d+|node_modules|Error:/);
}

const body = (value: unknown) => ({ method: 'POST', headers: jsonHeaders(), body: JSON.stringify(value) });

describe('a battery of bad requests, each answered with its status and a problem document', () => {
  it('no key: 401, a Bearer challenge, and nothing else', async () => {
    const { res, problem } = await send(CHECK, { method: 'POST', body: '{}' });
    expectProblem(res, problem, 401, 'UNAUTHORIZED');
    expect(res.headers.get('www-authenticate')).toBe('Bearer');
    expect(problem.issues).toEqual([]);
  });

  it('a wrong key, another scheme or an unknown path without a key: the very same 401 body', async () => {
    const reference = await send(CHECK, { method: 'POST', body: '{}' });
    for (const [path, authorization] of [
      [CHECK, `Bearer ${ERP_KEY}x`],
      [CHECK, `Bearer ${ERP_KEY.slice(0, -1)}`],
      [CHECK, `Basic ${Buffer.from(`erp:${ERP_KEY}`).toString('base64')}`],
      ['/v1/does-not-exist', 'Bearer nope'],
      ['/openapi.json', ''],
      ['/admin', ''],
    ] as const) {
      const { res, problem } = await send(path, { method: 'POST', headers: { authorization }, body: '{}' });
      expectProblem(res, problem, 401, 'UNAUTHORIZED');
      expect(problem).toEqual(reference.problem);
    }
  });

  it('malformed JSON: 400 MALFORMED_JSON, and the body is not echoed', async () => {
    const { res, problem } = await send(CHECK, {
      method: 'POST',
      headers: jsonHeaders(),
      body: '{"asOf": "2026-11-22", "workers": [SECRET-W-1',
    });
    expectProblem(res, problem, 400, 'MALFORMED_JSON');
    expect(JSON.stringify(problem)).not.toContain('SECRET');
  });

  it('an empty body and invalid UTF-8 are malformed JSON too', async () => {
    const empty = await send(CHECK, { method: 'POST', headers: jsonHeaders(), body: '' });
    expectProblem(empty.res, empty.problem, 400, 'MALFORMED_JSON');
    const invalid = await send(CHECK, {
      method: 'POST',
      headers: jsonHeaders(),
      body: new Uint8Array([0x7b, 0x22, 0xff, 0x22, 0x3a, 0x31, 0x7d]),
    });
    expectProblem(invalid.res, invalid.problem, 400, 'MALFORMED_JSON');
  });

  it.each([
    ['text/plain', undefined],
    ['application/x-www-form-urlencoded', undefined],
    ['application/json; charset=latin1', undefined],
    ['application/json', 'gzip'],
  ])('content type %s (encoding %s): 415', async (contentType, encoding) => {
    const headers: Record<string, string> = {
      authorization: `Bearer ${ERP_KEY}`,
      'content-type': contentType,
    };
    if (encoding !== undefined) headers['content-encoding'] = encoding;
    const { res, problem } = await send(CHECK, { method: 'POST', headers, body: '{}' });
    expectProblem(res, problem, 415, 'UNSUPPORTED_MEDIA_TYPE');
  });

  it('no content type at all: 415', async () => {
    const res = await rawRequest(`${t.url}${CHECK}`, {
      headers: { authorization: `Bearer ${ERP_KEY}` },
      chunks: ['{}'],
    });
    expect(res.status).toBe(415);
    expect(JSON.parse(res.body)).toMatchObject({ code: 'UNSUPPORTED_MEDIA_TYPE' });
  });

  it('a body over the limit: 413, whether its length is declared or it arrives in chunks', async () => {
    const big = JSON.stringify({ asOf: '2026-11-22', workers: [], pad: 'x'.repeat(70_000) });
    const declared = await send(CHECK, { method: 'POST', headers: jsonHeaders(), body: big });
    expectProblem(declared.res, declared.problem, 413, 'BODY_TOO_LARGE');
    const chunked = await rawRequest(`${t.url}${CHECK}`, {
      headers: { ...jsonHeaders(), 'transfer-encoding': 'chunked' },
      chunks: Array.from({ length: 8 }, () => 'x'.repeat(10_000)),
    });
    expect(chunked.status).toBe(413);
    expect(JSON.parse(chunked.body)).toMatchObject({ code: 'BODY_TOO_LARGE' });
  });

  it('nesting deeper than the limit: 400 JSON_TOO_DEEP (checked on the text, before parsing)', async () => {
    const deep = `{"asOf":"2026-11-22","workers":[${'['.repeat(8)}${']'.repeat(8)}]}`;
    const { res, problem } = await send(CHECK, { method: 'POST', headers: jsonHeaders(), body: deep });
    expectProblem(res, problem, 400, 'JSON_TOO_DEEP');
    const notDeep = `{"asOf":"2026-11-22","workers":[${'['.repeat(6)}${']'.repeat(6)}]}`;
    expect(
      (await fetch(`${t.url}${CHECK}`, { method: 'POST', headers: jsonHeaders(), body: notDeep })).status,
    ).toBe(200);
  });

  it('wrong types: 422 with every invalid path', async () => {
    const { res, problem } = await send(CHECK, body({ asOf: 20261122, workers: 'all of them', fxRates: {} }));
    expectProblem(res, problem, 422, 'INVALID_TYPE');
    expect(problem.issues.map((i) => [i.code, i.pointer])).toEqual([
      ['INVALID_TYPE', '/asOf'],
      ['INVALID_TYPE', '/fxRates'],
      ['INVALID_TYPE', '/workers'],
    ]);
  });

  it('a missing field and an invalid date: 422 VALIDATION_FAILED listing both codes', async () => {
    const { res, problem } = await send('/v1/screening/screen', body({ asOf: '2026-02-30' }));
    expectProblem(res, problem, 422, 'VALIDATION_FAILED');
    expect(problem.issues.map((i) => [i.code, i.pointer])).toEqual([
      ['INVALID_DATE', '/asOf'],
      ['REQUIRED', '/entities'],
    ]);
  });

  it('a batch over the limit: 413 BATCH_TOO_LARGE naming the array, before any record is validated', async () => {
    const workers = Array.from({ length: 11 }, () => ({ not: 'even a worker' }));
    const { res, problem } = await send(CHECK, body({ asOf: '2026-11-22', workers }));
    expectProblem(res, problem, 413, 'BATCH_TOO_LARGE');
    expect(problem.issues).toEqual([
      {
        code: 'BATCH_TOO_LARGE',
        path: ['workers'],
        pointer: '/workers',
        message: '11 items; at most 10 are accepted in one request',
      },
    ]);
  });

  it('unknown fields: 422 UNKNOWN_FIELD at each', async () => {
    const { res, problem } = await send(
      CHECK,
      body({ asOf: '2026-11-22', workers: [], verbose: true, debug: 1 }),
    );
    expectProblem(res, problem, 422, 'UNKNOWN_FIELD');
    expect(problem.issues.map((i) => i.pointer)).toEqual(['/verbose', '/debug']);
  });

  it('a key not scoped to the endpoint: 403', async () => {
    const { res, problem } = await send(CHECK, {
      method: 'POST',
      headers: jsonHeaders(SCREENING_KEY),
      body: '{}',
    });
    expectProblem(res, problem, 403, 'FORBIDDEN');
  });

  it('a wrong method: 405 with Allow; an unknown path with a key: 404', async () => {
    const get = await send(CHECK, { headers: jsonHeaders() });
    expectProblem(get.res, get.problem, 405, 'METHOD_NOT_ALLOWED');
    expect(get.res.headers.get('allow')).toBe('POST');
    const missing = await send('/v1/recruitment/chek', body({}));
    expectProblem(missing.res, missing.problem, 404, 'NOT_FOUND');
  });

  it('is still healthy afterwards, and still answers a valid request', async () => {
    const health = await fetch(`${t.url}/healthz`);
    expect(health.status).toBe(200);
    expect(await health.json()).toEqual({ status: 'ok' });
    const ok = await fetch(`${t.url}${CHECK}`, body({ asOf: '2026-11-22', workers: [] }));
    expect(ok.status).toBe(200);
    expect(await ok.json()).toMatchObject({ asOf: '2026-11-22', findings: [], workers: [], errors: [] });
  });
});

describe('rate limits and timeouts', () => {
  it('answers 429 with Retry-After once a key has spent its burst, per key', async () => {
    let now = 0;
    const limited = await startTestServer({ rateLimit: { requests: 2, windowSeconds: 60 }, now: () => now });
    try {
      const get = (key: string) =>
        fetch(`${limited.url}/v1/reference-data?asOf=2026-11-22`, {
          headers: { authorization: `Bearer ${key}` },
        });
      expect((await get(ERP_KEY)).status).toBe(200);
      expect((await get(ERP_KEY)).status).toBe(200);
      const refused = await get(ERP_KEY);
      expect(refused.status).toBe(429);
      // 2 per 60 s: one token every 30 s.
      expect(refused.headers.get('retry-after')).toBe('30');
      expect(await refused.json()).toMatchObject({ code: 'RATE_LIMITED', status: 429 });
      expect((await get(SCREENING_KEY)).status).toBe(200);
      now = 30_000;
      expect((await get(ERP_KEY)).status).toBe(200);
      expect((await fetch(`${limited.url}/healthz`)).status).toBe(200);
    } finally {
      await limited.server.close();
    }
  });

  it('answers 503 REQUEST_TIMEOUT when a body stalls past the timeout', async () => {
    const slow = await startTestServer({ timeoutMs: 150 });
    try {
      const res = await rawRequest(`${slow.url}${CHECK}`, {
        headers: { ...jsonHeaders(), 'content-length': '40' },
        chunks: ['{"asOf":"2026-11-22",', '"workers":[]}      '],
        pauseMs: 600,
      });
      expect(res.status).toBe(503);
      expect(JSON.parse(res.body)).toMatchObject({ code: 'REQUEST_TIMEOUT', status: 503 });
      expect((await fetch(`${slow.url}/healthz`)).status).toBe(200);
    } finally {
      await slow.server.close();
    }
  });
});
