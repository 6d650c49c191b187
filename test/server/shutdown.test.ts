import { once } from 'node:events';
import { connect } from 'node:net';
import { describe, expect, it } from 'vitest';
import { jsonHeaders, rawRequest, startTestServer } from './helpers.js';

const refused = (port: number) =>
  new Promise<boolean>((resolve) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.destroy();
      resolve(false);
    });
    socket.once('error', () => resolve(true));
  });

describe('graceful shutdown', () => {
  it('finishes a request in flight, refuses new connections, then resolves close()', async () => {
    const t = await startTestServer();
    const body = JSON.stringify({ asOf: '2026-11-22', workers: [] });
    const half = Math.floor(body.length / 2);
    // The request's first half arrives, the server is closed, then the second half arrives 300 ms later.
    const inFlight = rawRequest(`${t.url}/v1/recruitment/check`, {
      headers: { ...jsonHeaders(), 'content-length': String(body.length) },
      chunks: [body.slice(0, half), body.slice(half)],
      pauseMs: 300,
    });
    await once(t.server.httpServer, 'request');
    let closed = false;
    const closing = t.server.close().then(() => {
      closed = true;
    });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(await refused(t.server.port)).toBe(true);
    expect(closed).toBe(false);

    const res = await inFlight;
    expect(res.status).toBe(200);
    expect(res.headers.connection).toBe('close');
    expect(JSON.parse(res.body)).toMatchObject({ asOf: '2026-11-22', workers: [], errors: [] });
    await closing;
    expect(closed).toBe(true);
    const events = t.logs.map((line) => JSON.parse(line).event);
    expect(events.indexOf('server.closing')).toBeLessThan(events.indexOf('request'));
    expect(events.at(-1)).toBe('server.closed');
  });

  it('cuts connections still busy after the grace period', async () => {
    const t = await startTestServer({ shutdownGraceMs: 100, timeoutMs: 60_000 });
    const stalled = rawRequest(`${t.url}/v1/recruitment/check`, {
      headers: { ...jsonHeaders(), 'content-length': '1000' },
      chunks: ['{"asOf":', '"2026-11-22"}'],
      pauseMs: 5_000,
    }).catch((error: Error) => error);
    await once(t.server.httpServer, 'request');
    const started = performance.now();
    await t.server.close();
    expect(performance.now() - started).toBeLessThan(2_000);
    expect(await stalled).toBeInstanceOf(Error);
  });

  it('fails to start on a port in use with LISTEN_FAILED', async () => {
    const t = await startTestServer();
    try {
      const { startServer, hashApiKey } = await import('@unforced/server');
      const second = await startServer({
        port: t.server.port,
        apiKeys: [{ id: 'a', sha256: hashApiKey('a') }],
        log: () => {},
      });
      expect(second._unsafeUnwrapErr()).toMatchObject({ code: 'LISTEN_FAILED', path: ['port'] });
    } finally {
      await t.server.close();
    }
  });
});
