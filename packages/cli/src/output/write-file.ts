import { join } from 'node:path';
import type { UnforcedError } from '@unforced/core';
import { err, ok, type Result } from 'neverthrow';
import type { CliIo } from '../io.js';
import { writeError } from './write-report.js';

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
