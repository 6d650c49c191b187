import { join } from 'node:path';
import { UnforcedError } from '@unforced/core';
import { err, ok, type Result } from 'neverthrow';
import type { CliIo } from '../io.js';

/**
 * Writes one output file under `dir` and returns its path, or an error that says what to check.
 *
 * @example
 * ```ts
 * writeOutput(io, 'out', 'findings.json', text);
 * ```
 */
export function writeOutput(
  io: CliIo,
  dir: string,
  name: string,
  data: string | Uint8Array,
): Result<string, UnforcedError> {
  const path = join(dir, name);
  try {
    io.writeFile(path, data);
    return ok(path);
  } catch (cause) {
    return err(writeError(path, cause));
  }
}

/**
 * Writes `outputs` (`[name, text]` pairs) under `dir` in order and returns their paths; stops at the
 * first file that cannot be written.
 *
 * @example
 * ```ts
 * writeOutputs(io, 'out', [['findings.csv', csv], ['results.json', json]]);
 * ```
 */
export function writeOutputs(
  io: CliIo,
  dir: string,
  outputs: ReadonlyArray<readonly [string, string | Uint8Array]>,
): Result<string[], UnforcedError> {
  const files: string[] = [];
  for (const [name, data] of outputs) {
    const written = writeOutput(io, dir, name, data);
    if (written.isErr()) return err(written.error);
    files.push(written.value);
  }
  return ok(files);
}

/**
 * An id made safe as part of a file name (letters, digits, `-`, `_`, `.`).
 *
 * @example
 * ```ts
 * safeName('FAC/MY 01'); // 'FAC_MY_01'
 * ```
 */
export function safeName(id: string): string {
  return id.replace(/[^A-Za-z0-9._-]+/g, '_');
}

/**
 * Deterministic JSON for output files: two-space indentation and a final newline.
 *
 * @example
 * ```ts
 * jsonText({ asOf: '2026-11-22' }); // '{\n  "asOf": "2026-11-22"\n}\n'
 * ```
 */
export function jsonText(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
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
