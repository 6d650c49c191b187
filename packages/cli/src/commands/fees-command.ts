import { EXIT_CODES } from '../exit-codes.js';
import type { CliIo } from '../io.js';
import { parseCommandArgs, stringOption } from '../options.js';
import { exitCodeFor } from '../output/fail-on.js';
import { printSkipped } from '../output/print-skipped.js';
import { createProgress } from '../output/progress.js';
import { failWith } from '../output/report-error.js';
import { jsonText } from '../output/write-file.js';
import { feesJson, feesSummary, writeFees } from '../pipeline/fees-output.js';
import { fxOption } from '../pipeline/load-fx-option.js';
import { runFees } from '../pipeline/run-fees.js';
import { facilityNames } from '../pipeline/supplier-names.js';
import type { Command } from './command.js';
import { missingInput, printedHelp, writtenLines } from './command-kit.js';

const HELP = `unforced fees: recruitment fees, debt bondage and remediation owed, from worker records

Usage:
  unforced fees FILE... [--fx RATES] [--suppliers SUPPLIERS] [--out DIR] [--format pdf,json,csv,md]
                [--json] [--fail-on SEVERITY] [--as-of YYYY-MM-DD]

FILE is any mix of:
  - CSV tables (any delimiter) joined by worker_id: workers (required) and optionally costs, payslips,
    deductions, loans and documents, told apart by their columns (docs/cli.md; templates/*.csv);
  - an XLSX workbook whose first sheet, or sheets named workers, costs, payslips, deductions, loans and
    documents, hold those tables (dates may be Excel date cells);
  - JSON or JSONL worker records in the SDK's WorkerRecord shape.
Records are pseudonymous: worker ids only, never names or document numbers.

--fx RATES       dated exchange rates (CSV/XLSX/JSON: base, quote, rate, date); needed when fees were
                 paid in another currency than the wage (NPR, BDT… against MYR). Never fetched.
--suppliers FILE the suppliers file, to name each facility's supplier in the reports.

Checks: ILO fee/related-cost classification, Employer Pays Principle, the corridor's legal caps, fee
burden in months of wages, the RBA VAP 8.0.2 fee matrix, loans and deductions (debt bondage), wages,
identity documents and contracts, and what each worker is owed (due 90 days after --as-of).

Outputs with --out: fees-results.json, findings.csv, remediation.csv (one row per worker owed),
fee-audit-<facility>.pdf/.json/.md/-*.csv (per --format), skipped-rows.csv.
Exit codes: 0 done; 1 a finding at or above --fail-on; 2 bad usage or unreadable input.

Examples:
  unforced fees payroll/workers.csv payroll/costs.csv payroll/payslips.csv --fx fx-rates.csv --out audit
  unforced fees payroll.xlsx --fx rates.xlsx --fail-on high
  unforced fees workers.json --fx fx-rates.json --json --as-of 2026-11-22
`;

async function run(args: readonly string[], io: CliIo) {
  const parsed = parseCommandArgs(args, io.today(), undefined, { suppliers: { type: 'string' } });
  if (parsed.isErr()) return failWith(io, parsed.error, 'unforced fees --help');
  const { options, files, extra } = parsed.value;
  if (printedHelp(io, options.help, HELP)) return EXIT_CODES.OK;
  if (files.length === 0)
    return failWith(
      io,
      missingInput('fees', 'worker records (CSV tables, an XLSX workbook, JSON or JSONL)'),
      'unforced fees --help',
    );
  const fx = fxOption(io, options.fx);
  if (fx.isErr()) return failWith(io, fx.error, 'unforced fees --help');
  const names = facilityNames(io, stringOption(extra, 'suppliers'));
  if (names.isErr()) return failWith(io, names.error, 'unforced fees --help');
  const progress = createProgress(io, options);
  const result = runFees(
    io,
    {
      files,
      asOf: options.asOf,
      fxRates: fx.value.rates,
      ...(options.sheet === undefined ? {} : { sheet: options.sheet }),
    },
    progress,
  );
  if (result.isErr()) return failWith(io, result.error, 'unforced fees --help');
  const fees = result.value;
  printSkipped(io, [...fx.value.skipped, ...fees.skipped]);
  let written: string[] = [];
  if (options.out !== undefined) {
    const files_ = await writeFees(io, options.out, fees, options.formats, names.value, (done, total) =>
      progress.update(done, total, 'reports written'),
    );
    progress.finish();
    if (files_.isErr()) return failWith(io, files_.error, 'unforced fees --help');
    written = files_.value;
  }
  if (options.json) io.stdout(jsonText({ ...feesJson(fees), files: written }));
  else
    io.stdout(
      `${feesSummary(fees)}${options.fx === undefined ? 'No --fx rates given: fees in another currency than the wage could not be converted.\n' : ''}${writtenLines(written, options.out, 'the fee-audit PDF, findings.csv and remediation.csv')}`,
    );
  return exitCodeFor(
    fees.check.findings.map((f) => f.severity),
    options.failOn,
  );
}

/** `unforced fees`: worker records → findings, a remediation table and the recruitment-fee audit report. */
export const feesCommand: Command = {
  name: 'fees',
  summary: 'check recruitment fees and debt bondage in worker records; remediation owed',
  help: HELP,
  run,
};
