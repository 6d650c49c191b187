import type { FxRate, UnforcedError } from '@unforced/core';
import { ok, type Result } from 'neverthrow';
import { loadFxRates } from '../input/load-option-files.js';
import type { SkippedRow } from '../input/skipped-row.js';
import type { CliIo } from '../io.js';

/**
 * The `--fx` rates, or none when the option is absent.
 *
 * @example
 * ```ts
 * const fx = fxOption(io, options.fx);
 * ```
 */
export function fxOption(
  io: CliIo,
  file: string | undefined,
): Result<{ rates: FxRate[]; skipped: readonly SkippedRow[] }, UnforcedError> {
  return file === undefined ? ok({ rates: [], skipped: [] }) : loadFxRates(file, io);
}
