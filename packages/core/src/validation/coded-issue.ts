import type { z } from 'zod';
import type { ErrorCode } from '../errors/error-codes.js';

/**
 * Adds an issue carrying an SDK error code to a zod refinement context, so that {@link validate} and
 * {@link parseRows} report it under that code.
 */
export function addCodedIssue(ctx: z.RefinementCtx, code: ErrorCode, message: string): void {
  ctx.addIssue({ code: 'custom', message, params: { code } });
}
