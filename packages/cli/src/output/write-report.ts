import type { UnforcedError } from '@unforced/core';
import { renderReport } from '@unforced/report';
import { errAsync, okAsync, type ResultAsync } from 'neverthrow';
import type { CliIo } from '../io.js';
import type { OutputFormat } from '../options.js';
import { writeOutput } from './write-file.js';

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
          const name = format === 'csv' ? `${base}-${file.name}` : `${base}.${format}`;
          const path = writeOutput(io, dir, name, file.bytes);
          if (path.isErr()) return errAsync(path.error);
          written.push(path.value);
        }
        return okAsync(undefined);
      }),
    );
  }
  return chain.map(() => written);
}
