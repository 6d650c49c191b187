import { join } from 'node:path';
import type { UnforcedError } from '@unforced/core';
import { csvTable, portfolioReportFromAssessments, supplierReportFromAssessment } from '@unforced/report';
import { err, ok, type Result } from 'neverthrow';
import type { CliIo } from '../io.js';
import type { OutputFormat } from '../options.js';
import { severityCounts } from '../output/fail-on.js';
import { findingsCsv } from '../output/findings-csv.js';
import { readSummary, skippedCsv, skippedJson } from '../output/print-skipped.js';
import { clip, textTable } from '../output/text-table.js';
import { jsonText, safeName, writeOutputs } from '../output/write-file.js';
import { writeReport } from '../output/write-report.js';
import type { AssessmentRun } from './run-assessment.js';

/**
 * The machine-readable result of `unforced assess` (`--json`, `assessments.json`): the ranking, the
 * aggregates by country, sector and ILO indicator, every assessment, the findings with their supplier,
 * and what was skipped.
 *
 * @example
 * ```ts
 * io.stdout(jsonText(assessmentJson(run)));
 * ```
 */
export function assessmentJson(run: AssessmentRun) {
  return {
    command: 'assess',
    asOf: run.asOf,
    summary: {
      suppliersRead: run.total,
      suppliersAssessed: run.assessments.length,
      byTier: tierCounts(run),
      ...run.evidence,
      skipped: run.skipped.length,
    },
    ranking: run.ranking.entries,
    aggregates: run.aggregates,
    assessments: run.assessments,
    findings: run.findings,
    unattributed: run.unattributed,
    skipped: skippedJson(run.skipped),
  };
}

function tierCounts(run: AssessmentRun) {
  const counts = { critical: 0, high: 0, medium: 0, low: 0 };
  for (const a of run.assessments) counts[a.tier] += 1;
  return counts;
}

/**
 * The recommended actions of every supplier, worst supplier first: one CSV row per action.
 *
 * @example
 * ```ts
 * actionsCsv(run); // 'as_of,rank,supplier_id,supplier,tier,phase,step,action,due_date,last_resort,triggered_by\r\n…'
 * ```
 */
export function actionsCsv(run: AssessmentRun): string {
  const byId = new Map(run.assessments.map((a) => [a.supplierId, a]));
  return csvTable(
    [
      'as_of',
      'rank',
      'supplier_id',
      'supplier',
      'tier',
      'phase',
      'step',
      'action',
      'detail',
      'due_date',
      'last_resort',
      'triggered_by',
    ],
    run.ranking.entries.flatMap((entry) =>
      (byId.get(entry.supplierId)?.actions ?? []).map((action) => [
        run.asOf,
        entry.rank,
        entry.supplierId,
        entry.supplierName,
        entry.tier,
        action.phase,
        action.step,
        action.title,
        action.detail,
        action.dueDate,
        action.lastResort ? 'yes' : 'no',
        action.triggeredBy.join('; '),
      ]),
    ),
  );
}

/**
 * The table of the top risks: rank, supplier, country, sector, tier, score, confidence and the open ILO
 * indicators.
 *
 * @example
 * ```ts
 * io.stdout(topRisksTable(run, 10));
 * ```
 */
export function topRisksTable(run: AssessmentRun, top = 10): string {
  const byId = new Map(run.assessments.map((a) => [a.supplierId, a]));
  return textTable(
    ['#', 'supplier', 'country', 'tier', 'score', 'confidence', 'why'],
    run.ranking.entries.slice(0, top).map((e) => {
      const a = byId.get(e.supplierId);
      const why =
        a?.floor?.reasons[0] ??
        a?.indicators
          .filter((i) => i.open)
          .map((i) => i.label)
          .join(', ') ??
        '';
      return [
        String(e.rank),
        `${e.supplierId} ${clip(e.supplierName, 34)}`,
        e.country,
        e.tier,
        e.score.toFixed(1),
        e.confidence,
        clip(why || (a?.headline ?? ''), 60),
      ];
    }),
  );
}

/**
 * The human summary of `unforced assess`.
 *
 * @example
 * ```ts
 * io.stdout(assessmentSummary(run));
 * ```
 */
export function assessmentSummary(run: AssessmentRun, top = 10): string {
  const t = tierCounts(run);
  const e = run.evidence;
  return [
    `Supplier risk assessment as of ${run.asOf}`,
    ...run.sources.map((source) =>
      readSummary(
        source.label,
        source.total,
        run.skipped.filter((row) => source.files.includes(row.location.file)),
      ),
    ),
    `Evidence: ${e.screened} suppliers screened, ${e.workersChecked} worker records checked, ${e.lotsTraced} finished lot(s) traced; ${run.findings.length} findings (${severityCounts(run.findings.map((f) => f.finding.severity))}).`,
    '',
    `Top risks (${Math.min(top, run.ranking.entries.length)} of ${run.assessments.length}):`,
    topRisksTable(run, top),
    '',
    `Tiers: ${t.critical} critical, ${t.high} high, ${t.medium} medium, ${t.low} low.`,
    ...run.unattributed.map((u) => `! ${u}`),
    '',
  ].join('\n');
}

/**
 * Writes `assessments.json`, `findings.csv`, `remediation.csv` (every recommended action), the
 * portfolio report `portfolio` in `formats`, each supplier's report under `suppliers/` (PDF, JSON and
 * Markdown as asked; the CSV tables are in the portfolio's) and `skipped-rows.csv`.
 *
 * @example
 * ```ts
 * const files = await writeAssessment(io, 'out', run, ['pdf', 'json']);
 * ```
 */
export async function writeAssessment(
  io: CliIo,
  dir: string,
  run: AssessmentRun,
  formats: readonly OutputFormat[],
  onReport?: (done: number, total: number) => void,
): Promise<Result<string[], UnforcedError>> {
  const supplierOf = new Map(run.findings.map((f) => [f.finding, f.supplierId]));
  const outputs: Array<[string, string]> = [
    ['assessments.json', jsonText(assessmentJson(run))],
    [
      'findings.csv',
      findingsCsv(
        run.findings.map((f) => f.finding),
        (f) => supplierOf.get(f),
      ),
    ],
    ['remediation.csv', actionsCsv(run)],
  ];
  if (run.skipped.length > 0) outputs.push(['skipped-rows.csv', skippedCsv(run.skipped, run.asOf)]);
  const basics = writeOutputs(io, dir, outputs);
  if (basics.isErr()) return err(basics.error);
  const files = basics.value;
  const portfolio = portfolioReportFromAssessments(run.assessments, {
    asOf: run.asOf,
    findings: run.findings.map((f) => f.finding),
  });
  if (portfolio.isErr()) return err(portfolio.error);
  const written = await writeReport(io, dir, 'portfolio', portfolio.value, formats);
  if (written.isErr()) return err(written.error);
  files.push(...written.value);
  const perSupplier = formats.filter((f) => f !== 'csv');
  for (const [index, entry] of run.ranking.entries.entries()) {
    onReport?.(index + 1, run.ranking.entries.length);
    const assessment = run.assessments.find((a) => a.supplierId === entry.supplierId);
    if (assessment === undefined) continue;
    const report = supplierReportFromAssessment(assessment, {
      findings: run.findings.filter((f) => f.supplierId === entry.supplierId).map((f) => f.finding),
    });
    if (report.isErr()) return err(report.error);
    const one = await writeReport(
      io,
      join(dir, 'suppliers'),
      safeName(entry.supplierId),
      report.value,
      perSupplier,
    );
    if (one.isErr()) return err(one.error);
    files.push(...one.value);
  }
  return ok(files);
}
