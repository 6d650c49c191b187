import { formatPath, type UnforcedError } from '@unforced/core';
import { EXIT_CODES, type ExitCode } from '../exit-codes.js';
import type { CliIo } from '../io.js';

/**
 * Prints an error the way people can act on it (its message and code, every issue with its path, and
 * a pointer to `--help`), and returns exit code 2.
 *
 * @example
 * ```ts
 * return failWith(io, error, 'unforced fees --help');
 * ```
 */
export function failWith(io: CliIo, error: UnforcedError, helpCommand: string): ExitCode {
  io.stderr(`unforced: ${error.message} (${error.code})\n`);
  if (error.issues.length > 1) {
    for (const issue of error.issues)
      io.stderr(`  ${formatPath(issue.path)}: ${issue.code} ${issue.message}\n`);
  }
  io.stderr(`Run \`${helpCommand}\` for usage and examples.\n`);
  return EXIT_CODES.USAGE_OR_INPUT_ERROR;
}
