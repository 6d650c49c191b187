import type { UnforcedError } from '@unforced/core';
import { csvTable, traceReportFromSummary } from '@unforced/report';
import { err, ok, type Result } from 'neverthrow';
import type { CliIo } from '../io.js';
import type { OutputFormat } from '../options.js';
import { severityCounts } from '../output/fail-on.js';
import { findingsCsv } from '../output/findings-csv.js';
import { percent } from '../output/percent.js';
import { readSummary, skippedCsv, skippedJson } from '../output/print-skipped.js';
import { clip, textTable } from '../output/text-table.js';
import { worstFirst } from '../output/worst-first.js';
import { jsonText, writeOutputs } from '../output/write-file.js';
import { writeReport } from '../output/write-report.js';
import type { TraceRun } from './run-trace.js';

/**
 * The machine-readable result of `unforced trace` (`--json`, `trace-results.json`): findings, the
 * exposure of every finished lot, the status of each item of CBP's evidence list, what was skipped.
 * Business-document numbers are left out.
 *
 * @example
 * ```ts
 * io.stdout(jsonText(traceJson(run)));
 * ```
 */
export function traceJson(run: TraceRun) {
  const { analysis, summary } = run;
  return {
    command: 'trace',
    asOf: run.asOf,
    methodology: analysis.methodology,
    dataEditions: analysis.dataEditions,
    stats: analysis.stats,
    finishedLots: analysis.finishedLots,
    exposures: analysis.exposures,
    evidence: summary?.evidence ?? [],
    missingEvidence: summary?.missingEvidence ?? [],
    findings: analysis.findings,
    skipped: skippedJson(run.skipped),
  };
}

/**
 * One CSV row per finished lot: its product, mass and the shares of high-risk, listed, unknown and
 * traced origin.
 *
 * @example
 * ```ts
 * exposureCsv(run); // 'as_of,lot,product,quantity_kg,high_risk,listed,unknown,traced,basis\r\n…'
 * ```
 */
export function exposureCsv(run: TraceRun): string {
  return csvTable(
    ['as_of', 'lot', 'product', 'quantity_kg', 'high_risk', 'listed', 'unknown', 'traced', 'basis'],
    run.analysis.exposures.map((e) => [
      run.asOf,
      e.lot,
      e.product,
      e.quantityKg,
      e.highRisk.value,
      e.listed.value,
      e.unknown.value,
      e.traced.value,
      e.basis,
    ]),
  );
}

/**
 * The human summary of `unforced trace`: what was read, the exposure of each finished lot, CBP's
 * evidence list and the most severe findings.
 *
 * @example
 * ```ts
 * io.stdout(traceSummary(run));
 * ```
 */
export function traceSummary(run: TraceRun, top = 10): string {
  const { analysis, summary } = run;
  const s = analysis.stats;
  const findings = worstFirst(analysis.findings).slice(0, top);
  return [
    `Traceability as of ${run.asOf}`,
    `${readSummary('events', run.total, run.skipped)}; ${s.lots} lots, ${s.steps} production steps, ${s.finishedLots} finished lot(s)`,
    '',
    analysis.exposures.length === 0
      ? 'No finished lot: nothing to trace back (pass --lot LOT to choose one).'
      : textTable(
          ['finished lot', 'product', 'high-risk origin', 'listed entity', 'unknown origin'],
          analysis.exposures.map((e) => [
            e.lot,
            e.product ?? '',
            percent(e.highRisk.value),
            percent(e.listed.value),
            percent(e.unknown.value),
          ]),
        ),
    '',
    ...(summary === undefined
      ? []
      : [
          'CBP evidence list:',
          textTable(
            ['item', 'status', 'detail'],
            summary.evidence.map((e) => [e.label, e.status, clip(e.detail, 70)]),
          ),
          '',
        ]),
    `Top findings (${findings.length} of ${analysis.findings.length}):`,
    textTable(
      ['severity', 'code', 'message'],
      findings.map((f) => [f.severity, f.code, clip(f.message, 90)]),
    ),
    '',
    `Findings: ${severityCounts(analysis.findings.map((f) => f.severity))}.`,
    '',
  ].join('\n');
}

/**
 * Writes `trace-results.json`, `findings.csv`, `exposure.csv`, `skipped-rows.csv` (when events were
 * skipped) and the UFLPA tracing summary report `tracing-summary` in `formats`.
 *
 * @example
 * ```ts
 * const files = await writeTrace(io, 'out', run, ['pdf']);
 * ```
 */
export async function writeTrace(
  io: CliIo,
  dir: string,
  run: TraceRun,
  formats: readonly OutputFormat[],
): Promise<Result<string[], UnforcedError>> {
  const outputs: Array<[string, string]> = [
    ['trace-results.json', jsonText(traceJson(run))],
    ['findings.csv', findingsCsv(run.analysis.findings)],
    ['exposure.csv', exposureCsv(run)],
  ];
  if (run.skipped.length > 0) outputs.push(['skipped-rows.csv', skippedCsv(run.skipped, run.asOf)]);
  const basics = writeOutputs(io, dir, outputs);
  if (basics.isErr()) return err(basics.error);
  const files = basics.value;
  if (run.summary !== undefined) {
    const report = traceReportFromSummary(run.summary);
    if (report.isErr()) return err(report.error);
    const written = await writeReport(io, dir, 'tracing-summary', report.value, formats);
    if (written.isErr()) return err(written.error);
    files.push(...written.value);
  }
  return ok(files);
}
