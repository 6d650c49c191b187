import type { ExitCode } from '../exit-codes.js';
import type { CliIo } from '../io.js';

/** One `unforced` sub-command. */
export interface Command {
  readonly name: string;
  /** One line for the command list. */
  readonly summary: string;
  /** The full `--help` text, with examples. */
  readonly help: string;
  readonly run: (args: readonly string[], io: CliIo) => Promise<ExitCode>;
}
