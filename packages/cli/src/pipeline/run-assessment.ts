import {
  AuditFinding,
  type Finding,
  type FxRate,
  Grievance,
  Supplier,
  type UnforcedError,
} from '@unforced/core';
import {
  type Assessment,
  type AttributedFinding,
  aggregatePortfolio,
  createRiskModel,
  groupEvidence,
  Mitigation,
  type PortfolioAggregates,
  type PortfolioRanking,
  type RiskPolicy,
  rankPortfolio,
} from '@unforced/risk';
import { screeningFindings } from '@unforced/screening';
import { err, ok, type Result } from 'neverthrow';
import type { z } from 'zod';
import type { RecordLocation } from '../input/input-record.js';
import { loadTable } from '../input/load-table.js';
import type { SkippedRow } from '../input/skipped-row.js';
import { columnOfPath, type TableSpec } from '../input/table-spec.js';
import {
  AUDIT_FINDINGS_TABLE,
  GRIEVANCES_TABLE,
  MITIGATIONS_TABLE,
  SUPPLIERS_TABLE,
} from '../input/tables/index.js';
import type { CliIo } from '../io.js';
import type { Progress } from '../output/progress.js';
import { attributeRecruitment, attributeTrace } from './attribute-findings.js';
import { type FeesRun, runFees } from './run-fees.js';
import { runTrace, type TraceRun } from './run-trace.js';
import { buildScreeningIndex } from './screening-index.js';

/** The inputs of `unforced assess`. */
export interface AssessmentInput {
  readonly suppliers: readonly string[];
  readonly audits: readonly string[];
  readonly grievances: readonly string[];
  readonly mitigations: readonly string[];
  readonly workers: readonly string[];
  readonly events: readonly string[];
  readonly masterData?: string;
  readonly lists: readonly string[];
  readonly fxRates: readonly FxRate[];
  readonly policy?: RiskPolicy;
  readonly asOf: string;
  readonly sheet?: string;
  /** The `runFees` result of exactly these `workers` and `fxRates`, when the caller has it (the demo): not run again. */
  readonly feesRun?: FeesRun;
  /** The `runTrace` result of exactly these `events` and `masterData`, when the caller has it: not run again. */
  readonly traceRun?: TraceRun;
}

/** Everything `unforced assess` produced. */
export interface AssessmentRun {
  readonly asOf: string;
  /** Sorted by supplier id. */
  readonly assessments: readonly Assessment[];
  readonly ranking: PortfolioRanking;
  readonly aggregates: PortfolioAggregates;
  /** Every finding used, with its supplier. */
  readonly findings: readonly AttributedFinding[];
  readonly skipped: readonly SkippedRow[];
  /** Supplier rows read. */
  readonly total: number;
  /** Findings that could not be given to a supplier, and why. */
  readonly unattributed: readonly string[];
  /** What was read from each kind of input: its label, files and record count (skipped rows name their file). */
  readonly sources: ReadonlyArray<{
    readonly label: string;
    readonly files: readonly string[];
    readonly total: number;
  }>;
  /** What evidence was gathered: suppliers screened, workers checked, finished lots traced. */
  readonly evidence: {
    readonly screened: number;
    readonly workersChecked: number;
    readonly lotsTraced: number;
  };
}

interface Located<T> {
  readonly values: T[];
  readonly locations: RecordLocation[];
}

function loadAll<S extends z.ZodType>(
  io: CliIo,
  files: readonly string[],
  spec: TableSpec,
  schema: S,
  skipped: SkippedRow[],
  input: AssessmentInput,
  progress: Progress,
): Result<Located<z.output<S>> & { total: number }, UnforcedError> {
  const out: Located<z.output<S>> & { total: number } = { values: [], locations: [], total: 0 };
  for (const file of files) {
    const table = loadTable(file, io, spec, schema, {
      ...(input.sheet === undefined ? {} : { sheet: input.sheet }),
      onRow: (done, total) => progress.update(done, total, `rows read from ${file}`),
    });
    if (table.isErr()) return err(table.error);
    out.total += table.value.total;
    skipped.push(...table.value.skipped);
    for (const row of table.value.rows) {
      out.values.push(row.value);
      out.locations.push(row.location);
    }
  }
  return ok(out);
}

/**
 * Assesses a supplier portfolio: reads the suppliers and the optional audits, grievances and
 * mitigations; screens every supplier against the UFLPA Entity List and the `--list` files; runs the
 * recruitment checks on `--workers` and the traceability analysis on `--events`, giving each finding to
 * its supplier; then scores every supplier with `@unforced/risk` (default or `--policy`), ranks and
 * aggregates the portfolio. Rows that cannot be used are skipped with file, line and column.
 *
 * @example
 * ```ts
 * const run = await runAssessment(io, { suppliers: ['suppliers.csv'], audits: [], grievances: [], mitigations: [], workers: [], events: [], lists: [], fxRates: [], asOf: '2026-11-22' }, progress);
 * ```
 */
export async function runAssessment(
  io: CliIo,
  input: AssessmentInput,
  progress: Progress,
): Promise<Result<AssessmentRun, UnforcedError>> {
  const skipped: SkippedRow[] = [];
  const suppliers = loadAll(io, input.suppliers, SUPPLIERS_TABLE, Supplier, skipped, input, progress);
  if (suppliers.isErr()) return err(suppliers.error);
  const audits = loadAll(io, input.audits, AUDIT_FINDINGS_TABLE, AuditFinding, skipped, input, progress);
  if (audits.isErr()) return err(audits.error);
  const grievances = loadAll(io, input.grievances, GRIEVANCES_TABLE, Grievance, skipped, input, progress);
  if (grievances.isErr()) return err(grievances.error);
  const mitigations = loadAll(io, input.mitigations, MITIGATIONS_TABLE, Mitigation, skipped, input, progress);
  if (mitigations.isErr()) return err(mitigations.error);
  const list = suppliers.value.values;
  const sources = [
    { label: 'suppliers', files: input.suppliers, total: suppliers.value.total },
    { label: 'audit findings', files: input.audits, total: audits.value.total },
    { label: 'grievances', files: input.grievances, total: grievances.value.total },
    { label: 'mitigations', files: input.mitigations, total: mitigations.value.total },
  ];
  const findings: AttributedFinding[] = [];
  const unattributed: string[] = [];
  const checks: Array<{ supplierId: string; area: string; runOn: string }> = [];

  const screening = buildScreeningIndex(input.lists, io);
  if (screening.isErr()) return err(screening.error);
  skipped.push(...screening.value.skipped);
  list.forEach((supplier, i) => {
    progress.update(i + 1, list.length, 'suppliers screened');
    const identifiers = (['lei', 'gln'] as const).flatMap((scheme) => {
      const value = supplier.identifiers?.[scheme];
      return value === undefined ? [] : [{ scheme, value }];
    });
    const result = screening.value.index.screen({
      id: supplier.id,
      name: supplier.name,
      country: supplier.country,
      identifiers,
    });
    if (result.isErr()) return;
    checks.push({ supplierId: supplier.id, area: 'screening', runOn: input.asOf });
    for (const finding of screeningFindings(result.value, { asOf: input.asOf }).unwrapOr([] as Finding[]))
      findings.push({ supplierId: supplier.id, finding });
  });

  let workersChecked = 0;
  if (input.workers.length > 0) {
    const fees: Result<FeesRun, UnforcedError> =
      input.feesRun === undefined
        ? runFees(
            io,
            {
              files: input.workers,
              asOf: input.asOf,
              fxRates: input.fxRates,
              ...(input.sheet === undefined ? {} : { sheet: input.sheet }),
            },
            progress,
          )
        : ok(input.feesRun);
    if (fees.isErr()) return err(fees.error);
    skipped.push(...fees.value.skipped);
    sources.push({ label: 'worker records', files: input.workers, total: fees.value.total });
    workersChecked = fees.value.check.workers.length;
    const given = attributeRecruitment(fees.value.check.findings, fees.value.workers, list);
    findings.push(...given.attributed);
    unattributed.push(...given.unattributed);
    for (const id of new Set(given.attributed.map((a) => a.supplierId)))
      checks.push({ supplierId: id, area: 'recruitment', runOn: input.asOf });
  }

  let lotsTraced = 0;
  if (input.events.length > 0) {
    const trace: Result<TraceRun, UnforcedError> =
      input.traceRun === undefined
        ? await runTrace(
            io,
            {
              files: input.events,
              asOf: input.asOf,
              ...(input.masterData === undefined ? {} : { masterData: input.masterData }),
            },
            progress,
          )
        : ok(input.traceRun);
    if (trace.isErr()) return err(trace.error);
    skipped.push(...trace.value.skipped);
    sources.push({ label: 'traceability events', files: input.events, total: trace.value.total });
    lotsTraced = trace.value.analysis.finishedLots.length;
    const given = attributeTrace(trace.value.analysis, list);
    findings.push(...given.attributed);
    unattributed.push(...given.unattributed);
    for (const id of new Set(given.attributed.map((a) => a.supplierId)))
      checks.push({ supplierId: id, area: 'traceability', runOn: input.asOf });
  }

  const grouped = groupEvidence({
    suppliers: list,
    findings,
    auditFindings: audits.value.values,
    grievances: grievances.value.values,
    mitigations: mitigations.value.values,
    checks,
  });
  const locationOf: Record<string, [RecordLocation[], TableSpec]> = {
    suppliers: [suppliers.value.locations, SUPPLIERS_TABLE],
    auditFindings: [audits.value.locations, AUDIT_FINDINGS_TABLE],
    grievances: [grievances.value.locations, GRIEVANCES_TABLE],
    mitigations: [mitigations.value.locations, MITIGATIONS_TABLE],
  };
  for (const e of grouped.errors) {
    const [locations, spec] = locationOf[e.list] ?? [[], SUPPLIERS_TABLE];
    const location = locations[e.index];
    if (location === undefined) {
      unattributed.push(`${e.list} ${e.index + 1}: ${e.issues.map((i) => i.message).join('; ')}`);
      continue;
    }
    const tabular = location.sheet !== undefined || /\.(csv|tsv|txt)$/i.test(location.file);
    skipped.push({
      location,
      problems: e.issues.map((i) => {
        const column = tabular ? columnOfPath(spec.columns, i.path) : undefined;
        return {
          code: i.code,
          message: i.message,
          ...(column === undefined ? { path: i.path } : { column }),
        };
      }),
    });
  }

  const model = createRiskModel(input.policy === undefined ? {} : { policy: input.policy });
  if (model.isErr()) return err(model.error);
  const supplierAt = new Map(list.map((s, i) => [s.id, suppliers.value.locations[i]]));
  const assessments: Assessment[] = [];
  grouped.entries.forEach((entry, i) => {
    progress.update(i + 1, grouped.entries.length, 'suppliers scored');
    const assessed = model.value.assessParsed(entry, input.asOf);
    if (assessed.isOk()) assessments.push(assessed.value);
    else
      skipped.push({
        location: supplierAt.get(entry.supplier.id) ?? { file: input.suppliers[0] ?? '', line: 0 },
        problems: assessed.error.issues.map((issue) => ({
          code: issue.code,
          message:
            issue.code === 'UNKNOWN_SECTOR'
              ? `${issue.message}: write a sector such as apparel, rubber gloves, logistics (docs/methodology.md), or leave it empty`
              : issue.message,
          ...(issue.path.at(-1) === 'sector' ? { column: 'sector' } : { path: issue.path }),
        })),
        subject: `supplier ${entry.supplier.id}`,
      });
  });
  progress.finish();
  const assessedIds = new Set(assessments.map((a) => a.supplierId));
  return ok({
    asOf: input.asOf,
    assessments,
    ranking: rankPortfolio(assessments, { by: 'risk' }),
    aggregates: aggregatePortfolio(assessments),
    findings: findings.filter((f) => assessedIds.has(f.supplierId)),
    skipped,
    total: suppliers.value.total,
    unattributed,
    sources: sources.filter((source) => source.files.length > 0),
    evidence: { screened: checks.filter((c) => c.area === 'screening').length, workersChecked, lotsTraced },
  });
}
