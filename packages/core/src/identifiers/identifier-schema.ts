import { err, ok, type Result } from 'neverthrow';
import { z } from 'zod';
import { UnforcedError } from '../errors/unforced-error.js';
import { addCodedIssue } from '../validation/coded-issue.js';

/** Why an identifier was refused, or `undefined` when it is valid. */
export type IdentifierProblem = {
  readonly code: 'IDENTIFIER_FORMAT_INVALID' | 'IDENTIFIER_CHECK_DIGIT_MISMATCH';
  readonly message: string;
};

/** A checker for one identifier scheme: normalises the input and returns a problem or the canonical form. */
export type IdentifierCheck = (normalised: string) => IdentifierProblem | undefined;

/**
 * Builds the zod schema and the `Result` parser of an identifier scheme from its normaliser and checker,
 * so every scheme reports format and check-digit errors the same way.
 */
export function defineIdentifier(normalise: (raw: string) => string, check: IdentifierCheck) {
  const schema = z.string().transform((raw, ctx) => {
    const value = normalise(raw);
    const problem = check(value);
    if (problem !== undefined) {
      addCodedIssue(ctx, problem.code, problem.message);
      return z.NEVER;
    }
    return value;
  });
  const parse = (raw: string): Result<string, UnforcedError> => {
    const value = normalise(raw);
    const problem = check(value);
    return problem === undefined ? ok(value) : err(new UnforcedError(problem.code, problem.message));
  };
  return { schema, parse };
}
