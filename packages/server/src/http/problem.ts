import type { ErrorCode, IssuePath, UnforcedError } from '@unforced/core';

/** One invalid value of a request: its SDK error code, path (and the same as a JSON Pointer) and message. */
export interface ProblemIssue {
  readonly code: ErrorCode;
  readonly path: IssuePath;
  /** The path as an RFC 6901 JSON Pointer into the request body, e.g. `/workers/3/contract/startDate`. */
  readonly pointer: string;
  readonly message: string;
}

/**
 * An RFC 9457 problem document (`application/problem+json`) with the SDK error code and every invalid
 * path. It never carries a stack trace or an internal message.
 */
export interface ProblemDocument {
  /** `urn:unforced:error:<CODE>`; the codes are listed in docs/errors.md. */
  readonly type: string;
  readonly title: string;
  readonly status: number;
  readonly code: ErrorCode;
  readonly detail: string;
  readonly issues: readonly ProblemIssue[];
}

/**
 * The media type of problem documents (RFC 9457).
 *
 * @example
 * ```ts
 * res.headers.get('content-type') === PROBLEM_MEDIA_TYPE;
 * ```
 */
export const PROBLEM_MEDIA_TYPE = 'application/problem+json';

const STATUS: Partial<Record<ErrorCode, number>> = {
  MALFORMED_JSON: 400,
  JSON_TOO_DEEP: 400,
  UNAUTHORIZED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  METHOD_NOT_ALLOWED: 405,
  BODY_TOO_LARGE: 413,
  BATCH_TOO_LARGE: 413,
  UNSUPPORTED_MEDIA_TYPE: 415,
  RATE_LIMITED: 429,
  INTERNAL: 500,
  LISTEN_FAILED: 500,
  REQUEST_TIMEOUT: 503,
};

const INTERNAL_DETAIL =
  'The server could not complete the request. Its log has the details under the request id.';

/**
 * The HTTP status for an SDK error code: the transport codes have their own (401, 403, 404, 405, 413,
 * 415, 429, 503; 400 for a body that is not JSON or too deep), `INTERNAL` is 500, and every other code
 * (validation, money, dates, references) means the request was read but its content is invalid: 422.
 *
 * @example
 * ```ts
 * statusForCode('RATE_LIMITED'); // 429
 * statusForCode('INVALID_COUNTRY_CODE'); // 422
 * ```
 */
export function statusForCode(code: ErrorCode): number {
  return STATUS[code] ?? 422;
}

/**
 * An RFC 6901 JSON Pointer for a path (`['workers', 3, 'a/b']` → `/workers/3/a~1b`).
 *
 * @example
 * ```ts
 * jsonPointer(['workers', 0, 'id']); // '/workers/0/id'
 * ```
 */
export function jsonPointer(path: IssuePath): string {
  return path.map((segment) => `/${String(segment).replaceAll('~', '~0').replaceAll('/', '~1')}`).join('');
}

function titleOf(code: ErrorCode): string {
  const words = code.toLowerCase().replaceAll('_', ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/**
 * A problem document for one code. `INTERNAL` problems get a fixed detail whatever the message, so
 * nothing internal leaks.
 *
 * @example
 * ```ts
 * problem('UNAUTHORIZED', 'A valid API key is required.').status; // 401
 * ```
 */
export function problem(
  code: ErrorCode,
  detail: string,
  issues: readonly ProblemIssue[] = [],
): ProblemDocument {
  const status = statusForCode(code);
  return {
    type: `urn:unforced:error:${code}`,
    title: titleOf(code),
    status,
    code,
    detail: status >= 500 && code !== 'REQUEST_TIMEOUT' ? INTERNAL_DETAIL : detail,
    issues: status >= 500 ? [] : issues,
  };
}

/**
 * The problem document for an SDK error: its code, its message as the detail, and each of its issues
 * with its path, under `basePath` (where in the request body the SDK's input was).
 *
 * @example
 * ```ts
 * problemFromError(new UnforcedError('REQUIRED', 'is required', { path: ['asOf'] })).issues[0]?.pointer; // '/asOf'
 * ```
 */
export function problemFromError(error: UnforcedError, basePath: IssuePath = []): ProblemDocument {
  const issues = error.issues.map((issue) => {
    const path = [...basePath, ...issue.path];
    return { code: issue.code, path, pointer: jsonPointer(path), message: issue.message };
  });
  return problem(error.code, error.message, issues);
}
