import type { ServerContext } from './server-env.js';

/**
 * The bytes of 200 answers that routes leave for the Node listener to write (see `listenerForApp`),
 * instead of wrapping them in a web `Response` that the adapter would read back through a stream.
 * Keyed by the request: `null` while the listener waits for an answer, then the bytes. The answer's
 * status and headers still come from the `Response` the route returns, after every middleware has
 * added its own; only the body travels this way.
 */
const answers = new WeakMap<Request, Uint8Array | null>();

const JSON_HEADERS: Readonly<Record<string, string>> = { 'Content-Type': 'application/json' };

/**
 * Marks a request as served by a listener that writes answers itself: its routes leave the bytes of
 * a 200 answer here (see {@link takeDirectAnswer}) and return a `Response` without a body.
 *
 * @example
 * ```ts
 * expectDirectAnswer(request);
 * const response = await app.fetch(request, env);
 * const bytes = takeDirectAnswer(request);
 * ```
 */
export function expectDirectAnswer(request: Request): void {
  answers.set(request, null);
}

/**
 * The bytes a route left for a request marked with {@link expectDirectAnswer} (undefined when it
 * answered with a `Response` body instead), and forgets the request.
 *
 * @example
 * ```ts
 * const bytes = takeDirectAnswer(request);
 * if (bytes !== undefined) outgoing.end(bytes);
 * ```
 */
export function takeDirectAnswer(request: Request): Uint8Array | undefined {
  const bytes = answers.get(request);
  answers.delete(request);
  return bytes ?? undefined;
}

/**
 * Answers 200 with `bytes` and the given headers. Under the server's Node listener the bytes go to
 * the socket as they are; anywhere else (`app.request`, another runtime, a parent Hono app) they are
 * the body of the returned `Response`. The bytes on the wire are the same either way.
 *
 * @example
 * ```ts
 * return sendBytes(c, pdf, { 'Content-Type': 'application/pdf' });
 * ```
 */
export function sendBytes(c: ServerContext, bytes: Uint8Array, headers: Record<string, string>): Response {
  const request = c.req.raw;
  if (!answers.has(request)) return c.body(bytes as Uint8Array<ArrayBuffer>, 200, headers);
  answers.set(request, bytes);
  return c.body(null, 200, headers);
}

/**
 * Answers 200 with `value` as JSON (`Content-Type: application/json`), serialised once with
 * `JSON.stringify` and, under the server's Node listener, written as one buffer: the same bytes as
 * Hono's `c.json(value)`.
 *
 * @example
 * ```ts
 * return sendJson(c, report);
 * ```
 */
export function sendJson(c: ServerContext, value: unknown): Response {
  const text = JSON.stringify(value);
  const request = c.req.raw;
  if (!answers.has(request)) return c.body(text, 200, JSON_HEADERS);
  answers.set(request, Buffer.from(text, 'utf8'));
  return c.body(null, 200, JSON_HEADERS);
}
