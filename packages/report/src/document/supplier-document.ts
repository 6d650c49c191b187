import type { SupplierRiskReport } from '../model/supplier-report.js';
import type { Block, ReportDocument } from './blocks.js';
import {
  closingBlocks,
  coverFacts,
  evidenceLabel,
  formatScore,
  formatShare,
  indicatorLabel,
} from './format.js';

const STATUS_TONE = {
  present: 'critical',
  suspected: 'high',
  remediated: 'low',
  'not-found': 'good',
  'not-assessed': 'neutral',
} as const;

/**
 * Lays out a supplier risk assessment as blocks: summary, score and factor breakdown (table and bars), ILO
 * indicators with evidence, findings, recommended actions, methodology and data editions.
 *
 * @example
 * ```ts
 * const doc = supplierDocument(report);
 * ```
 */
export function supplierDocument(report: SupplierRiskReport): ReportDocument {
  const { supplier, meta } = report;
  const location = `${supplier.country}${supplier.subdivision === undefined ? '' : ` (${supplier.subdivision})`}`;
  const change =
    report.previous === undefined
      ? 'no previous assessment'
      : `${formatScore(report.previous.score)} (${report.previous.tier.label}) on ${report.previous.asOf}`;
  const blocks: Block[] = [
    { kind: 'heading', level: 1, text: 'Summary' },
    {
      kind: 'callout',
      tone: report.tier.severity,
      text: `Risk tier ${report.tier.label}: score ${formatScore(report.score)}, confidence ${formatShare(report.confidence)}.`,
    },
    ...(report.summary === undefined ? [] : [{ kind: 'paragraph', text: report.summary } as const]),
    {
      kind: 'facts',
      rows: [
        ['Supplier', `${supplier.name} (${supplier.id})`],
        ['Location', location],
        ['Sectors', supplier.sectors.length === 0 ? 'not stated' : supplier.sectors.join(', ')],
        ...Object.entries(supplier.identifiers).map(([k, v]) => [k, v] as [string, string]),
        ['Score', formatScore(report.score)],
        ['Tier', report.tier.label],
        ['Confidence', formatShare(report.confidence)],
        ['Previous assessment', change],
      ],
    },
    { kind: 'heading', level: 1, text: 'Factor breakdown' },
    {
      kind: 'bars',
      bars: report.factors.map((f) => ({ label: f.label, value: f.contribution, tone: 'neutral' as const })),
      max: Math.max(1, ...report.factors.map((f) => Math.abs(f.contribution))),
      format: (v) => v.toFixed(1),
    },
    {
      kind: 'table',
      columns: [
        { header: 'Factor', width: 1.3 },
        { header: 'Value', width: 0.8, align: 'right' },
        { header: 'Weight', width: 0.7, align: 'right' },
        { header: 'Contribution', width: 0.9, align: 'right' },
        { header: 'Explanation and source', width: 3.3 },
      ],
      rows: report.factors.map((f) => [
        f.label,
        f.max === undefined ? String(f.value) : `${f.value} / ${f.max}`,
        f.weight === undefined ? '' : String(f.weight),
        f.contribution.toFixed(1),
        `${f.explanation}${f.source === undefined ? '' : `\nSource: ${f.source}`}`,
      ]),
      empty: 'The methodology reported no factor breakdown.',
    },
    { kind: 'heading', level: 1, text: 'ILO indicators of forced labour' },
    {
      kind: 'table',
      columns: [
        { header: 'Indicator', width: 1.8 },
        { header: 'Status', width: 1 },
        { header: 'Findings', width: 2 },
        { header: 'Evidence (SHA-256)', width: 2.6 },
      ],
      rows: report.indicators.map((i) => [
        indicatorLabel(i.indicator),
        {
          text: `${i.status}${i.strength === undefined ? '' : ` (${i.strength})`}`,
          tone: STATUS_TONE[i.status],
        },
        i.findingCodes.join('\n'),
        i.evidence.map(evidenceLabel).join('\n'),
      ]),
      empty: 'No indicators were assessed.',
    },
    ...closingBlocks(meta, report.findings, report.actions, 'Recommended actions'),
  ];
  return {
    title: meta.title,
    subject: `Supplier risk assessment of ${supplier.name} as of ${meta.asOf}`,
    coverName: supplier.name,
    asOf: meta.asOf,
    coverFacts: coverFacts(meta, [
      ['Report', 'Supplier risk assessment'],
      ['Supplier id', supplier.id],
      ['Risk tier', `${report.tier.label} (${formatScore(report.score)})`],
    ]),
    keywords: ['forced labour', 'supplier risk assessment', supplier.id, supplier.country],
    ...(meta.preparedBy === undefined ? {} : { author: meta.preparedBy }),
    blocks,
  };
}
