import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createRequestListener, createServerApp, hashApiKey } from '@unforced/server';
import { describe, expect, it } from 'vitest';
import { ERP_KEY, jsonHeaders, startTestServer } from './helpers.js';

const apiKeys = [{ id: 'erp', sha256: hashApiKey(ERP_KEY) }];

describe('embedding', () => {
  it('serves as a request listener of an existing Node server', async () => {
    const listener = createRequestListener({ apiKeys, log: () => {} })._unsafeUnwrap();
    const server = createServer(listener);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const { port } = server.address() as AddressInfo;
      const res = await fetch(`http://127.0.0.1:${port}/v1/reference-data?asOf=2026-11-22`, {
        headers: jsonHeaders(),
      });
      expect(res.status).toBe(200);
      expect(((await res.json()) as { asOf: string }).asOf).toBe('2026-11-22');
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });

  it("answers Hono's app.request without a socket, and refuses an invalid configuration with every issue", async () => {
    const app = createServerApp({ apiKeys, log: () => {} })._unsafeUnwrap();
    expect(await (await app.request('/healthz')).json()).toEqual({ status: 'ok' });
    const bad = createServerApp({ apiKeys: [], maxBodyBytes: -1 })._unsafeUnwrapErr();
    expect(bad.issues.map((issue) => issue.path)).toEqual([['maxBodyBytes'], ['apiKeys']]);
  });

  it('lets requests through without a key only when told to (behind a gateway)', async () => {
    const open = createServerApp({ allowUnauthenticated: true, log: () => {} })._unsafeUnwrap();
    expect((await open.request('/v1/reference-data?asOf=2026-11-22')).status).toBe(200);
  });
});

describe('CORS', () => {
  it('is off by default: no Access-Control headers, and a preflight is just an unauthenticated request', async () => {
    const t = await startTestServer();
    try {
      const res = await fetch(`${t.url}/v1/recruitment/check`, {
        method: 'OPTIONS',
        headers: { origin: 'https://erp.example', 'access-control-request-method': 'POST' },
      });
      expect(res.status).toBe(401);
      expect(res.headers.get('access-control-allow-origin')).toBeNull();
    } finally {
      await t.server.close();
    }
  });

  it('answers preflights for the configured origins only', async () => {
    const t = await startTestServer({ corsOrigins: ['https://erp.example'] });
    try {
      const preflight = (origin: string) =>
        fetch(`${t.url}/v1/recruitment/check`, {
          method: 'OPTIONS',
          headers: {
            origin,
            'access-control-request-method': 'POST',
            'access-control-request-headers': 'authorization,content-type',
          },
        });
      const allowed = await preflight('https://erp.example');
      expect(allowed.status).toBe(204);
      expect(allowed.headers.get('access-control-allow-origin')).toBe('https://erp.example');
      expect(allowed.headers.get('access-control-allow-headers')?.toLowerCase()).toContain('authorization');
      const other = await preflight('https://evil.example');
      expect(other.headers.get('access-control-allow-origin')).toBeNull();
      const get = await fetch(`${t.url}/v1/reference-data?asOf=2026-11-22`, {
        headers: { ...jsonHeaders(), origin: 'https://erp.example' },
      });
      expect(get.headers.get('access-control-allow-origin')).toBe('https://erp.example');
      expect(get.headers.get('access-control-expose-headers')).toContain('X-Request-Id');
    } finally {
      await t.server.close();
    }
  });
});

describe('an unexpected failure inside the server', () => {
  it('is a 500 INTERNAL problem that says nothing internal, logged with stack frames but not the message', async () => {
    const logs: string[] = [];
    const broken = {
      datasetStatus: () => {
        throw new TypeError('cannot read W-0193\n    at /srv/unforced/secret.ts');
      },
      dataEditions: () => [],
    };
    const app = createServerApp({
      apiKeys,
      log: (line) => logs.push(line),
      requestIdPrefix: 'e',
      referenceData: broken as never,
    })._unsafeUnwrap();
    const res = await app.request('/v1/reference-data?asOf=2026-11-22', { headers: jsonHeaders() });
    expect(res.status).toBe(500);
    const body = await res.text();
    expect(JSON.parse(body)).toMatchObject({ code: 'INTERNAL', status: 500, issues: [] });
    expect(body).not.toMatch(/W-0193|secret|srv|TypeError/);
    const error = logs.map((line) => JSON.parse(line)).find((entry) => entry.event === 'error');
    expect(error).toMatchObject({
      level: 'error',
      requestId: 'e-1',
      route: '/v1/reference-data',
      errorName: 'TypeError',
    });
    expect(error.frames.length).toBeGreaterThan(0);
    expect(logs.join('\n')).not.toMatch(/W-0193|secret\.ts/);
  });
});
