import { EXIT_CODES } from '../exit-codes.js';
import type { CliIo } from '../io.js';
import { parseCommandArgs } from '../options.js';
import { exitCodeFor } from '../output/fail-on.js';
import { printSkipped } from '../output/print-skipped.js';
import { createProgress } from '../output/progress.js';
import { failWith } from '../output/report-error.js';
import { jsonText } from '../output/write-file.js';
import { runScreening } from '../pipeline/run-screening.js';
import { screeningJson, screeningSummary, writeScreening } from '../pipeline/screening-output.js';
import type { Command } from './command.js';
import { missingInput, printedHelp, writtenLines } from './command-kit.js';

const HELP = `unforced screen: screen names against the UFLPA Entity List and your own lists

Usage:
  unforced screen NAMES_FILE... [--list LIST_FILE]... [--out DIR] [--json] [--fail-on SEVERITY]

NAMES_FILE is CSV (any delimiter), XLSX (first sheet, or --sheet NAME), JSON or JSONL, with the
columns id, name and optionally aliases, country, address, kind, lei, gln, os_id (docs/cli.md;
template: templates/screening-names.csv). Names in any script are compared whatever the spelling,
word order or legal form; every match comes with an explanation.

--list FILE adds a list: a spreadsheet of entries (id, name, aliases, country, addresses,
includes_subsidiaries, listed_on; template: templates/screening-list.csv) or a JSON ScreeningList.
A match on the UFLPA Entity List is a critical finding (rebuttable presumption, UFLPA Sec. 3); a
potential match is high and asks for review.

Outputs with --out: screening-results.json, screening-matches.csv (and skipped-rows.csv).
Exit codes: 0 done; 1 a finding at or above --fail-on; 2 bad usage or unreadable input.

Examples:
  unforced screen new-suppliers.csv
  unforced screen tender.xlsx --list our-blocklist.csv --fail-on high
  unforced screen names.jsonl --json --as-of 2026-11-22 > screening.json
`;

async function run(args: readonly string[], io: CliIo) {
  const parsed = parseCommandArgs(args, io.today(), ['json', 'csv']);
  if (parsed.isErr()) return failWith(io, parsed.error, 'unforced screen --help');
  const { options, files } = parsed.value;
  if (printedHelp(io, options.help, HELP)) return EXIT_CODES.OK;
  if (files.length === 0)
    return failWith(
      io,
      missingInput('screen', 'a file of names (CSV, XLSX, JSON or JSONL)'),
      'unforced screen --help',
    );
  const progress = createProgress(io, options);
  const result = runScreening(
    io,
    {
      files,
      lists: options.lists,
      asOf: options.asOf,
      ...(options.sheet === undefined ? {} : { sheet: options.sheet }),
    },
    progress,
  );
  if (result.isErr()) return failWith(io, result.error, 'unforced screen --help');
  const screening = result.value;
  printSkipped(io, screening.skipped);
  let written: string[] = [];
  if (options.out !== undefined) {
    const files_ = writeScreening(io, options.out, screening);
    if (files_.isErr()) return failWith(io, files_.error, 'unforced screen --help');
    written = files_.value;
  }
  if (options.json) io.stdout(jsonText({ ...screeningJson(screening), files: written }));
  else
    io.stdout(
      `${screeningSummary(screening)}${writtenLines(written, options.out, 'screening-results.json and screening-matches.csv')}`,
    );
  return exitCodeFor(
    screening.findings.map((f) => f.severity),
    options.failOn,
  );
}

/** `unforced screen`: names → matches and potential matches against the bundled and supplied lists. */
export const screenCommand: Command = {
  name: 'screen',
  summary: 'screen names against the UFLPA Entity List and your own lists',
  help: HELP,
  run,
};
