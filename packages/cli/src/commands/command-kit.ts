import { join, relative, sep } from 'node:path';
import { UnforcedError } from '@unforced/core';
import type { CliIo } from '../io.js';

/**
 * The lines that list the files a command wrote, or, without `--out`, how to get them.
 *
 * @example
 * ```ts
 * io.stdout(writtenLines(files, 'out', 'the portfolio PDF and per-supplier reports'));
 * ```
 */
export function writtenLines(files: readonly string[], out: string | undefined, what: string): string {
  if (out === undefined) return `Add --out DIR to write ${what}.\n`;
  const lines: string[] = [];
  const folders = new Map<string, number>();
  for (const file of files) {
    const inside = relative(out, file);
    const folder = inside.includes(sep) ? inside.slice(0, inside.indexOf(sep)) : undefined;
    if (folder === undefined) lines.push(`  ${file}`);
    else folders.set(folder, (folders.get(folder) ?? 0) + 1);
  }
  for (const [folder, count] of folders) lines.push(`  ${join(out, folder)}${sep}: ${count} file(s)`);
  return `Wrote ${files.length} file(s) to ${out}:\n${lines.join('\n')}\n`;
}

/**
 * A `USAGE` error for a command run without the files it needs, saying what to give.
 *
 * @example
 * ```ts
 * missingInput('screen', 'a file of names (CSV, XLSX, JSON or JSONL)');
 * ```
 */
export function missingInput(command: string, what: string): UnforcedError {
  return new UnforcedError('USAGE', `unforced ${command} needs ${what}`);
}

/**
 * Prints a command's help when asked and reports whether it did.
 *
 * @example
 * ```ts
 * if (printedHelp(io, options.help, HELP)) return EXIT_CODES.OK;
 * ```
 */
export function printedHelp(io: CliIo, help: boolean, text: string): boolean {
  if (help) io.stdout(text);
  return help;
}
