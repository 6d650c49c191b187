import {
  compareSeverity,
  type EvidenceRef,
  type Finding,
  formatMoney,
  type IloIndicator,
  iloIndicatorInfo,
  type Money,
  STANDARDS,
  type StandardRef,
} from '@unforced/core';
import type { ReportAction } from '../model/action.js';
import type { ReportMeta, RiskScore } from '../model/common.js';
import type { Block, Cell } from './blocks.js';

/** `64.0 / 100`. */
export function formatScore(score: RiskScore): string {
  return `${score.value.toFixed(1)} / ${score.max}`;
}

/** A share as a percentage with one decimal: `0.125` → `12.5%`. */
export function formatShare(share: number): string {
  return `${(Math.round(share * 1000) / 10).toFixed(1)}%`;
}

/** `9. Debt bondage`. */
export function indicatorLabel(indicator: IloIndicator): string {
  const info = iloIndicatorInfo(indicator);
  return `${info.number}. ${info.label}`;
}

/** `RBA-VAP-8.0.2 A1 Fees evaluation criteria`. */
export function citation(ref: StandardRef): string {
  return `${ref.standard} ${ref.clause}${ref.note === undefined ? '' : ` (${ref.note})`}`;
}

/** `receipt receipt-0042 sha256:e3b0…`. */
export function evidenceLabel(ref: EvidenceRef): string {
  return `${ref.kind} ${ref.id} sha256:${ref.sha256}`;
}

/** Money with its currency, or an empty string. */
export function money(value: Money | undefined): string {
  return value === undefined ? '' : formatMoney(value);
}

/** A severity as a bold cell shaded in its own tone (the findings, actions and missing-evidence tables). */
export function severityCell(severity: Finding['severity']): Cell {
  return { text: severity, tone: severity, bold: true };
}

/** Findings ordered most severe first, then by code, subject and message (stable across runs). */
export function sortFindings(findings: readonly Finding[]): Finding[] {
  return [...findings].sort(
    (a, b) =>
      compareSeverity(b.severity, a.severity) ||
      a.code.localeCompare(b.code, 'en') ||
      a.subject.id.localeCompare(b.subject.id, 'en') ||
      a.message.localeCompare(b.message, 'en'),
  );
}

/** The findings table shared by every report type. */
function findingsBlocks(findings: readonly Finding[]): Block[] {
  const sorted = sortFindings(findings);
  return [
    { kind: 'heading', level: 1, text: 'Findings' },
    {
      kind: 'table',
      columns: [
        { header: 'Severity', width: 0.8 },
        { header: 'Finding', width: 3.2 },
        { header: 'Indicators', width: 1.4 },
        { header: 'Standards', width: 1.6 },
        { header: 'Evidence (SHA-256)', width: 2.2 },
      ],
      rows: sorted.map((f) => [
        severityCell(f.severity),
        `${f.message}\n${f.code} · ${f.subject.kind} ${f.subject.id} · ${f.basis}${
          f.confidence === undefined ? '' : ` · confidence ${formatShare(f.confidence)}`
        }${f.remediation === undefined ? '' : `\nRemediation: ${f.remediation.action} (due ${f.remediation.dueDate}${f.remediation.amount === undefined ? '' : `, ${money(f.remediation.amount)}`})`}`,
        f.indicators.map(indicatorLabel).join('\n'),
        f.standards.map(citation).join('\n'),
        f.evidence.length === 0 ? 'none cited' : f.evidence.map(evidenceLabel).join('\n'),
      ]),
      empty: 'No findings.',
    },
  ];
}

/** The actions table shared by every report type. */
export function actionsTable(actions: readonly ReportAction[], empty = 'No actions recommended.'): Block {
  const sorted = [...actions].sort(
    (a, b) => a.dueDate.localeCompare(b.dueDate) || a.action.localeCompare(b.action, 'en'),
  );
  return {
    kind: 'table',
    columns: [
      { header: 'Due', width: 0.9 },
      { header: 'Priority', width: 0.8 },
      { header: 'Action', width: 3.6 },
      { header: 'Step', width: 0.9 },
      { header: 'Amount', width: 1.2, align: 'right' },
    ],
    rows: sorted.map((a) => [
      a.dueDate,
      severityCell(a.priority),
      `${a.action}${a.supplierId === undefined ? '' : ` [${a.supplierId}]`}${a.owner === undefined ? '' : ` (owner: ${a.owner})`}${
        a.responsibleExitNote === undefined ? '' : `\nResponsible exit: ${a.responsibleExitNote}`
      }`,
      a.step,
      money(a.amount),
    ]),
    empty,
  };
}

/** The section that names the methodology versions and data editions. */
export function provenanceBlocks(meta: ReportMeta, findings: readonly Finding[]): Block[] {
  const cited = [...new Set(findings.flatMap((f) => f.standards.map((s) => s.standard)))].sort();
  return [
    { kind: 'heading', level: 1, text: 'Methodology and data editions' },
    {
      kind: 'table',
      columns: [
        { header: 'Methodology', width: 2 },
        { header: 'Version', width: 1 },
      ],
      rows: meta.methodologies.map((m) => [m.title === undefined ? m.id : `${m.title} (${m.id})`, m.version]),
      empty: 'None named.',
    },
    {
      kind: 'table',
      columns: [
        { header: 'Dataset', width: 2 },
        { header: 'Edition', width: 1 },
      ],
      rows: meta.dataEditions.map((d) => [d.datasetId, d.edition]),
      empty: 'No reference datasets were used.',
    },
    {
      kind: 'table',
      columns: [
        { header: 'Standard cited', width: 1 },
        { header: 'Title', width: 2.5 },
      ],
      rows: cited.map((id) => [id, STANDARDS[id].title]),
      empty: 'No standards are cited (the report has no findings).',
    },
  ];
}

/** The cover facts every report shows. */
export function coverFacts(
  meta: ReportMeta,
  extra: readonly (readonly [string, string])[],
): [string, string][] {
  const rows: [string, string][] = [...extra.map(([k, v]) => [k, v] as [string, string])];
  if (meta.preparedFor !== undefined) rows.push(['Prepared for', meta.preparedFor]);
  if (meta.preparedBy !== undefined) rows.push(['Prepared by', meta.preparedBy]);
  if (meta.reference !== undefined) rows.push(['Reference', meta.reference]);
  rows.push(['Methodology', meta.methodologies.map((m) => `${m.id} ${m.version}`).join(', ')]);
  rows.push([
    'Data editions',
    meta.dataEditions.length === 0
      ? 'none'
      : meta.dataEditions.map((d) => `${d.datasetId} (${d.edition})`).join(', '),
  ]);
  return rows;
}

/**
 * The closing sections every single-subject report shares: its findings, its actions under a heading,
 * then the methodology and data editions.
 *
 * @example
 * ```ts
 * const blocks = [...ownSections, ...closingBlocks(report.meta, report.findings, report.actions, 'Recommended actions')];
 * ```
 */
export function closingBlocks(
  meta: ReportMeta,
  findings: readonly Finding[],
  actions: readonly ReportAction[],
  actionsHeading: string,
): Block[] {
  return [
    ...findingsBlocks(findings),
    { kind: 'heading', level: 1, text: actionsHeading },
    actionsTable(actions),
    ...provenanceBlocks(meta, findings),
  ];
}
