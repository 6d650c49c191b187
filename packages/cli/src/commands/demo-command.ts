import { UnforcedError } from '@unforced/core';
import { bundledReferenceData } from '@unforced/reference-data';
import { EXIT_CODES } from '../exit-codes.js';
import type { CliIo } from '../io.js';
import { parseCommandArgs } from '../options.js';
import { exitCodeFor } from '../output/fail-on.js';
import { printSkipped } from '../output/print-skipped.js';
import { createProgress } from '../output/progress.js';
import { failWith } from '../output/report-error.js';
import { jsonText } from '../output/write-file.js';
import { bundledDataDir, withDemoData } from '../pipeline/demo-data.js';
import { demoSummary } from '../pipeline/demo-output.js';
import { runDemo } from '../pipeline/run-demo.js';
import type { Command } from './command.js';
import { printedHelp, writtenLines } from './command-kit.js';

const HELP = `unforced demo: run every check on the bundled example data and write the results

Usage:
  unforced demo [--out DIR] [--as-of YYYY-MM-DD] [--format pdf,json,csv,md] [--json] [--quiet]

Runs, on a synthetic but realistic portfolio shipped with the CLI (invented companies and
pseudonymous workers; see data/README.md in the package):
  1. screen: 12 prospective counterparties against the UFLPA Entity List and an internal blocklist;
  2. fees: a Malaysian glove factory's Nepali and Bangladeshi workers (JSON records and a payroll
     export in CSV) for recruitment fees, debt bondage and remediation owed;
  3. trace: a cotton-to-garment chain (EPCIS 2.0) with a Xinjiang-origin lot, for the UFLPA tracing
     summary;
  4. assess: 19 suppliers across 13 countries with audits, grievances, mitigations and the evidence
     above, ranked by risk, with the portfolio and per-supplier reports.
A few rows of the data are broken on purpose, to show how bad rows are reported and skipped.

Writes to DIR (default ./unforced-demo): findings.json, findings.csv and remediation.csv for the
whole run; screening/, fees/ (fee-audit PDFs), trace/ (tracing-summary PDF) and portfolio/
(portfolio.pdf and suppliers/<id>.pdf). Same data and --as-of give byte-identical files.

Examples:
  unforced demo
  unforced demo --out /tmp/unforced-demo --as-of 2026-11-22
  unforced demo --json --quiet > demo.json
`;

async function run(args: readonly string[], io: CliIo) {
  const parsed = parseCommandArgs(args, io.today());
  if (parsed.isErr()) return failWith(io, parsed.error, 'unforced demo --help');
  const { options, files } = parsed.value;
  if (printedHelp(io, options.help, HELP)) return EXIT_CODES.OK;
  if (files.length > 0)
    return failWith(
      io,
      new UnforcedError(
        'USAGE',
        `unforced demo takes no files (got ${files.join(', ')}): it runs on its own bundled data`,
      ),
      'unforced demo --help',
    );
  const dir = bundledDataDir();
  if (dir === undefined)
    return failWith(
      io,
      new UnforcedError(
        'INPUT_UNREADABLE',
        'the bundled example data is missing from this installation: reinstall @unforced/cli, or rebuild it (pnpm run build) in the repository',
      ),
      'unforced demo --help',
    );
  const out = options.out ?? 'unforced-demo';
  const progress = createProgress(io, options);
  const result = await runDemo(
    withDemoData(io, dir),
    { asOf: options.asOf, out, formats: options.formats },
    progress,
  );
  if (result.isErr()) return failWith(io, result.error, 'unforced demo --help');
  const demo = result.value;
  printSkipped(io, demo.skipped);
  const status = bundledReferenceData().datasetStatus(options.asOf);
  if (options.json)
    io.stdout(
      jsonText({
        command: 'demo',
        asOf: options.asOf,
        ...demo.json,
        referenceData: status,
        files: demo.files,
      }),
    );
  else
    io.stdout(
      `${demoSummary(demo, options.asOf, dir, status)}${writtenLines(demo.files, out, 'the results')}\nCheck any PDF: unforced report verify ${out}/portfolio/portfolio.pdf\n`,
    );
  return exitCodeFor(demo.severities, options.failOn);
}

/** `unforced demo`: every capability on the bundled synthetic data, in one command. */
export const demoCommand: Command = {
  name: 'demo',
  summary: 'run every check on the bundled synthetic example data and write the reports',
  help: HELP,
  run,
};
