import { IncomingMessage } from 'node:http';
import { bundledReferenceData } from '@unforced/reference-data';
import type { Hono } from 'hono';
import { err } from 'neverthrow';
import type { ServerConfig } from '../config/server-config.js';
import { problem } from '../http/problem.js';
import { sendBytes, sendJson } from './direct-answer.js';
import type { Endpoint, EndpointContext } from './endpoint.js';
import { type EndpointRequest, runEndpoint } from './run-endpoint.js';
import { type ServerContext, type ServerEnv, sendProblem } from './server-env.js';
import { withTimeout } from './with-timeout.js';

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
 * listening. A failure here is left for the first request to report.
 *
 * @example
 * ```ts
 * warmEndpoints(ENDPOINTS, config);
 * ```
 */
export function warmEndpoints(endpoints: readonly Endpoint[], config: ServerConfig): void {
  const context = contextOf(config);
  for (const endpoint of endpoints) {
    try {
      endpoint.warm?.(context);
    } catch {
      // The endpoint builds the same thing on its first request and answers with the error then.
    }
  }
}

/**
 * Mounts one endpoint on the app: its route (scope check, then the endpoint within the timeout, then
 * the answer as JSON or as a file) and a `405` with `Allow` for the other methods on its path.
 *
 * @example
 * ```ts
 * for (const endpoint of ENDPOINTS) mountEndpoint(app, endpoint, config);
 * ```
 */
export function mountEndpoint(app: Hono<ServerEnv>, endpoint: Endpoint, config: ServerConfig): void {
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
    if (output.kind === 'json') return sendJson(c, output.body);
    return sendBytes(c, output.body, {
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
