import type { z } from 'zod';
import type { ErrorCode } from '../errors/error-codes.js';

/**
 * Adds an issue carrying an SDK error code to a zod refinement context, so that {@link validate} and
 * {@link parseRows} report it under that code. `path` places the issue below the value being refined
 * (e.g. `['workers', 3, 'name']` from an object-level `superRefine`); without it the issue is on that
 * value itself.
 *
 * @example
 * ```ts
 * z.object({ items: z.array(z.string()) }).superRefine((value, ctx) => {
 *   if (value.items.length > 10) addCodedIssue(ctx, 'OUT_OF_RANGE', 'at most 10 items', ['items']);
 * });
 * ```
 */
export function addCodedIssue(
  ctx: z.RefinementCtx,
  code: ErrorCode,
  message: string,
  path?: readonly (string | number)[],
): void {
  if (path === undefined) ctx.addIssue({ code: 'custom', message, params: { code } });
  else ctx.addIssue({ code: 'custom', message, params: { code }, path: [...path] });
}
