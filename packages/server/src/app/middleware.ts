import type { MiddlewareHandler } from 'hono';
import type { ServerConfig } from '../config/server-config.js';
import { createAuthenticator } from '../http/authenticate.js';
import { writeLog } from '../http/log-sink.js';
import { problem } from '../http/problem.js';
import { createRateLimiter } from '../http/rate-limiter.js';
import { createRequestIdGenerator, isWellFormedRequestId, REQUEST_ID_HEADER } from '../http/request-id.js';
import { type ServerEnv, sendProblem } from './server-env.js';

/**
 * The outermost middleware: gives the request its id (the caller's when well-formed), and once the
 * answer is ready sets `X-Request-Id`, `Cache-Control: no-store`, `X-Content-Type-Options: nosniff`
 * (and `Connection: close` while shutting down), then writes the request's log line.
 *
 * @example
 * ```ts
 * app.use('*', requestLog(config, () => state.closing));
 * ```
 */
export function requestLog(config: ServerConfig, closing: () => boolean): MiddlewareHandler<ServerEnv> {
  const nextRequestId = createRequestIdGenerator(config.requestIdPrefix);
  return async (c, next) => {
    const started = config.now();
    const offered = c.req.header(REQUEST_ID_HEADER);
    const requestId = isWellFormedRequestId(offered) ? offered : nextRequestId();
    c.set('requestId', requestId);
    c.set('route', 'unmatched');
    await next();
    c.res.headers.set(REQUEST_ID_HEADER, requestId);
    c.res.headers.set('Cache-Control', 'no-store');
    c.res.headers.set('X-Content-Type-Options', 'nosniff');
    if (closing()) c.res.headers.set('Connection', 'close');
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
  };
}

/**
 * Authentication and rate limiting, for every route mounted after it: `401` with
 * `WWW-Authenticate: Bearer` and nothing more for a missing, malformed or unknown key (unless the
 * configuration allows unauthenticated requests), then `429` with `Retry-After` once the key has spent
 * its tokens.
 *
 * @example
 * ```ts
 * app.use('*', authenticateRequest(config));
 * ```
 */
export function authenticateRequest(config: ServerConfig): MiddlewareHandler<ServerEnv> {
  const authenticate = createAuthenticator(config.apiKeys);
  const limit = config.rateLimit === false ? undefined : createRateLimiter(config.rateLimit, config.now);
  return async (c, next) => {
    const key = authenticate(c.req.header('authorization'));
    if (key === undefined && !config.allowUnauthenticated)
      return sendProblem(c, problem('UNAUTHORIZED', 'A valid API key is required.'), {
        'WWW-Authenticate': 'Bearer',
      });
    const keyId = key?.id ?? 'anonymous';
    c.set('key', key);
    c.set('keyId', keyId);
    const decision = limit?.(keyId);
    if (decision !== undefined && !decision.allowed) {
      const seconds = decision.retryAfterSeconds;
      return sendProblem(
        c,
        problem('RATE_LIMITED', `Too many requests for this API key; retry in ${seconds} s.`),
        {
          'Retry-After': String(seconds),
        },
      );
    }
    await next();
  };
}
