import type { Finding, UnforcedError } from '@unforced/core';
import {
  type IndexedListInfo,
  ScreeningEntity,
  type ScreeningResult,
  screeningFindings,
} from '@unforced/screening';
import { err, ok, type Result } from 'neverthrow';
import type { RecordLocation } from '../input/input-record.js';
import { loadTable } from '../input/load-table.js';
import type { SkippedRow } from '../input/skipped-row.js';
import { SCREENING_NAMES_TABLE } from '../input/tables/index.js';
import type { CliIo } from '../io.js';
import type { Progress } from '../output/progress.js';
import { buildScreeningIndex } from './screening-index.js';

/** One screened entity: where it came from, the result and its findings. */
export interface ScreenedEntity {
  readonly location: RecordLocation;
  readonly result: ScreeningResult;
  readonly findings: readonly Finding[];
}

/** Everything `unforced screen` found. */
export interface ScreeningRun {
  readonly asOf: string;
  readonly lists: readonly IndexedListInfo[];
  readonly screened: readonly ScreenedEntity[];
  readonly findings: readonly Finding[];
  readonly skipped: readonly SkippedRow[];
  readonly total: number;
}

/**
 * Screens the names of `files` (CSV, XLSX, JSON, JSONL; columns in docs/cli.md) against the bundled
 * UFLPA Entity List and the `--list` files. A row that is invalid or whose name has nothing to compare
 * (`NAME_NOT_SCREENABLE`) is skipped with its line; the others are screened.
 *
 * @example
 * ```ts
 * const run = runScreening(io, { files: ['names.csv'], lists: [], asOf: '2026-11-22' }, progress);
 * ```
 */
export function runScreening(
  io: CliIo,
  input: {
    readonly files: readonly string[];
    readonly lists: readonly string[];
    readonly asOf: string;
    readonly sheet?: string;
  },
  progress: Progress,
): Result<ScreeningRun, UnforcedError> {
  const built = buildScreeningIndex(input.lists, io);
  if (built.isErr()) return err(built.error);
  const { index } = built.value;
  const skipped: SkippedRow[] = [...built.value.skipped];
  const screened: ScreenedEntity[] = [];
  let total = 0;
  for (const file of input.files) {
    const table = loadTable(file, io, SCREENING_NAMES_TABLE, ScreeningEntity, {
      ...(input.sheet === undefined ? {} : { sheet: input.sheet }),
      onRow: (done, count) => progress.update(done, count, `rows read from ${file}`),
    });
    if (table.isErr()) return err(table.error);
    total += table.value.total;
    skipped.push(...table.value.skipped);
    table.value.rows.forEach((row, i) => {
      progress.update(i + 1, table.value.rows.length, 'names screened');
      const result = index.screen(row.value);
      if (result.isErr()) {
        skipped.push({
          location: row.location,
          problems: result.error.issues.map((issue) => ({
            code: issue.code,
            message: issue.message,
            column: 'name',
          })),
        });
        return;
      }
      const findings = screeningFindings(result.value, { asOf: input.asOf });
      screened.push({
        location: row.location,
        result: result.value,
        findings: findings.isOk() ? findings.value : [],
      });
    });
  }
  progress.finish();
  return ok({
    asOf: input.asOf,
    lists: index.lists,
    screened,
    findings: screened.flatMap((s) => s.findings),
    skipped: skipped.sort(
      (a, b) =>
        (a.location.file < b.location.file ? -1 : a.location.file > b.location.file ? 1 : 0) ||
        a.location.line - b.location.line,
    ),
    total,
  });
}
