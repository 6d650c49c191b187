import { EXIT_CODES } from '../exit-codes.js';
import type { CliIo } from '../io.js';
import { listOption, parseCommandArgs, stringOption } from '../options.js';
import { exitCodeFor } from '../output/fail-on.js';
import { printSkipped } from '../output/print-skipped.js';
import { createProgress } from '../output/progress.js';
import { failWith } from '../output/report-error.js';
import { jsonText } from '../output/write-file.js';
import { runTrace } from '../pipeline/run-trace.js';
import { traceJson, traceSummary, writeTrace } from '../pipeline/trace-output.js';
import type { Command } from './command.js';
import { missingInput, printedHelp, writtenLines } from './command-kit.js';

const HELP = `unforced trace: traceability events → findings, exposure per finished lot, UFLPA tracing summary

Usage:
  unforced trace EVENTS... [--master-data FILE] [--lot LOT]... [--out DIR] [--format pdf,json,csv,md]
                 [--json] [--fail-on SEVERITY] [--as-of YYYY-MM-DD]

EVENTS are GS1 EPCIS 2.0 documents (.json, .jsonld), UNTP traceability credentials (.json), or JSON
Lines with one EPCIS or UNTP event per line (.jsonl); several files are merged. --master-data is a
JSON file of parties, facilities and products (docs/cli.md): names, countries and ISO 3166-2
subdivisions are what place production in a high-risk region such as Xinjiang (CN-XJ).

Checks: mass balance at each transformation, untraced inputs, custody gaps, time order, units,
high-risk origins and DOL-listed goods, UFLPA-listed parties; then, for each finished lot (default:
lots made and not used again; or --lot), the share of its mass from high-risk origins, listed
entities and unknown origins, and the status of each item of CBP's evidence list.

Outputs with --out: trace-results.json, findings.csv, exposure.csv, tracing-summary.pdf/.json/.md/-*.csv
(business-document numbers are never printed), skipped-rows.csv.
Exit codes: 0 done; 1 a finding at or above --fail-on; 2 bad usage or unreadable input.

Examples:
  unforced trace cotton-chain.jsonld --master-data cotton-chain-master-data.json --out trace
  unforced trace events.jsonl --lot urn:epc:class:lgtin:9521007.040001.G25-0107 --fail-on critical
  unforced trace credential.json --json
`;

async function run(args: readonly string[], io: CliIo) {
  const parsed = parseCommandArgs(args, io.today(), undefined, {
    'master-data': { type: 'string' },
    lot: { type: 'string', multiple: true },
  });
  if (parsed.isErr()) return failWith(io, parsed.error, 'unforced trace --help');
  const { options, files, extra } = parsed.value;
  if (printedHelp(io, options.help, HELP)) return EXIT_CODES.OK;
  if (files.length === 0)
    return failWith(
      io,
      missingInput('trace', 'traceability events (EPCIS or UNTP JSON, JSON-LD or JSONL)'),
      'unforced trace --help',
    );
  const progress = createProgress(io, options);
  const masterData = stringOption(extra, 'master-data');
  const result = await runTrace(
    io,
    {
      files,
      asOf: options.asOf,
      lots: listOption(extra, 'lot'),
      ...(masterData === undefined ? {} : { masterData }),
    },
    progress,
  );
  if (result.isErr()) return failWith(io, result.error, 'unforced trace --help');
  const trace = result.value;
  printSkipped(io, trace.skipped);
  let written: string[] = [];
  if (options.out !== undefined) {
    const files_ = await writeTrace(io, options.out, trace, options.formats);
    if (files_.isErr()) return failWith(io, files_.error, 'unforced trace --help');
    written = files_.value;
  }
  if (options.json) io.stdout(jsonText({ ...traceJson(trace), files: written }));
  else
    io.stdout(
      `${traceSummary(trace)}${writtenLines(written, options.out, 'the tracing-summary PDF, findings.csv and exposure.csv')}`,
    );
  return exitCodeFor(
    trace.analysis.findings.map((f) => f.severity),
    options.failOn,
  );
}

/** `unforced trace`: EPCIS / UNTP events → findings, exposure per finished lot, the tracing summary. */
export const traceCommand: Command = {
  name: 'trace',
  summary: 'analyse EPCIS/UNTP traceability events: origins, mass balance, UFLPA tracing summary',
  help: HELP,
  run,
};
