import { UnforcedError } from '@unforced/core';
import { analyseTrace, buildTracingSummary, type TraceAnalysis, type TracingSummary } from '@unforced/trace';
import { err, ok, type Result } from 'neverthrow';
import { loadEvents } from '../input/load-events.js';
import { readInput } from '../input/read-input.js';
import type { SkippedRow } from '../input/skipped-row.js';
import type { CliIo } from '../io.js';
import type { Progress } from '../output/progress.js';

/** Everything `unforced trace` found. */
export interface TraceRun {
  readonly asOf: string;
  readonly analysis: TraceAnalysis;
  /** The tracing summary of the finished lots; absent when the events make no finished lot. */
  readonly summary?: TracingSummary;
  readonly skipped: readonly SkippedRow[];
  readonly total: number;
}

function masterDataOf(io: CliIo, file: string | undefined): Result<unknown, UnforcedError> {
  if (file === undefined) return ok(undefined);
  return readInput(file, io).map((records) => records[0]?.value);
}

/**
 * Reads traceability events (and optional master data), analyses them with `@unforced/trace` (mass
 * balance, untraced inputs, custody gaps, high-risk origins, listed entities…) and builds the tracing
 * summary of the finished lots (`lots`, default all).
 *
 * @example
 * ```ts
 * const run = await runTrace(io, { files: ['chain.jsonld'], masterData: 'master.json', asOf: '2026-11-22' }, progress);
 * ```
 */
export async function runTrace(
  io: CliIo,
  input: {
    readonly files: readonly string[];
    readonly masterData?: string;
    readonly lots?: readonly string[];
    readonly asOf: string;
  },
  progress: Progress,
): Promise<Result<TraceRun, UnforcedError>> {
  progress.update(0, input.files.length, 'files read');
  const events = await loadEvents(input.files, io);
  if (events.isErr()) return err(events.error);
  const masterData = masterDataOf(io, input.masterData);
  if (masterData.isErr()) return err(masterData.error);
  progress.update(input.files.length, input.files.length, 'files read');
  const lots = input.lots === undefined || input.lots.length === 0 ? undefined : [...input.lots];
  const analysed = analyseTrace(
    {
      events: events.value.batch,
      ...(masterData.value === undefined ? {} : { masterData: masterData.value }),
    },
    { asOf: input.asOf, ...(lots === undefined ? {} : { finishedLots: lots }) },
  );
  progress.finish();
  if (analysed.isErr())
    return err(
      new UnforcedError(
        analysed.error.code === 'UNKNOWN_REFERENCE' ? 'USAGE' : analysed.error.code,
        `${analysed.error.message}`,
        {
          issues: analysed.error.issues,
          cause: analysed.error,
        },
      ),
    );
  const analysis = analysed.value;
  const skipped: SkippedRow[] = [...events.value.skipped];
  for (const issue of analysis.invalidMasterData)
    skipped.push({
      location: { file: input.masterData ?? 'master data', line: 1 },
      problems: [{ code: issue.code, message: issue.message, path: issue.path }],
    });
  let summary: TracingSummary | undefined;
  if (analysis.finishedLots.length > 0) {
    const built = buildTracingSummary(analysis, lots === undefined ? {} : { lots });
    if (built.isErr()) return err(built.error);
    summary = built.value;
  }
  return ok({
    asOf: input.asOf,
    analysis,
    ...(summary === undefined ? {} : { summary }),
    skipped,
    total: events.value.total,
  });
}
