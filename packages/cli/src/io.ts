import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

/**
 * Everything the CLI does to the outside world, so tests can run it in-process with captured output.
 * Reading the clock is confined to {@link CliIo.today}, used only as the default `--as-of`.
 */
export interface CliIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  /** Whether stdout is a terminal (progress bars and colours only then). */
  readonly isTerminal: boolean;
  readonly cwd: string;
  readonly readFile: (path: string) => Uint8Array;
  readonly writeFile: (path: string, data: Uint8Array | string) => void;
  /** Today's date (`YYYY-MM-DD`), the default `--as-of`. */
  readonly today: () => string;
  /** Environment variables (read by `unforced serve` for its settings). */
  readonly env: Readonly<Record<string, string | undefined>>;
  /** Resolves with the signal's name when the process is asked to stop (SIGINT, SIGTERM). */
  readonly untilInterrupted: () => Promise<string>;
}

/**
 * The real process: stdout/stderr, the file system and the clock.
 *
 * @example
 * ```ts
 * const code = await runCli(process.argv.slice(2), nodeIo());
 * ```
 */
export function nodeIo(): CliIo {
  return {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    isTerminal: process.stdout.isTTY === true,
    cwd: process.cwd(),
    readFile: (path) => readFileSync(path),
    writeFile: (path, data) => {
      mkdirSync(dirname(resolve(path)), { recursive: true });
      writeFileSync(path, data);
    },
    today: () => new Date().toISOString().slice(0, 10),
    env: process.env,
    untilInterrupted: () =>
      new Promise((resolve) => {
        const stop = (signal: string) => {
          process.off('SIGINT', stop);
          process.off('SIGTERM', stop);
          resolve(signal);
        };
        process.once('SIGINT', stop);
        process.once('SIGTERM', stop);
      }),
  };
}
