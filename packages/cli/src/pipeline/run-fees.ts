import type { FxRate, UnforcedError, WorkerRecord } from '@unforced/core';
import { checkRecruitment, type RecruitmentReport } from '@unforced/recruitment';
import { err, ok, type Result } from 'neverthrow';
import type { RecordLocation } from '../input/input-record.js';
import { loadWorkers } from '../input/load-workers.js';
import type { SkippedRow } from '../input/skipped-row.js';
import type { CliIo } from '../io.js';
import type { Progress } from '../output/progress.js';

/** Everything `unforced fees` found: the recruitment checks' report, the records and their problems. */
export interface FeesRun {
  readonly asOf: string;
  readonly check: RecruitmentReport;
  /** The worker records checked, with where each came from. */
  readonly workers: readonly WorkerRecord[];
  readonly locations: readonly RecordLocation[];
  /** Records not checked, with every problem. */
  readonly skipped: readonly SkippedRow[];
  /** Records checked only in part (e.g. a missing FX rate), with the problems. */
  readonly partial: readonly SkippedRow[];
  readonly total: number;
}

/**
 * Reads worker records (JSON, JSONL, CSV tables or XLSX workbooks) and runs `@unforced/recruitment`'s
 * checks on them with the caller's FX rates. Records the checks reject (dates after `--as-of`,
 * duplicate ids…) join the skipped rows with their file and line.
 *
 * @example
 * ```ts
 * const run = runFees(io, { files: ['workers.json'], asOf: '2026-11-22', fxRates }, progress);
 * ```
 */
export function runFees(
  io: CliIo,
  input: {
    readonly files: readonly string[];
    readonly asOf: string;
    readonly fxRates: readonly FxRate[];
    readonly sheet?: string;
  },
  progress: Progress,
): Result<FeesRun, UnforcedError> {
  progress.update(0, input.files.length, 'files read');
  const loaded = loadWorkers(input.files, io, input.sheet);
  if (loaded.isErr()) return err(loaded.error);
  progress.update(input.files.length, input.files.length, 'files read');
  const { workers, locations } = loaded.value;
  progress.update(0, workers.length, 'workers checked');
  const checked = checkRecruitment(workers, { asOf: input.asOf, fxRates: [...input.fxRates] });
  progress.finish();
  if (checked.isErr()) return err(checked.error);
  const check = checked.value;
  const skipped: SkippedRow[] = [...loaded.value.skipped];
  const partial: SkippedRow[] = [];
  const rejected = new Set<number>();
  for (const e of check.errors) {
    const at = e.row === undefined ? undefined : locations[e.row - 1];
    const row: SkippedRow = {
      location: at ?? { file: input.files[0] ?? '', line: 0 },
      problems: e.issues.map((i) => ({ code: i.code, message: i.message, path: i.path })),
      ...(e.workerId !== undefined
        ? { subject: `worker ${e.workerId}` }
        : e.facilityId !== undefined
          ? { subject: `facility ${e.facilityId}` }
          : {}),
    };
    if (e.outcome === 'rejected') {
      skipped.push(row);
      if (e.row !== undefined) rejected.add(e.row - 1);
    } else partial.push(row);
  }
  return ok({
    asOf: input.asOf,
    check,
    workers: workers.filter((_, i) => !rejected.has(i)),
    locations: locations.filter((_, i) => !rejected.has(i)),
    skipped,
    partial,
    total: loaded.value.total,
  });
}
