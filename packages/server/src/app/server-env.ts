import type { ErrorCode } from '@unforced/core';
import type { Context } from 'hono';
import type { ApiKeyEntry } from '../config/api-key.js';
import { PROBLEM_MEDIA_TYPE, type ProblemDocument } from '../http/problem.js';

/** The per-request values the server's middleware share through Hono's context. */
export interface ServerEnv {
  Variables: {
    requestId: string;
    /** The API key of the request; absent for unauthenticated access (when allowed). */
    key: ApiKeyEntry | undefined;
    /** The key's id, or `anonymous`: what the rate limit and the log use. */
    keyId: string;
    /** The route pattern, for the log. */
    route: string;
    /** The error code of a problem response, for the log. */
    errorCode: ErrorCode;
    bodyBytes: number;
  };
}

/** A Hono context of the server. */
export type ServerContext = Context<ServerEnv>;

/**
 * Sends a problem document (`application/problem+json`) with its status, and notes its code for the
 * log line.
 *
 * @example
 * ```ts
 * return sendProblem(c, problem('NOT_FOUND', 'No endpoint at this path.'));
 * ```
 */
export function sendProblem(
  c: ServerContext,
  document: ProblemDocument,
  headers: Record<string, string> = {},
): Response {
  c.set('errorCode', document.code);
  return c.body(JSON.stringify(document), document.status as 400, {
    ...headers,
    'Content-Type': PROBLEM_MEDIA_TYPE,
  });
}
