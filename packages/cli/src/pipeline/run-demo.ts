import { join } from 'node:path';
import type { Finding, Severity, UnforcedError } from '@unforced/core';
import { err, ok, type Result } from 'neverthrow';
import type { SkippedRow } from '../input/skipped-row.js';
import type { CliIo } from '../io.js';
import type { OutputFormat } from '../options.js';
import { findingsCsv } from '../output/findings-csv.js';
import type { Progress } from '../output/progress.js';
import { jsonText, writeOutputs } from '../output/write-file.js';
import { assessmentJson, writeAssessment } from './assessment-output.js';
import { demoFile } from './demo-data.js';
import { feesJson, remediationCsv, writeFees } from './fees-output.js';
import { fxOption } from './load-fx-option.js';
import { type AssessmentRun, runAssessment } from './run-assessment.js';
import { type FeesRun, runFees } from './run-fees.js';
import { runScreening, type ScreeningRun } from './run-screening.js';
import { runTrace, type TraceRun } from './run-trace.js';
import { screeningJson, writeScreening } from './screening-output.js';
import { facilityNames } from './supplier-names.js';
import { traceJson, writeTrace } from './trace-output.js';

/** What the demo ran and wrote. */
export interface DemoRun {
  readonly screening: ScreeningRun;
  readonly fees: FeesRun;
  readonly trace: TraceRun;
  readonly portfolio: AssessmentRun;
  /** Every row skipped, once (the portfolio's skipped rows include the fees' and trace's). */
  readonly skipped: readonly SkippedRow[];
  readonly files: readonly string[];
  /** Severities of every finding and supplier tier, for `--fail-on`. */
  readonly severities: readonly Severity[];
  /** The machine-readable summary of each part. */
  readonly json: Record<string, unknown>;
}

const WORKER_FILES = [
  'workers.json',
  'payroll/workers.csv',
  'payroll/costs.csv',
  'payroll/payslips.csv',
  'payroll/deductions.csv',
  'payroll/loans.csv',
  'payroll/documents.csv',
].map(demoFile);

function dedupe(rows: readonly SkippedRow[]): SkippedRow[] {
  const seen = new Set<string>();
  return rows.filter((row) => {
    const key = JSON.stringify(row);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * Runs screening, the recruitment-fee checks, the traceability analysis and the portfolio assessment on
 * the bundled example data (read through `io` as `demo-data/…`), and writes every result under `out`.
 *
 * @example
 * ```ts
 * const demo = await runDemo(withDemoData(io, bundledDataDir() ?? ''), { asOf: '2026-11-22', out: 'demo', formats: ['pdf'] }, progress);
 * ```
 */
export async function runDemo(
  io: CliIo,
  input: { readonly asOf: string; readonly out: string; readonly formats: readonly OutputFormat[] },
  progress: Progress,
): Promise<Result<DemoRun, UnforcedError>> {
  const { asOf, out, formats } = input;
  const list = demoFile('internal-blocklist.csv');
  const fx = fxOption(io, demoFile('fx-rates.json'));
  if (fx.isErr()) return err(fx.error);
  const names = facilityNames(io, demoFile('suppliers.csv'));
  if (names.isErr()) return err(names.error);
  const files: string[] = [];
  const keep = (written: Result<string[], UnforcedError>) =>
    written.map((paths) => {
      files.push(...paths);
      return paths.length;
    });

  const screening = runScreening(
    io,
    { files: [demoFile('screening-names.csv')], lists: [list], asOf },
    progress,
  );
  if (screening.isErr()) return err(screening.error);
  const s = keep(writeScreening(io, join(out, 'screening'), screening.value));
  if (s.isErr()) return err(s.error);

  const fees = runFees(io, { files: WORKER_FILES, asOf, fxRates: fx.value.rates }, progress);
  if (fees.isErr()) return err(fees.error);
  const f = keep(
    await writeFees(io, join(out, 'fees'), fees.value, formats, names.value, (d, t) =>
      progress.update(d, t, 'fee audits written'),
    ),
  );
  if (f.isErr()) return err(f.error);

  const events = [demoFile('cotton-chain.jsonld')];
  const masterData = demoFile('cotton-chain-master-data.json');
  const trace = await runTrace(io, { files: events, masterData, asOf }, progress);
  if (trace.isErr()) return err(trace.error);
  const t = keep(await writeTrace(io, join(out, 'trace'), trace.value, formats));
  if (t.isErr()) return err(t.error);

  const portfolio = await runAssessment(
    io,
    {
      suppliers: [demoFile('suppliers.csv')],
      audits: [demoFile('audit-findings.csv')],
      grievances: [demoFile('grievances.csv')],
      mitigations: [demoFile('mitigations.csv')],
      workers: WORKER_FILES,
      events,
      masterData,
      lists: [list],
      fxRates: fx.value.rates,
      asOf,
      feesRun: fees.value,
      traceRun: trace.value,
    },
    progress,
  );
  if (portfolio.isErr()) return err(portfolio.error);
  const p = keep(
    await writeAssessment(io, join(out, 'portfolio'), portfolio.value, formats, (d, total) =>
      progress.update(d, total, 'supplier reports written'),
    ),
  );
  progress.finish();
  if (p.isErr()) return err(p.error);

  const all = portfolio.value.findings;
  const supplierOf = new Map(all.map((a) => [a.finding, a.supplierId]));
  const findings: Finding[] = all.map((a) => a.finding);
  const top: Array<[string, string]> = [
    ['findings.json', jsonText({ asOf, findings: all })],
    ['findings.csv', findingsCsv(findings, (x) => supplierOf.get(x))],
    ['remediation.csv', remediationCsv(fees.value)],
  ];
  const topFiles = writeOutputs(io, out, top);
  if (topFiles.isErr()) return err(topFiles.error);
  const skipped = dedupe([
    ...fx.value.skipped,
    ...screening.value.skipped,
    ...fees.value.skipped,
    ...trace.value.skipped,
    ...portfolio.value.skipped,
  ]);
  return ok({
    screening: screening.value,
    fees: fees.value,
    trace: trace.value,
    portfolio: portfolio.value,
    skipped,
    files: [...topFiles.value, ...files],
    severities: [
      ...screening.value.findings.map((x) => x.severity),
      ...findings.map((x) => x.severity),
      ...portfolio.value.assessments.map((a) => a.tier),
    ],
    json: {
      screening: { ...screeningJson(screening.value), results: undefined },
      fees: { ...feesJson(fees.value), workers: undefined },
      trace: traceJson(trace.value),
      portfolio: { ...assessmentJson(portfolio.value), assessments: undefined },
    },
  });
}
