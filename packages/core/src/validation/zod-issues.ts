import type { z } from 'zod';
import { type ErrorCode, isErrorCode } from '../errors/error-codes.js';
import type { UnforcedIssue } from '../errors/unforced-error.js';

type ZodIssue = z.core.$ZodIssue;

function codeOf(issue: ZodIssue): ErrorCode {
  switch (issue.code) {
    case 'custom': {
      const code = issue.params?.code;
      return isErrorCode(code) ? code : 'VALIDATION_FAILED';
    }
    case 'invalid_type':
      return issue.input === undefined && issue.expected !== 'undefined' ? 'REQUIRED' : 'INVALID_TYPE';
    case 'invalid_format':
      return 'INVALID_FORMAT';
    case 'too_big':
    case 'too_small':
    case 'invalid_value':
    case 'not_multiple_of':
      return 'OUT_OF_RANGE';
    case 'unrecognized_keys':
      return 'UNKNOWN_FIELD';
    default:
      return 'VALIDATION_FAILED';
  }
}

function messageOf(issue: ZodIssue, code: ErrorCode): string {
  if (code === 'REQUIRED') return 'is required';
  return issue.message;
}

/**
 * Converts zod issues into {@link UnforcedIssue}s with SDK error codes. Custom refinements carry their
 * code in `params.code`; unknown keys become one `UNKNOWN_FIELD` issue per key. Input values are never
 * copied into the issue, so worker data does not leak into logs.
 */
export function issuesFromZod(
  issues: readonly ZodIssue[],
  basePath: ReadonlyArray<string | number> = [],
): UnforcedIssue[] {
  const out: UnforcedIssue[] = [];
  for (const issue of issues) {
    const path = [
      ...basePath,
      ...issue.path.map((segment) => (typeof segment === 'symbol' ? String(segment) : segment)),
    ];
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys)
        out.push({ code: 'UNKNOWN_FIELD', message: `unknown field "${key}"`, path: [...path, key] });
      continue;
    }
    if (issue.code === 'invalid_union' && issue.errors.length > 0) {
      // Report the alternative that got furthest (fewest issues) rather than a bare "invalid input".
      const best = [...issue.errors].sort((a, b) => a.length - b.length)[0] ?? [];
      const nested = issuesFromZod(best, path);
      if (nested.length > 0) {
        out.push(...nested);
        continue;
      }
    }
    const code = codeOf(issue);
    out.push({ code, message: messageOf(issue, code), path });
  }
  return out;
}
