import { type IncomingMessage, ServerResponse } from 'node:http';
import { getRequestListener, type Http2Bindings, type HttpBindings } from '@hono/node-server';
import { RESPONSE_ALREADY_SENT } from '@hono/node-server/utils/response';
import type { UnforcedError } from '@unforced/core';
import type { Result } from 'neverthrow';
import { createServerApp, type ServerApp } from '../app/create-server-app.js';
import { expectDirectAnswer, takeDirectAnswer } from '../app/direct-answer.js';
import type { ServerConfigInput } from '../config/server-config.js';

/** A Node `http` request listener: `(request, response) => void`. */
export type RequestListener = (request: IncomingMessage, response: ServerResponse) => void;

/** Writes an answer whose body a route left with `sendJson` or `sendBytes`: one buffer, one write. */
function writeDirect(outgoing: ServerResponse, response: Response, bytes: Uint8Array): void {
  const headers: Record<string, string> = {};
  response.headers.forEach((value, name) => {
    headers[name] = value;
  });
  headers['content-length'] = String(bytes.byteLength);
  outgoing.writeHead(response.status, headers);
  outgoing.end(bytes);
}

/**
 * Adapts a server app to a Node request listener, for an existing `http.createServer` (or an Express
 * route, `app.use('/unforced', listener)` after stripping the prefix). The global `Request` and
 * `Response` are left alone. The endpoints' answers (144 kB of JSON for 20 workers) are written to
 * the socket as one buffer, with the status and headers of the app's `Response`, rather than read back
 * from a web stream.
 *
 * @example
 * ```ts
 * const app = createServerApp({ apiKeys });
 * if (app.isOk()) http.createServer(listenerForApp(app.value)).listen(8787);
 * ```
 */
export function listenerForApp(app: ServerApp): RequestListener {
  const fetch = async (request: Request, env: HttpBindings | Http2Bindings): Promise<Response> => {
    const { outgoing } = env;
    if (!(outgoing instanceof ServerResponse) || request.method === 'HEAD') return app.fetch(request, env);
    expectDirectAnswer(request);
    const response = await app.fetch(request, env);
    const bytes = takeDirectAnswer(request);
    // A body in the response means something after the route (an error handler) answered instead.
    if (bytes === undefined || response.body !== null) return response;
    writeDirect(outgoing, response, bytes);
    return RESPONSE_ALREADY_SENT;
  };
  const listener = getRequestListener(fetch, { overrideGlobalObjects: false });
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
