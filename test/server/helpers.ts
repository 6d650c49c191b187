import { readFileSync } from 'node:fs';
import { request as httpRequest, type IncomingHttpHeaders } from 'node:http';
import { hashApiKey, type RunningServer, type ServerConfigInput, startServer } from '@unforced/server';

/** The API keys of the tests, in clear; the server is configured with their SHA-256 only. */
export const ERP_KEY = 'erp-test-key-7f3a9c';
export const SCREENING_KEY = 'portal-test-key-51bd02';

/** Bearer headers for JSON requests with the ERP key. */
export const jsonHeaders = (key = ERP_KEY): Record<string, string> => ({
  authorization: `Bearer ${key}`,
  'content-type': 'application/json',
});

const data = new URL('../../examples/data/', import.meta.url);

/** The four worker records of the bundled example (the fourth is deliberately broken). */
export const exampleWorkers = (): unknown[] =>
  JSON.parse(readFileSync(new URL('workers.json', data), 'utf8'));

/** The bundled example FX rates, without their `source` note (not part of the SDK's FxRate). */
export const exampleFxRates = (): unknown[] =>
  (JSON.parse(readFileSync(new URL('fx-rates.json', data), 'utf8')) as Array<Record<string, unknown>>).map(
    ({ source: _source, ...rate }) => rate,
  );

/** A started server on a free loopback port, with its log lines captured. */
export interface TestServer {
  readonly server: RunningServer;
  readonly url: string;
  readonly logs: string[];
}

/** Starts a server on 127.0.0.1, port 0, with the two test keys (the portal key scoped to screening). */
export async function startTestServer(overrides: ServerConfigInput = {}): Promise<TestServer> {
  const logs: string[] = [];
  const started = await startServer({
    port: 0,
    host: '127.0.0.1',
    apiKeys: [
      { id: 'erp', sha256: hashApiKey(ERP_KEY) },
      { id: 'portal', sha256: hashApiKey(SCREENING_KEY), scopes: ['screening', 'reference-data'] },
    ],
    requestIdPrefix: 'test',
    log: (line) => logs.push(line),
    ...overrides,
  });
  if (started.isErr()) throw started.error;
  return { server: started.value, url: started.value.url, logs };
}

/** A response read over raw HTTP. */
export interface RawResponse {
  readonly status: number;
  readonly headers: IncomingHttpHeaders;
  readonly body: string;
}

/**
 * Sends a request with node:http, writing the body in the given chunks with a pause between them
 * (to hold a request in flight), and reads the whole response.
 */
export function rawRequest(
  url: string,
  options: { method?: string; headers?: Record<string, string>; chunks?: string[]; pauseMs?: number },
): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(url, { method: options.method ?? 'POST', headers: options.headers }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => {
        body += chunk;
      });
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
      res.on('error', reject);
    });
    req.on('error', reject);
    const chunks = [...(options.chunks ?? [])];
    const writeNext = () => {
      const chunk = chunks.shift();
      if (chunk === undefined) {
        req.end();
        return;
      }
      req.write(chunk);
      setTimeout(writeNext, options.pauseMs ?? 0);
    };
    writeNext();
  });
}
