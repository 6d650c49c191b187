import { UnforcedError } from '@unforced/core';
import {
  createScreeningIndex,
  type ScreeningIndex,
  type ScreeningListInput,
  uflpaScreeningList,
} from '@unforced/screening';
import { err, ok, type Result } from 'neverthrow';
import { loadScreeningList } from '../input/load-option-files.js';
import type { SkippedRow } from '../input/skipped-row.js';
import type { CliIo } from '../io.js';

/**
 * Builds the screening index over the bundled UFLPA Entity List and every `--list FILE`, with the list
 * rows skipped for their problems. Two lists with the same id are a `USAGE` error.
 *
 * @example
 * ```ts
 * const screening = buildScreeningIndex(['blocklist.csv'], io);
 * ```
 */
export function buildScreeningIndex(
  listFiles: readonly string[],
  io: CliIo,
): Result<{ index: ScreeningIndex; skipped: SkippedRow[] }, UnforcedError> {
  const lists: ScreeningListInput[] = [uflpaScreeningList()];
  const skipped: SkippedRow[] = [];
  for (const file of listFiles) {
    const loaded = loadScreeningList(file, io);
    if (loaded.isErr()) return err(loaded.error);
    lists.push(...loaded.value.lists);
    skipped.push(...loaded.value.skipped);
  }
  const index = createScreeningIndex(lists);
  if (index.isErr())
    return err(
      new UnforcedError(
        index.error.code === 'DUPLICATE_ID' ? 'USAGE' : index.error.code,
        `--list: ${index.error.message} (give each list its own id or file name)`,
        { issues: index.error.issues, cause: index.error },
      ),
    );
  return ok({ index: index.value, skipped });
}
