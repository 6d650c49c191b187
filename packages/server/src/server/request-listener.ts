import type { IncomingMessage, ServerResponse } from 'node:http';
import { getRequestListener } from '@hono/node-server';
import type { UnforcedError } from '@unforced/core';
import type { Result } from 'neverthrow';
import { createServerApp, type ServerApp } from '../app/create-server-app.js';
import type { ServerConfigInput } from '../config/server-config.js';

/** A Node `http` request listener: `(request, response) => void`. */
export type RequestListener = (request: IncomingMessage, response: ServerResponse) => void;

/**
 * Adapts a server app to a Node request listener, for an existing `http.createServer` (or an Express
 * route, `app.use('/unforced', listener)` after stripping the prefix). The global `Request` and
 * `Response` are left alone.
 *
 * @example
 * ```ts
 * const app = createServerApp({ apiKeys });
 * if (app.isOk()) http.createServer(listenerForApp(app.value)).listen(8787);
 * ```
 */
export function listenerForApp(app: ServerApp): RequestListener {
  const listener = getRequestListener(app.fetch, { overrideGlobalObjects: false });
  return (request, response) => {
    void listener(request, response);
  };
}

/**
 * Creates the server app from a configuration and returns it as a Node request listener (see
 * {@link listenerForApp}); an invalid configuration is returned as an error.
 *
 * @example
 * ```ts
 * const listener = createRequestListener({ apiKeys: [{ id: 'erp', sha256: hashApiKey('s3cr3t-key') }] });
 * if (listener.isOk()) http.createServer(listener.value).listen(8787, '127.0.0.1');
 * ```
 */
export function createRequestListener(config: ServerConfigInput): Result<RequestListener, UnforcedError> {
  return createServerApp(config).map(listenerForApp);
}
