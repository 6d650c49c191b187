import { type ErrorCode, isErrorCode } from './error-codes.js';

/** A path into the input, as zod reports it: object keys and array indices. */
export type IssuePath = ReadonlyArray<string | number>;

/** One problem found in the input: its code, a plain-language message and where it is. */
export interface UnforcedIssue {
  readonly code: ErrorCode;
  readonly message: string;
  readonly path: IssuePath;
}

/** Options for {@link UnforcedError}. */
export interface UnforcedErrorOptions {
  readonly path?: IssuePath;
  readonly issues?: readonly UnforcedIssue[];
  readonly cause?: unknown;
}

const ERROR_NAME = 'UnforcedError';

/**
 * The one error type of the SDK. It is returned inside neverthrow `Result`s, never thrown for expected
 * failures. `issues` holds every problem when a validation found several; `code` and `path` describe the
 * first (or the whole, for a single problem).
 *
 * @example
 * ```ts
 * const error = new UnforcedError('CURRENCY_MISMATCH', 'cannot add MYR to NPR', { path: ['amount'] });
 * ```
 */
export class UnforcedError extends Error {
  override readonly name = ERROR_NAME;
  readonly code: ErrorCode;
  readonly path: IssuePath;
  readonly issues: readonly UnforcedIssue[];

  constructor(code: ErrorCode, message: string, options: UnforcedErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.code = code;
    this.path = options.path ?? [];
    this.issues = options.issues ?? [{ code, message, path: this.path }];
  }

  /** A plain, JSON-safe view of the error (no stack, no cause). */
  toJSON(): {
    name: string;
    code: ErrorCode;
    message: string;
    path: IssuePath;
    issues: readonly UnforcedIssue[];
  } {
    return { name: this.name, code: this.code, message: this.message, path: this.path, issues: this.issues };
  }
}

/**
 * Whether a value is an {@link UnforcedError}. It checks the name and code rather than `instanceof`, so
 * it still works when two copies of `@unforced/core` are installed.
 *
 * @example
 * ```ts
 * if (isUnforcedError(e)) console.error(e.code, e.path);
 * ```
 */
export function isUnforcedError(value: unknown): value is UnforcedError {
  if (typeof value !== 'object' || value === null) return false;
  const candidate = value as { name?: unknown; code?: unknown; path?: unknown; issues?: unknown };
  return (
    candidate.name === ERROR_NAME &&
    isErrorCode(candidate.code) &&
    Array.isArray(candidate.path) &&
    Array.isArray(candidate.issues)
  );
}

/**
 * Converts anything caught at the edge of a third-party library into an {@link UnforcedError}, keeping
 * the original as `cause`. An `UnforcedError` passes through unchanged.
 *
 * @example
 * ```ts
 * const safeParse = Result.fromThrowable(JSON.parse, (e) => toUnforcedError(e, 'INVALID_FORMAT'));
 * ```
 */
export function toUnforcedError(
  value: unknown,
  code: ErrorCode = 'INTERNAL',
  path: IssuePath = [],
): UnforcedError {
  if (isUnforcedError(value)) return value;
  const message = value instanceof Error ? value.message : String(value);
  return new UnforcedError(code, message, { path, cause: value });
}

/**
 * Builds one error from several issues: its code is the issues' common code, or `VALIDATION_FAILED`
 * when they differ; its message lists them.
 */
export function errorFromIssues(issues: readonly UnforcedIssue[], cause?: unknown): UnforcedError {
  const first = issues[0];
  if (first === undefined) return new UnforcedError('VALIDATION_FAILED', 'validation failed', { cause });
  const sameCode = issues.every((issue) => issue.code === first.code);
  const code: ErrorCode = sameCode ? first.code : 'VALIDATION_FAILED';
  const message = issues.map((issue) => `${formatPath(issue.path)}: ${issue.message}`).join('; ');
  return new UnforcedError(code, message, { path: first.path, issues, cause });
}

/** Renders a path as `workers[3].contract.wage` (or `(root)` for the empty path). */
export function formatPath(path: IssuePath): string {
  if (path.length === 0) return '(root)';
  return path
    .map((segment, index) =>
      typeof segment === 'number' ? `[${segment}]` : index === 0 ? segment : `.${segment}`,
    )
    .join('');
}
