import { err, ok, type Result } from 'neverthrow';
import type { z } from 'zod';
import { errorFromIssues, type IssuePath, type UnforcedError } from '../errors/unforced-error.js';
import { issuesFromZod } from './zod-issues.js';

/**
 * Validates `input` against a zod schema and returns a `Result`: the parsed value, or an
 * {@link UnforcedError} holding every issue with its code and path. Never throws for bad input.
 *
 * @example
 * ```ts
 * const supplier = validate(Supplier, json); // Result<Supplier, UnforcedError>
 * ```
 */
export function validate<S extends z.ZodType>(
  schema: S,
  input: unknown,
  basePath: IssuePath = [],
): Result<z.output<S>, UnforcedError> {
  const parsed = schema.safeParse(input, { reportInput: true });
  if (parsed.success) return ok(parsed.data);
  return err(errorFromIssues(issuesFromZod(parsed.error.issues, basePath)));
}
