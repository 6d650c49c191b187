import type { UnforcedError } from '@unforced/core';
import { Hono } from 'hono';
import { cors } from 'hono/cors';
import type { Result } from 'neverthrow';
import { parseServerConfig, type ServerConfig, type ServerConfigInput } from '../config/server-config.js';
import { writeLog } from '../http/log-sink.js';
import { problem } from '../http/problem.js';
import { REQUEST_ID_HEADER } from '../http/request-id.js';
import { createOpenApiDocument } from '../openapi/openapi-document.js';
import { ENDPOINTS } from './endpoints.js';
import { authenticateRequest, requestLog } from './middleware.js';
import { mountEndpoint } from './mount-endpoint.js';
import { type ServerEnv, sendProblem } from './server-env.js';

/** The Hono app of the server: mount it, call its `fetch`, or serve it with `startServer`. */
export type ServerApp = Hono<ServerEnv>;

/** What the server running the app tells it (whether it is shutting down). */
export interface AppState {
  closing: boolean;
}

function frames(error: Error): string[] {
  // The stack opens with "Name: message", and a message can span lines and quote input: cut it off
  // exactly, then keep only the `at …` lines.
  const stack = error.stack ?? '';
  const header = error.message === '' ? error.name : `${error.name}: ${error.message}`;
  const rest = stack.startsWith(header) ? stack.slice(header.length) : '';
  return rest
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line.startsWith('at '))
    .slice(0, 10);
}

/**
 * Builds the app from a validated configuration and the state its server shares with it, in the order
 * requests meet it: request id and log line, CORS (when configured), the public `/healthz`,
 * authentication and rate limit, `/openapi.json` (any valid key) and the endpoints, then `404` and
 * `500` as problem documents. Used by {@link createServerApp} and `startServer`.
 *
 * @example
 * ```ts
 * const app = buildServerApp(parseServerConfig(input)._unsafeUnwrap(), { closing: false });
 * ```
 */
export function buildServerApp(config: ServerConfig, state: AppState): ServerApp {
  const app: ServerApp = new Hono<ServerEnv>();
  let openApi: string | undefined;

  app.use(
    '*',
    requestLog(config, () => state.closing),
  );
  if (config.corsOrigins.length > 0)
    app.use(
      '*',
      cors({
        origin: config.corsOrigins.includes('*') ? '*' : [...config.corsOrigins],
        allowMethods: ['GET', 'POST', 'OPTIONS'],
        allowHeaders: ['Authorization', 'Content-Type', REQUEST_ID_HEADER],
        exposeHeaders: [REQUEST_ID_HEADER, 'Retry-After'],
        maxAge: 600,
      }),
    );
  app.get('/healthz', (c) => {
    c.set('route', '/healthz');
    return state.closing ? c.json({ status: 'closing' }, 503) : c.json({ status: 'ok' });
  });
  app.use('*', authenticateRequest(config));
  // Behind authentication, like the endpoints: a caller without a key learns nothing, not even the paths.
  app.get('/openapi.json', (c) => {
    c.set('route', '/openapi.json');
    openApi ??= JSON.stringify(createOpenApiDocument(ENDPOINTS, config));
    return c.body(openApi, 200, { 'Content-Type': 'application/json' });
  });
  for (const endpoint of ENDPOINTS) mountEndpoint(app, endpoint, config);

  app.notFound((c) => sendProblem(c, problem('NOT_FOUND', 'No endpoint at this path.')));
  app.onError((error, c) => {
    writeLog(config.log, {
      level: 'error',
      event: 'error',
      requestId: c.get('requestId'),
      route: c.get('route'),
      errorName: error.name,
      frames: frames(error),
    });
    return sendProblem(c, problem('INTERNAL', ''));
  });
  return app;
}

/**
 * Creates the server's Hono app from a configuration (validated with zod; an invalid one is returned
 * as an error with every issue). Serve it with `startServer`, mount it in another Hono app, or plug it
 * into an existing Node server with `createRequestListener`.
 *
 * @example
 * ```ts
 * const app = createServerApp({ apiKeys: [{ id: 'erp', sha256: hashApiKey('s3cr3t-key') }] });
 * if (app.isOk()) {
 *   const res = await app.value.request('/healthz');
 *   await res.json(); // { status: 'ok' }
 * }
 * ```
 */
export function createServerApp(config: ServerConfigInput): Result<ServerApp, UnforcedError> {
  return parseServerConfig(config).map((parsed) => buildServerApp(parsed, { closing: false }));
}
