import { z } from 'zod';

/**
 * A record identifier: 1–200 characters, no leading or trailing spaces, no control characters.
 *
 * @example
 * ```ts
 * RecordId.parse('SUP-00017');
 * ```
 */
export const RecordId = z
  .string()
  .min(1)
  .max(200)
  .regex(/^\S(?:.*\S)?$/u, 'an id has no leading or trailing spaces')
  .regex(/^[^\p{Cc}]*$/u, 'an id has no control characters');

/** A record identifier. */
export type RecordId = z.infer<typeof RecordId>;
