import { createServer, request as httpRequest, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServerApp, type ServerApp } from '../app/create-server-app.js';
import { hashApiKey } from '../config/api-key.js';
import { listenerForApp } from './request-listener.js';

const KEY = 'listener-test-key';
const ORIGIN = 'https://erp.example';
const headers = { authorization: `Bearer ${KEY}`, 'content-type': 'application/json', origin: ORIGIN };

let app: ServerApp;
let base: string;
const server = createServer();

beforeAll(async () => {
  app = createServerApp({
    apiKeys: [{ id: 'erp', sha256: hashApiKey(KEY) }],
    corsOrigins: [ORIGIN],
    requestIdPrefix: 'listener',
    log: () => {},
  })._unsafeUnwrap();
  server.on('request', listenerForApp(app));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

function send(method: string, path: string, body?: string) {
  return new Promise<{ status: number; headers: IncomingHttpHeaders; body: Buffer }>((resolve, reject) => {
    const req = httpRequest(`${base}${path}`, { method, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () =>
        resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }),
      );
    });
    req.on('error', reject);
    req.end(body);
  });
}

/** The headers both paths set, without the request id (it counts requests) and Node's own. */
const comparable = (entries: Iterable<[string, string]>) =>
  Object.fromEntries(
    [...entries].filter(([name]) => !['x-request-id', 'date', 'connection', 'keep-alive'].includes(name)),
  );

describe('listenerForApp', () => {
  it.each([
    ['POST', '/v1/recruitment/check', JSON.stringify({ asOf: '2026-11-22', workers: [] })],
    ['GET', '/v1/reference-data?asOf=2026-11-22', undefined],
  ])(
    'writes %s %s with the same bytes and headers as the app answers in-process',
    async (method, path, body) => {
      const overHttp = await send(method, path, body);
      const inProcess = await app.request(path, { method, headers, ...(body === undefined ? {} : { body }) });
      const expected = Buffer.from(await inProcess.arrayBuffer());
      expect(overHttp.status).toBe(200);
      expect(overHttp.body.equals(expected)).toBe(true);
      expect(overHttp.headers['content-length']).toBe(String(expected.byteLength));
      expect(overHttp.headers['access-control-allow-origin']).toBe(ORIGIN);
      expect(overHttp.headers['x-request-id']).toMatch(/^listener-\d+$/);
      expect(comparable(Object.entries(overHttp.headers) as [string, string][])).toEqual({
        ...comparable(inProcess.headers),
        'content-length': String(expected.byteLength),
      });
    },
  );

  it('answers HEAD with the headers of GET and no body', async () => {
    const head = await send('HEAD', '/v1/reference-data?asOf=2026-11-22');
    expect(head.status).toBe(200);
    expect(head.headers['content-type']).toBe('application/json');
    expect(head.body.byteLength).toBe(0);
  });

  it('leaves problem documents to the adapter', async () => {
    const res = await send('POST', '/v1/recruitment/check', '{"asOf":"2026-02-30","workers":[]}');
    expect(res.status).toBe(422);
    expect(res.headers['content-type']).toBe('application/problem+json');
    expect(JSON.parse(res.body.toString('utf8'))).toMatchObject({ code: 'INVALID_DATE', status: 422 });
  });
});
