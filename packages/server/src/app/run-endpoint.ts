import type { IncomingMessage } from 'node:http';
import { type IssuePath, validate } from '@unforced/core';
import { err, ok, type Result } from 'neverthrow';
import type { ServerConfig } from '../config/server-config.js';
import { jsonPointer, type ProblemDocument, problem, problemFromError } from '../http/problem.js';
import { readJsonBody } from '../http/read-json-body.js';
import type { Endpoint, EndpointContext, EndpointOutput } from './endpoint.js';

/** The request as {@link runEndpoint} needs it: the raw request, or the query of a GET. */
export interface EndpointRequest {
  readonly raw: Request;
  /** The Node request under the adapter, when served by Node. */
  readonly incoming?: IncomingMessage;
  readonly query: Readonly<Record<string, string[]>>;
}

function valueAt(value: unknown, path: IssuePath): unknown {
  let current = value;
  for (const segment of path) {
    if (typeof current !== 'object' || current === null) return undefined;
    current = (current as Record<string | number, unknown>)[segment];
  }
  return current;
}

function batchProblem(endpoint: Endpoint, input: unknown, max: number): ProblemDocument | undefined {
  const issues = endpoint.batchFields.flatMap((path) => {
    const value = valueAt(input, path);
    if (!Array.isArray(value) || value.length <= max) return [];
    const message = `${value.length} items; at most ${max} are accepted in one request`;
    return [{ code: 'BATCH_TOO_LARGE' as const, path, pointer: jsonPointer(path), message }];
  });
  if (issues.length === 0) return undefined;
  return problem(
    'BATCH_TOO_LARGE',
    `A batch holds more than ${max} items; split it into several requests.`,
    issues,
  );
}

function queryObject(query: Readonly<Record<string, string[]>>): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  for (const [name, values] of Object.entries(query))
    out[name] = values.length === 1 ? (values[0] ?? '') : values;
  return out;
}

/**
 * Serves one request of an endpoint after authentication: reads the input (the JSON body within the
 * limits, or the query), refuses oversized batches before validating anything, validates the input
 * with the endpoint's zod schema, and calls the SDK. Every failure is a problem document; a body's
 * size is reported through `onBody` for the log.
 *
 * @example
 * ```ts
 * const outcome = await runEndpoint(endpoint, { raw: request, query: {} }, config, context, () => {});
 * ```
 */
export async function runEndpoint(
  endpoint: Endpoint,
  request: EndpointRequest,
  config: ServerConfig,
  context: EndpointContext,
  onBody: (bytes: number) => void,
): Promise<Result<EndpointOutput, ProblemDocument>> {
  let input: unknown;
  if (endpoint.method === 'POST') {
    const body = await readJsonBody(request.raw, config, request.incoming);
    if (body.isErr()) return err(body.error);
    onBody(body.value.bytes);
    input = body.value.value;
  } else {
    input = queryObject(request.query);
  }
  const tooLarge = batchProblem(endpoint, input, config.maxBatchItems);
  if (tooLarge !== undefined) return err(tooLarge);
  const parsed = validate(endpoint.input, input);
  if (parsed.isErr()) return err(problemFromError(parsed.error));
  const result = await endpoint.run(parsed.value, context);
  return result.isOk() ? ok(result.value) : err(problemFromError(result.error));
}
