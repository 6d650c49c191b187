import { UnforcedError } from '@unforced/core';
import { err, ok, type Result } from 'neverthrow';

/**
 * Parses JSON text into a value, or an `INVALID_FORMAT` error naming the position JSON.parse reported.
 * Objects pass through untouched, so the document parsers take text or parsed JSON alike.
 *
 * @example
 * ```ts
 * jsonValue('{"type":"EPCISDocument"}'); // ok({ type: 'EPCISDocument' })
 * ```
 */
export function jsonValue(input: unknown): Result<unknown, UnforcedError> {
  if (typeof input !== 'string') return ok(input);
  try {
    return ok(JSON.parse(input));
  } catch (cause) {
    const detail = cause instanceof Error ? cause.message : String(cause);
    return err(new UnforcedError('INVALID_FORMAT', `not valid JSON: ${detail}`, { cause }));
  }
}
