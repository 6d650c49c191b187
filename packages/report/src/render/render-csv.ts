import { type Finding, type Money, toDecimalString, type UnforcedError } from '@unforced/core';
import type { Result } from 'neverthrow';
import type { ReportAction } from '../model/action.js';
import { type Report, validateReport } from '../model/report.js';
import { type CsvValue, csvTable } from './csv-cell.js';
import { reportJson } from './render-json.js';
import { sha256Hex } from './sha256.js';

/** The CSV files of a report, by file name (e.g. `findings.csv`), in a fixed order. */
export type CsvFiles = Readonly<Record<string, string>>;

const money = (m: Money | undefined): [CsvValue, CsvValue] =>
  m === undefined ? [undefined, undefined] : [toDecimalString(m), m.currency];

function findings(list: readonly Finding[]): string {
  return csvTable(
    [
      'severity',
      'code',
      'subject_kind',
      'subject_id',
      'message',
      'indicators',
      'standards',
      'evidence',
      'basis',
      'confidence',
      'remediation_action',
      'remediation_due',
      'remediation_amount',
      'remediation_currency',
      'as_of',
    ],
    list.map((f) => [
      f.severity,
      f.code,
      f.subject.kind,
      f.subject.id,
      f.message,
      f.indicators.join(';'),
      f.standards.map((s) => `${s.standard} ${s.clause}`).join(';'),
      f.evidence.map((e) => `${e.id}:sha256:${e.sha256}`).join(';'),
      f.basis,
      f.confidence,
      f.remediation?.action,
      f.remediation?.dueDate,
      ...money(f.remediation?.amount),
      f.asOf,
    ]),
  );
}

function remediation(actions: readonly ReportAction[]): string {
  return csvTable(
    [
      'due_date',
      'priority',
      'action',
      'step',
      'supplier_id',
      'owner',
      'amount',
      'currency',
      'finding_codes',
      'responsible_exit_note',
    ],
    actions.map((a) => [
      a.dueDate,
      a.priority,
      a.action,
      a.step,
      a.supplierId,
      a.owner,
      ...money(a.amount),
      a.findingCodes.join(';'),
      a.responsibleExitNote,
    ]),
  );
}

function subjectOf(report: Report): string {
  switch (report.type) {
    case 'supplier-risk-assessment':
      return `${report.supplier.name} (${report.supplier.id})`;
    case 'portfolio-due-diligence':
      return `${report.suppliers.length} suppliers`;
    case 'recruitment-fee-audit':
      return `${report.facility.name} (${report.facility.id})`;
    case 'traceability-summary':
      return report.product.description;
  }
}

function meta(report: Report): string {
  return csvTable(
    ['key', 'value'],
    [
      ['report_type', report.type],
      ['title', report.meta.title],
      ['subject', subjectOf(report)],
      ['as_of', report.meta.asOf],
      ...report.meta.methodologies.map((m) => ['methodology', `${m.id} ${m.version}`]),
      ...report.meta.dataEditions.map((d) => ['data_edition', `${d.datasetId} ${d.edition}`]),
      ['report_sha256', sha256Hex(reportJson(report))],
    ],
  );
}

function specific(report: Report): Record<string, string> {
  switch (report.type) {
    case 'supplier-risk-assessment':
      return {
        'scores.csv': csvTable(
          ['supplier_id', 'factor_id', 'label', 'value', 'max', 'weight', 'contribution'],
          [
            [
              report.supplier.id,
              '(total)',
              `score, tier ${report.tier.label}, confidence ${report.confidence}`,
              report.score.value,
              report.score.max,
              undefined,
              report.score.value,
            ],
            ...report.factors.map((f) => [
              report.supplier.id,
              f.id,
              f.label,
              f.value,
              f.max,
              f.weight,
              f.contribution,
            ]),
          ],
        ),
      };
    case 'portfolio-due-diligence':
      return {
        'scores.csv': csvTable(
          [
            'rank',
            'supplier_id',
            'name',
            'country',
            'sector',
            'score',
            'score_max',
            'tier',
            'confidence',
            'critical',
            'high',
            'medium',
            'low',
            'previous_score',
            'previous_tier',
          ],
          [...report.suppliers]
            .sort((a, b) => a.rank - b.rank || a.supplierId.localeCompare(b.supplierId, 'en'))
            .map((e) => [
              e.rank,
              e.supplierId,
              e.name,
              e.country,
              e.sector,
              e.score.value,
              e.score.max,
              e.tier.label,
              e.confidence,
              e.findingCounts.critical,
              e.findingCounts.high,
              e.findingCounts.medium,
              e.findingCounts.low,
              e.previous?.score.value,
              e.previous?.tier.label,
            ]),
        ),
      };
    case 'recruitment-fee-audit':
      return {
        'workers.csv': csvTable(
          [
            'worker_id',
            ...(report.disclosure.workerNames ? ['name'] : []),
            ...(report.disclosure.documentNumbers ? ['identity_document_number'] : []),
            'origin',
            'recruiter',
            'fees_paid',
            'fees_currency',
            'monthly_wage',
            'wage_currency',
            'fee_months_of_wage',
            'remediation_owed',
            'owed_currency',
            'repaid',
            'repaid_currency',
            'due_date',
          ],
          report.workers.map((w) => [
            w.workerId,
            ...(report.disclosure.workerNames ? [w.name] : []),
            ...(report.disclosure.documentNumbers ? [w.identityDocumentNumber] : []),
            w.origin,
            w.recruiter,
            ...money(w.feesPaid),
            ...money(w.monthlyWage),
            w.feeMonthsOfWage,
            ...money(w.remediationOwed),
            ...money(w.repaid),
            w.dueDate,
          ]),
        ),
      };
    case 'traceability-summary':
      return {
        'parties.csv': csvTable(
          ['party_id', 'name', 'tier', 'role', 'country', 'subdivision', 'listed', 'high_risk'],
          report.parties.map((p) => [
            p.id,
            p.name,
            p.tier,
            p.role,
            p.country,
            p.subdivision,
            String(p.listed),
            String(p.highRisk),
          ]),
        ),
        'flows.csv': csvTable(
          ['from', 'to', 'material', 'quantity', 'date', 'documents'],
          report.flows.map((f) => [f.from, f.to, f.material, f.quantity, f.date, f.documentIds.join(';')]),
        ),
      };
  }
}

/**
 * Renders a report as CSV tables: `meta.csv` (type, title, `asOf`, methodologies, data editions, SHA-256
 * of the JSON rendering), `findings.csv` and `remediation.csv` for every report, plus
 * `scores.csv` (supplier and portfolio), `workers.csv` (recruitment-fee audit) or `parties.csv` and
 * `flows.csv` (traceability). Money is a decimal string with its currency in the next column. Every text
 * cell is protected against formula injection.
 *
 * @example
 * ```ts
 * const files = renderCsv(report); // Result<CsvFiles, UnforcedError>
 * if (files.isOk()) await writeFile('findings.csv', files.value['findings.csv'] ?? '');
 * ```
 */
export function renderCsv(input: unknown): Result<CsvFiles, UnforcedError> {
  return validateReport(input).map((report) => ({
    'meta.csv': meta(report),
    'findings.csv': findings(report.findings),
    ...specific(report),
    'remediation.csv': remediation(report.actions),
  }));
}
