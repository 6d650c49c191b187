import { hashApiKey } from '@unforced/server';
import { describe, expect, it } from 'vitest';
import {
  ERP_KEY,
  exampleFxRates,
  exampleWorkers,
  jsonHeaders,
  SCREENING_KEY,
  startTestServer,
} from './helpers.js';

describe('structured logs', () => {
  it('one JSON line per request with its id, and never worker data, bodies, query values or keys', async () => {
    const t = await startTestServer();
    const workers = exampleWorkers();
    const post = (path: string, body: string, headers = jsonHeaders()) =>
      fetch(`${t.url}${path}`, { method: 'POST', headers, body });
    await post(
      '/v1/recruitment/check',
      JSON.stringify({ asOf: '2026-11-22', fxRates: exampleFxRates(), workers }),
    );
    await post('/v1/recruitment/check', JSON.stringify({ asOf: '2026-02-30', workers: 'W-0193' }));
    await post('/v1/recruitment/check', '{"workers":[{"id":"W-0193"');
    await post(
      '/v1/screening/screen',
      JSON.stringify({ asOf: '2026-11-22', entities: [{ id: 'S-1', name: 'Hotan Taida Apparel Co Ltd' }] }),
      jsonHeaders(SCREENING_KEY),
    );
    await post('/v1/recruitment/check', '{}', jsonHeaders(`${ERP_KEY}-wrong`));
    await fetch(`${t.url}/v1/reference-data?asOf=2026-11-22`, {
      headers: { ...jsonHeaders(), 'x-request-id': 'caller-id-42' },
    });
    await t.server.close();

    const entries = t.logs.map((line) => JSON.parse(line));
    const requests = entries.filter((entry) => entry.event === 'request');
    expect(requests.map((r) => [r.requestId, r.route, r.status, r.code ?? null, r.keyId ?? null])).toEqual([
      ['test-1', '/v1/recruitment/check', 200, null, 'erp'],
      ['test-2', '/v1/recruitment/check', 422, 'VALIDATION_FAILED', 'erp'],
      ['test-3', '/v1/recruitment/check', 400, 'MALFORMED_JSON', 'erp'],
      ['test-4', '/v1/screening/screen', 200, null, 'portal'],
      ['test-5', 'unmatched', 401, 'UNAUTHORIZED', null],
      ['caller-id-42', '/v1/reference-data', 200, null, 'erp'],
    ]);
    const text = t.logs.join('\n');
    for (const secret of [
      ERP_KEY,
      SCREENING_KEY,
      hashApiKey(ERP_KEY),
      hashApiKey(SCREENING_KEY),
      'W-0193',
      'W-0412',
      'FAC-MY-01',
      'Hotan',
      'S-1',
      '2026-02-30',
      '2026-11-22',
      'NPR',
      'agency fee',
    ])
      expect(text, secret).not.toContain(secret);
  });
});
