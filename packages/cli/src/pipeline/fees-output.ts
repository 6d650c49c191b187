import { formatMoney, type Money, toDecimalString, type UnforcedError } from '@unforced/core';
import { csvTable, recruitmentReportFromCheck } from '@unforced/report';
import { err, ok, type Result } from 'neverthrow';
import { describeLocation } from '../input/skipped-row.js';
import type { CliIo } from '../io.js';
import type { OutputFormat } from '../options.js';
import { severityCounts } from '../output/fail-on.js';
import { findingsCsv } from '../output/findings-csv.js';
import { readSummary, skippedCsv, skippedJson } from '../output/print-skipped.js';
import { clip, textTable } from '../output/text-table.js';
import { worstFirst } from '../output/worst-first.js';
import { jsonText, safeName, writeOutputs } from '../output/write-file.js';
import { writeReport } from '../output/write-report.js';
import type { FeesRun } from './run-fees.js';

const money = (m: Money | undefined) => (m === undefined ? '' : formatMoney(m));

/**
 * The machine-readable result of `unforced fees` (`--json`, `fees-results.json`): facilities, workers
 * (pseudonymous ids only), findings, records skipped and checked in part.
 *
 * @example
 * ```ts
 * io.stdout(jsonText(feesJson(run)));
 * ```
 */
export function feesJson(run: FeesRun) {
  const { check } = run;
  return {
    command: 'fees',
    asOf: run.asOf,
    methodology: check.methodology,
    dataEditions: check.dataEditions,
    summary: {
      workersRead: run.total,
      workersChecked: check.workers.length,
      skipped: run.skipped.length,
      checkedInPart: run.partial.length,
      findings: check.findings.length,
    },
    facilities: check.facilities,
    workers: check.workers,
    findings: check.findings,
    skipped: skippedJson(run.skipped),
    checkedInPart: skippedJson(run.partial),
  };
}

/**
 * The remediation table: one row per worker owed money, with the amount in the employer's and the
 * worker's currency, what it is made of, its basis and due date.
 *
 * @example
 * ```ts
 * remediationCsv(run); // 'as_of,facility_id,supplier_id,worker_id,origin,owed,currency,…'
 * ```
 */
export function remediationCsv(run: FeesRun): string {
  const records = new Map(run.workers.map((w) => [w.id, w]));
  return csvTable(
    [
      'as_of',
      'facility_id',
      'supplier_id',
      'worker_id',
      'origin',
      'owed',
      'currency',
      'owed_in_worker_currency',
      'worker_currency',
      'items',
      'basis',
      'due_date',
    ],
    run.check.workers
      .filter((w) => w.remediation.items.length > 0)
      .map((w) => {
        const record = records.get(w.workerId);
        const r = w.remediation;
        return [
          run.asOf,
          w.facilityId,
          record?.supplierId,
          w.workerId,
          record?.originCountry,
          r.inEmployerCurrency === undefined ? undefined : toDecimalString(r.inEmployerCurrency),
          r.inEmployerCurrency?.currency,
          r.inWorkerCurrency === undefined ? undefined : toDecimalString(r.inWorkerCurrency),
          r.inWorkerCurrency?.currency,
          r.items.map((i) => `${i.source} ${i.ref}: ${formatMoney(i.amount)}`).join('; '),
          r.basis,
          r.dueDate,
        ];
      }),
  );
}

/**
 * The human summary of `unforced fees`: per facility the workers, fee rating, documents retained and
 * remediation owed, then the most severe findings.
 *
 * @example
 * ```ts
 * io.stdout(feesSummary(run));
 * ```
 */
export function feesSummary(run: FeesRun, top = 10): string {
  const { check } = run;
  const facilities = textTable(
    ['facility', 'workers', 'bore fees', 'RBA rating', 'passports held', 'owed', 'due'],
    check.facilities.map((f) => [
      f.facilityId,
      String(f.workersAssessed),
      String(f.feeRating.notRepaid.affectedWorkers + f.feeRating.repaid.affectedWorkers),
      f.feeRating.notRepaid.grade ??
        (f.feeRating.repaid.grade === undefined ? '-' : `${f.feeRating.repaid.grade} (repaid)`),
      String(f.documentsRetained.workers),
      f.remediation.inEmployerCurrency.map(money).join(' + ') || '-',
      f.remediation.dueDate,
    ]),
  );
  const findings = worstFirst(check.findings).slice(0, top);
  const partial = run.partial.flatMap((p) =>
    p.problems.map(
      (problem) =>
        `  ${p.subject ?? ''} (${describeLocation(p.location)}): ${problem.code} ${problem.message}`,
    ),
  );
  return [
    `Recruitment-fee and debt-bondage checks as of ${run.asOf}`,
    readSummary('worker records', run.total, run.skipped),
    '',
    facilities,
    '',
    `Top findings (${findings.length} of ${check.findings.length}):`,
    textTable(
      ['severity', 'code', 'subject', 'message'],
      findings.map((f) => [f.severity, f.code, `${f.subject.kind} ${f.subject.id}`, clip(f.message, 70)]),
    ),
    '',
    `Findings: ${severityCounts(check.findings.map((f) => f.severity))}.`,
    ...(partial.length === 0 ? [] : ['Checked in part:', ...partial]),
    '',
  ].join('\n');
}

/**
 * Writes `fees-results.json`, `findings.csv`, `remediation.csv`, `skipped-rows.csv` (when rows were
 * skipped) and, per facility, the recruitment-fee audit report `fee-audit-<facility>` in `formats`.
 *
 * @example
 * ```ts
 * const files = await writeFees(io, 'out', run, ['pdf', 'json'], names);
 * ```
 */
export async function writeFees(
  io: CliIo,
  dir: string,
  run: FeesRun,
  formats: readonly OutputFormat[],
  names: ReadonlyMap<string, { readonly supplierName?: string; readonly facilityName?: string }> = new Map(),
  onReport?: (done: number, total: number) => void,
): Promise<Result<string[], UnforcedError>> {
  const outputs: Array<[string, string]> = [
    ['fees-results.json', jsonText(feesJson(run))],
    ['findings.csv', findingsCsv(run.check.findings)],
    ['remediation.csv', remediationCsv(run)],
  ];
  if (run.skipped.length > 0) outputs.push(['skipped-rows.csv', skippedCsv(run.skipped, run.asOf)]);
  const basics = writeOutputs(io, dir, outputs);
  if (basics.isErr()) return err(basics.error);
  const files = basics.value;
  for (const [index, facility] of run.check.facilities.entries()) {
    onReport?.(index, run.check.facilities.length);
    const named = names.get(facility.facilityId);
    const report = recruitmentReportFromCheck(run.check, {
      facilityId: facility.facilityId,
      workers: run.workers,
      facility: {
        ...(named?.facilityName === undefined ? {} : { name: named.facilityName }),
        ...(named?.supplierName === undefined ? {} : { supplierName: named.supplierName }),
      },
    });
    if (report.isErr()) return err(report.error);
    const written = await writeReport(
      io,
      dir,
      `fee-audit-${safeName(facility.facilityId)}`,
      report.value,
      formats,
    );
    if (written.isErr()) return err(written.error);
    files.push(...written.value);
  }
  return ok(files);
}
