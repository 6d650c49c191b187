import type { RiskPolicy } from '@unforced/risk';
import { EXIT_CODES } from '../exit-codes.js';
import { loadPolicy } from '../input/load-option-files.js';
import type { CliIo } from '../io.js';
import { listOption, parseCommandArgs, stringOption } from '../options.js';
import { exitCodeFor } from '../output/fail-on.js';
import { printSkipped } from '../output/print-skipped.js';
import { createProgress } from '../output/progress.js';
import { failWith } from '../output/report-error.js';
import { jsonText } from '../output/write-file.js';
import { assessmentJson, assessmentSummary, writeAssessment } from '../pipeline/assessment-output.js';
import { fxOption } from '../pipeline/load-fx-option.js';
import { runAssessment } from '../pipeline/run-assessment.js';
import type { Command } from './command.js';
import { missingInput, printedHelp, writtenLines } from './command-kit.js';

const HELP = `unforced assess: score every supplier of a portfolio, rank it, and write the audit reports

Usage:
  unforced assess SUPPLIERS... [--audits FILE]... [--grievances FILE]... [--mitigations FILE]...
                  [--workers FILE]... [--events FILE]... [--master-data FILE] [--fx RATES]
                  [--list LIST]... [--policy POLICY.json] [--out DIR] [--format pdf,json,csv,md]
                  [--json] [--fail-on SEVERITY] [--as-of YYYY-MM-DD]

SUPPLIERS is CSV (any delimiter), XLSX, JSON or JSONL with the columns id, name, country and
optionally subdivision, sector, goods, annual_spend, currency, lei, os_id, gln, facility_ids,
workers, migrant_share, agency_share, seasonal, employer_provided_housing, piece_rates (docs/cli.md;
template: templates/suppliers.csv). Optional evidence, each in its own file:
  --audits       social-audit findings (templates/audit-findings.csv)
  --grievances   grievances received (templates/grievances.csv)
  --mitigations  mitigations in place (templates/mitigations.csv)
  --workers      worker records, as for \`unforced fees\`: their findings go to the supplier named by
                 supplier_id or listing the facility in facility_ids
  --events       EPCIS/UNTP traceability events (with --master-data), as for \`unforced trace\`: each
                 finished lot's findings go to the supplier that made it (matched by gln, lei, os_id
                 or name)
Every supplier is also screened against the UFLPA Entity List and each --list. Scores follow the
default risk policy (docs/methodology.md) or --policy; every point traces to a factor and a source.

Outputs with --out: assessments.json, findings.csv, remediation.csv (every recommended action),
portfolio.pdf/.json/.md/-*.csv, suppliers/<id>.pdf/.json/.md, skipped-rows.csv.
Exit codes: 0 done; 1 a supplier's tier or a finding at or above --fail-on; 2 bad usage or
unreadable input.

Examples:
  unforced assess suppliers.csv
  unforced assess suppliers.xlsx --audits audits.csv --grievances grievances.csv --out reports
  unforced assess suppliers.csv --workers payroll.xlsx --fx rates.csv --fail-on critical
  unforced assess suppliers.csv --events chain.jsonld --master-data master.json --json > portfolio.json
`;

const EXTRA = {
  audits: { type: 'string', multiple: true },
  grievances: { type: 'string', multiple: true },
  mitigations: { type: 'string', multiple: true },
  workers: { type: 'string', multiple: true },
  events: { type: 'string', multiple: true },
  'master-data': { type: 'string' },
} as const;

async function run(args: readonly string[], io: CliIo) {
  const parsed = parseCommandArgs(args, io.today(), undefined, EXTRA);
  if (parsed.isErr()) return failWith(io, parsed.error, 'unforced assess --help');
  const { options, files, extra } = parsed.value;
  if (printedHelp(io, options.help, HELP)) return EXIT_CODES.OK;
  if (files.length === 0)
    return failWith(
      io,
      missingInput('assess', 'a suppliers file (CSV, XLSX, JSON or JSONL)'),
      'unforced assess --help',
    );
  const fx = fxOption(io, options.fx);
  if (fx.isErr()) return failWith(io, fx.error, 'unforced assess --help');
  let policy: RiskPolicy | undefined;
  if (options.policy !== undefined) {
    const loaded = loadPolicy(options.policy, io);
    if (loaded.isErr()) return failWith(io, loaded.error, 'unforced assess --help');
    policy = loaded.value;
  }
  const progress = createProgress(io, options);
  const masterData = stringOption(extra, 'master-data');
  const result = await runAssessment(
    io,
    {
      suppliers: files,
      audits: listOption(extra, 'audits'),
      grievances: listOption(extra, 'grievances'),
      mitigations: listOption(extra, 'mitigations'),
      workers: listOption(extra, 'workers'),
      events: listOption(extra, 'events'),
      lists: options.lists,
      fxRates: fx.value.rates,
      asOf: options.asOf,
      ...(masterData === undefined ? {} : { masterData }),
      ...(policy === undefined ? {} : { policy }),
      ...(options.sheet === undefined ? {} : { sheet: options.sheet }),
    },
    progress,
  );
  if (result.isErr()) return failWith(io, result.error, 'unforced assess --help');
  const assessment = result.value;
  printSkipped(io, [...fx.value.skipped, ...assessment.skipped]);
  let written: string[] = [];
  if (options.out !== undefined) {
    const files_ = await writeAssessment(io, options.out, assessment, options.formats, (done, total) =>
      progress.update(done, total, 'supplier reports written'),
    );
    progress.finish();
    if (files_.isErr()) return failWith(io, files_.error, 'unforced assess --help');
    written = files_.value;
  }
  if (options.json) io.stdout(jsonText({ ...assessmentJson(assessment), files: written }));
  else
    io.stdout(
      `${assessmentSummary(assessment)}${writtenLines(written, options.out, 'the portfolio PDF, per-supplier PDFs, findings.csv and remediation.csv')}`,
    );
  return exitCodeFor(
    [...assessment.assessments.map((a) => a.tier), ...assessment.findings.map((f) => f.finding.severity)],
    options.failOn,
  );
}

/** `unforced assess`: suppliers (and evidence) → assessments, a ranked portfolio and the audit reports. */
export const assessCommand: Command = {
  name: 'assess',
  summary: 'score and rank a supplier portfolio; portfolio and per-supplier reports',
  help: HELP,
  run,
};
