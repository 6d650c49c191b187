import { IncomingMessage } from 'node:http';
import type { UnforcedError } from '@unforced/core';
import { bundledReferenceData } from '@unforced/reference-data';
import { Hono } from 'hono';
import { cors } from 'hono/cors';
import { err, type Result } from 'neverthrow';
import { parseServerConfig, type ServerConfig, type ServerConfigInput } from '../config/server-config.js';
import { createAuthenticator } from '../http/authenticate.js';
import { writeLog } from '../http/log-sink.js';
import { problem } from '../http/problem.js';
import { createRateLimiter } from '../http/rate-limiter.js';
import { createRequestIdGenerator, isWellFormedRequestId, REQUEST_ID_HEADER } from '../http/request-id.js';
import { createOpenApiDocument } from '../openapi/openapi-document.js';
import type { Endpoint, EndpointContext } from './endpoint.js';
import { ENDPOINTS } from './endpoints.js';
import { type EndpointRequest, runEndpoint } from './run-endpoint.js';
import { type ServerContext, type ServerEnv, sendProblem } from './server-env.js';
import { withTimeout } from './with-timeout.js';

/** The Hono app of the server: mount it, call its `fetch`, or serve it with `startServer`. */
export type ServerApp = Hono<ServerEnv>;

/** What the server running the app tells it (whether it is shutting down). */
export interface AppState {
  closing: boolean;
}

function frames(error: unknown): string[] {
  const stack = error instanceof Error ? (error.stack ?? '') : '';
  return stack
    .split('\n')
    .slice(1, 11)
    .map((line) => line.trim());
}

function requestOf(c: ServerContext): EndpointRequest {
  const incoming = (c.env as { incoming?: unknown } | undefined)?.incoming;
  const base = { raw: c.req.raw, query: c.req.queries() };
  return incoming instanceof IncomingMessage ? { ...base, incoming } : base;
}

function contextOf(config: ServerConfig): EndpointContext {
  return { referenceData: config.referenceData ?? bundledReferenceData() };
}

/**
 * Builds what the endpoints keep between requests (the screening index, the default risk model), so
 * that the first request to a fresh replica is as fast as the others. `startServer` calls it before
 * listening.
 */
export function warmEndpoints(config: ServerConfig): void {
  const context = contextOf(config);
  for (const endpoint of ENDPOINTS) endpoint.warm?.(context);
}

function mountEndpoint(app: ServerApp, endpoint: Endpoint, config: ServerConfig): void {
  const context = contextOf(config);
  app.on(endpoint.method, endpoint.path, async (c) => {
    c.set('route', endpoint.path);
    const scopes = c.get('key')?.scopes;
    if (scopes !== undefined && !scopes.includes(endpoint.scope))
      return sendProblem(
        c,
        problem('FORBIDDEN', `This API key may not call the ${endpoint.scope} endpoints.`),
      );
    const outcome = await withTimeout(
      runEndpoint(endpoint, requestOf(c), config, context, (bytes) => c.set('bodyBytes', bytes)),
      config.timeoutMs,
      () => err(problem('REQUEST_TIMEOUT', `The request was not answered within ${config.timeoutMs} ms.`)),
    );
    if (outcome.isErr()) return sendProblem(c, outcome.error);
    const output = outcome.value;
    if (output.kind === 'json') return c.json(output.body as object);
    return c.body(output.body as Uint8Array<ArrayBuffer>, 200, {
      'Content-Type': output.mediaType,
      'Content-Disposition': `attachment; filename="${output.filename}"`,
    });
  });
  const allow = endpoint.method === 'GET' ? 'GET, HEAD' : endpoint.method;
  app.all(endpoint.path, (c) => {
    c.set('route', endpoint.path);
    return sendProblem(c, problem('METHOD_NOT_ALLOWED', `${endpoint.path} answers ${allow} only.`), {
      Allow: allow,
    });
  });
}

/**
 * Builds the app from a validated configuration and the state its server shares with it. Used by
 * {@link createServerApp} and `startServer`.
 */
export function buildServerApp(config: ServerConfig, state: AppState): ServerApp {
  const app: ServerApp = new Hono<ServerEnv>();
  const nextRequestId = createRequestIdGenerator(config.requestIdPrefix);
  const authenticate = createAuthenticator(config.apiKeys);
  const limit = config.rateLimit === false ? undefined : createRateLimiter(config.rateLimit, config.now);
  let openApi: string | undefined;

  app.use('*', async (c, next) => {
    const started = config.now();
    const offered = c.req.header(REQUEST_ID_HEADER);
    const requestId = isWellFormedRequestId(offered) ? offered : nextRequestId();
    c.set('requestId', requestId);
    c.set('route', 'unmatched');
    await next();
    c.res.headers.set(REQUEST_ID_HEADER, requestId);
    c.res.headers.set('Cache-Control', 'no-store');
    c.res.headers.set('X-Content-Type-Options', 'nosniff');
    if (state.closing) c.res.headers.set('Connection', 'close');
    const code = c.get('errorCode');
    const keyId = c.get('keyId');
    const bodyBytes = c.get('bodyBytes');
    writeLog(config.log, {
      level: c.res.status >= 500 ? 'error' : c.res.status >= 400 ? 'warn' : 'info',
      event: 'request',
      requestId,
      method: c.req.method,
      route: c.get('route'),
      status: c.res.status,
      ...(code === undefined ? {} : { code }),
      ...(keyId === undefined ? {} : { keyId }),
      ...(bodyBytes === undefined ? {} : { bodyBytes }),
      durationMs: Math.round((config.now() - started) * 1000) / 1000,
    });
  });

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
  app.get('/openapi.json', (c) => {
    c.set('route', '/openapi.json');
    openApi ??= JSON.stringify(createOpenApiDocument(ENDPOINTS, config));
    return c.body(openApi, 200, { 'Content-Type': 'application/json' });
  });

  app.use('*', async (c, next) => {
    const header = c.req.header('authorization');
    const key = authenticate(header);
    if (key === undefined && !config.allowUnauthenticated)
      return sendProblem(c, problem('UNAUTHORIZED', 'A valid API key is required.'), {
        'WWW-Authenticate': 'Bearer',
      });
    c.set('key', key);
    c.set('keyId', key?.id ?? 'anonymous');
    const decision = limit?.(key?.id ?? 'anonymous');
    if (decision !== undefined && !decision.allowed)
      return sendProblem(
        c,
        problem(
          'RATE_LIMITED',
          `Too many requests for this API key; retry in ${decision.retryAfterSeconds} s.`,
        ),
        { 'Retry-After': String(decision.retryAfterSeconds) },
      );
    await next();
  });

  for (const endpoint of ENDPOINTS) mountEndpoint(app, endpoint, config);

  app.notFound((c) => sendProblem(c, problem('NOT_FOUND', 'No endpoint at this path.')));
  app.onError((error, c) => {
    writeLog(config.log, {
      level: 'error',
      event: 'error',
      requestId: c.get('requestId'),
      route: c.get('route'),
      errorName: error instanceof Error ? error.name : typeof error,
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
