import type { IssuePath, UnforcedError } from '@unforced/core';
import type { ReferenceData } from '@unforced/reference-data';
import type { Result } from 'neverthrow';
import type { z } from 'zod';
import type { EndpointScope } from '../config/endpoint-scope.js';

/** What an endpoint answers: JSON, or bytes of a media type (a PDF). */
export type EndpointOutput =
  | { readonly kind: 'json'; readonly body: unknown }
  | {
      readonly kind: 'bytes';
      readonly body: Uint8Array;
      readonly mediaType: string;
      readonly filename: string;
    };

/** What an endpoint's `run` gets besides its validated input. */
export interface EndpointContext {
  readonly referenceData: ReferenceData;
}

/**
 * One endpoint of the API, declared once and used both to serve requests and to write the OpenAPI
 * document: its scope, method and path, the zod schema of its input (the JSON body of a POST, the query
 * of a GET), the top-level arrays that count against the batch limit, and the SDK call.
 */
export interface Endpoint<S extends z.ZodType = z.ZodType> {
  readonly scope: EndpointScope;
  readonly method: 'GET' | 'POST';
  readonly path: string;
  readonly operationId: string;
  readonly summary: string;
  readonly description: string;
  /** The body schema of a POST, or the query schema of a GET (an object of strings). */
  readonly input: S;
  /**
   * The schema the OpenAPI document shows, when it differs from `input`: batches whose records the SDK
   * validates one by one (a bad record is reported in the result, not refused with the request) are
   * `z.array(z.unknown())` in `input` and the record schema here.
   */
  readonly documented?: z.ZodType;
  /** Paths of arrays in the input whose length is limited by `maxBatchItems`. */
  readonly batchFields: readonly IssuePath[];
  /** The zod schema of the JSON response, when the SDK has one; otherwise the description says. */
  readonly response?: z.ZodType;
  /** Media types of the 200 response (default `application/json`). */
  readonly responseMediaTypes?: readonly string[];
  /** Builds what the endpoint keeps between requests (an index, a model), so the first request is not slow. */
  readonly warm?: (context: EndpointContext) => void;
  readonly run: (
    input: z.output<S>,
    context: EndpointContext,
  ) => Result<EndpointOutput, UnforcedError> | Promise<Result<EndpointOutput, UnforcedError>>;
}

/**
 * Declares an endpoint with its input type inferred from the schema.
 *
 * @example
 * ```ts
 * const ping = defineEndpoint({ scope: 'reference-data', method: 'GET', path: '/v1/ping', operationId: 'ping',
 *   summary: 'Ping', description: 'Answers pong.', input: z.strictObject({}), batchFields: [],
 *   run: () => ok({ kind: 'json', body: { pong: true } }) });
 * ```
 */
export function defineEndpoint<S extends z.ZodType>(endpoint: Endpoint<S>): Endpoint {
  return endpoint as unknown as Endpoint;
}
