import { assessCommand } from './commands/assess-command.js';
import type { Command } from './commands/command.js';
import { dataCommand } from './commands/data-command.js';
import { demoCommand } from './commands/demo-command.js';
import { feesCommand } from './commands/fees-command.js';
import { reportCommand } from './commands/report-command.js';
import { screenCommand } from './commands/screen-command.js';
import { serveCommand } from './commands/serve-command.js';
import { traceCommand } from './commands/trace-command.js';
import { EXIT_CODES, type ExitCode } from './exit-codes.js';
import type { CliIo } from './io.js';

/**
 * The commands `unforced` knows, in the order `--help` lists them.
 *
 * @example
 * ```ts
 * COMMANDS.map((c) => c.name); // ['demo', 'assess', 'fees', 'screen', 'trace', 'report', 'data', 'serve']
 * ```
 */
export const COMMANDS: readonly Command[] = [
  demoCommand,
  assessCommand,
  feesCommand,
  screenCommand,
  traceCommand,
  reportCommand,
  dataCommand,
  serveCommand,
];

function mainHelp(): string {
  const width = Math.max(...COMMANDS.map((c) => c.name.length));
  return `unforced: forced-labour due diligence for supply chains

Usage:
  unforced <command> [files] [options]

Commands:
${COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`).join('\n')}

Common options:
  --as-of YYYY-MM-DD   the date the checks are made as of (default: today; printed in every output)
  --json               machine-readable results on stdout
  --out DIR            where to write reports and result files
  --format LIST        report formats, e.g. pdf,json,csv,md (default: all four)
  --fail-on SEVERITY   exit 1 when a finding is at or above low|medium|high|critical
  --fx FILE            dated exchange rates (base, quote, rate, date); never fetched
  --list FILE          an extra screening list (repeatable)
  --policy FILE        a risk policy (JSON) instead of the default
  --sheet NAME         the XLSX sheet to read (default: the first)
  -q, --quiet          no progress bars
  -h, --help           help for a command, with examples

Inputs are CSV (any delimiter, BOM, quoted fields), XLSX, JSON or JSONL; the columns are in
docs/cli.md and the package's templates/ folder. Bad rows are reported with file, line and column
and the rest is processed.

Start with \`unforced demo\`: every check on bundled synthetic data, with the reports written.

Exit codes: 0 done; 1 done and a finding at or above --fail-on; 2 bad usage or unreadable input.
Run \`unforced <command> --help\` for a command's inputs and examples.
`;
}

/**
 * Runs `unforced` with the given arguments and returns the exit code; all output goes through `io`.
 *
 * @example
 * ```ts
 * process.exitCode = await runCli(process.argv.slice(2), nodeIo());
 * ```
 */
export async function runCli(argv: readonly string[], io: CliIo): Promise<ExitCode> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    io.stdout(mainHelp());
    return name === undefined ? EXIT_CODES.USAGE_OR_INPUT_ERROR : EXIT_CODES.OK;
  }
  const command = COMMANDS.find((c) => c.name === name);
  if (command === undefined) {
    io.stderr(
      `unforced: unknown command "${name}". Commands: ${COMMANDS.map((c) => c.name).join(', ')}.\nRun \`unforced --help\`.\n`,
    );
    return EXIT_CODES.USAGE_OR_INPUT_ERROR;
  }
  return command.run(rest, io);
}
