import { join } from 'node:path';
import { UnforcedError } from '@unforced/core';
import { renderReport } from '@unforced/report';
import { errAsync, okAsync, type ResultAsync } from 'neverthrow';
import type { CliIo } from '../io.js';
import type { OutputFormat } from '../options.js';

const RENDERER = { pdf: 'pdf', json: 'json', csv: 'csv', md: 'markdown' } as const;

/**
 * Renders a report model (from `@unforced/report`'s builders) in each of `formats` and writes it under
 * `dir` as `<base>.pdf`, `<base>.json`, `<base>.md` and `<base>-<table>.csv` (e.g.
 * `portfolio-findings.csv`). Resolves to the paths written, in a fixed order.
 *
 * @example
 * ```ts
 * await writeReport(io, 'out', 'portfolio', report, ['pdf', 'csv']);
 * ```
 */
export function writeReport(
  io: CliIo,
  dir: string,
  base: string,
  report: unknown,
  formats: readonly OutputFormat[],
): ResultAsync<string[], UnforcedError> {
  const written: string[] = [];
  let chain: ResultAsync<void, UnforcedError> = okAsync(undefined);
  for (const format of ['pdf', 'json', 'md', 'csv'] as const) {
    if (!formats.includes(format)) continue;
    chain = chain.andThen(() =>
      renderReport(report, RENDERER[format]).andThen((files) => {
        for (const file of files) {
          const name =
            format === 'csv' ? `${base}-${file.name}` : `${base}.${format === 'md' ? 'md' : format}`;
          const path = join(dir, name);
          try {
            io.writeFile(path, file.bytes);
          } catch (cause) {
            return errAsync(writeError(path, cause));
          }
          written.push(path);
        }
        return okAsync(undefined);
      }),
    );
  }
  return chain.map(() => written);
}

/**
 * An error for a file that could not be written, saying what to check.
 *
 * @example
 * ```ts
 * writeError('out/report.pdf', cause).message; // 'cannot write out/report.pdf (…): check --out …'
 * ```
 */
export function writeError(path: string, cause: unknown): UnforcedError {
  const reason = cause instanceof Error ? cause.message : String(cause);
  return new UnforcedError(
    'INPUT_UNREADABLE',
    `cannot write ${path} (${reason}): check that --out is a directory you can write to`,
    {
      path: [path],
      cause,
    },
  );
}
