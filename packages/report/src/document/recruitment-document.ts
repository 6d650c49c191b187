import { formatMoney, type Money, severityFromRbaGrade, sumMoney } from '@unforced/core';
import type { RecruitmentFeeReport } from '../model/recruitment-report.js';
import type { Block, Cell, ReportDocument } from './blocks.js';
import { closingBlocks, coverFacts, formatShare } from './format.js';

/** Row and column labels of the RBA VAP 8.0.2 fee matrix (A1 "Fees evaluation criteria"). */
const MATRIX = {
  'not-reimbursed': {
    columns: ['0–<5%', '5–<100%', '100–<150%', '≥150%'],
    rows: [
      ['≤1% or ≤3 workers', ['minor', 'minor', 'major', 'priority']],
      ['>1–5% or 4–6 workers', ['major', 'major', 'major', 'priority']],
      ['>5–40% or ≥7 workers', ['major', 'major', 'priority', 'priority']],
      ['>40%', ['major', 'priority', 'priority', 'priority']],
    ],
  },
  reimbursed: {
    columns: ['0–<5%', '5–<100%', '≥100%'],
    rows: [
      ['≤1% or ≤3 workers', ['minor', 'minor', 'major']],
      ['>1% (more than 3 workers)', ['minor', 'major', 'major']],
    ],
  },
} as const;

function totals(amounts: readonly Money[]): string {
  const currencies = [...new Set(amounts.map((m) => m.currency))].sort();
  return currencies
    .map((c) =>
      sumMoney(
        amounts.filter((m) => m.currency === c),
        c,
      ).match(formatMoney, () => `${c} (overflow)`),
    )
    .join(' + ');
}

function matrixBlock(report: RecruitmentFeeReport): Block[] {
  const rating = report.rating;
  if (rating === undefined)
    return [
      {
        kind: 'paragraph',
        muted: true,
        text: 'No fee rating was supplied (no fees were found, or none were rated).',
      },
    ];
  const matrix = MATRIX[rating.scenario];
  const rows: Cell[][] = matrix.rows.map(([label, grades], r) => [
    { text: label, bold: true },
    ...grades.map((grade, c): Cell => {
      const here = r === rating.row && c === rating.column;
      return here ? { text: `▶ ${grade}`, tone: severityFromRbaGrade(grade), bold: true } : grade;
    }),
  ]);
  return [
    {
      kind: 'paragraph',
      text: `Scenario: fees ${rating.scenario === 'reimbursed' ? 'repaid' : 'not repaid'} within 90 days. ${formatShare(
        rating.workersAffectedShare,
      )} of the sampled workers paid fees; the highest fee was ${formatShare(
        rating.feeShareOfMonthlyWage,
      )} of one month's gross base wage. Grade: ${rating.grade} (the marked cell).`,
    },
    {
      kind: 'table',
      columns: [
        { header: 'Workers affected \\ fee', width: 1.6 },
        ...matrix.columns.map((h) => ({ header: h, width: 1 })),
      ],
      rows,
      empty: '',
    },
  ];
}

/**
 * Lays out a recruitment-fee audit of one facility: the RBA fee matrix with the facility's cell marked,
 * workers affected (pseudonymous ids; names and document numbers only when disclosed), fee burden in months
 * of wages, remediation owed per worker and in total, and due dates.
 *
 * @example
 * ```ts
 * const doc = recruitmentDocument(report);
 * ```
 */
export function recruitmentDocument(report: RecruitmentFeeReport): ReportDocument {
  const { meta, facility, disclosure } = report;
  const workers = [...report.workers].sort(
    (a, b) => b.feeMonthsOfWage - a.feeMonthsOfWage || a.workerId.localeCompare(b.workerId, 'en'),
  );
  const owed = totals(workers.map((w) => w.remediationOwed)) || 'nothing';
  const who = (w: (typeof workers)[number]): string =>
    [
      w.workerId,
      disclosure.workerNames && w.name !== undefined ? w.name : undefined,
      disclosure.documentNumbers && w.identityDocumentNumber !== undefined
        ? `doc. ${w.identityDocumentNumber}`
        : undefined,
    ]
      .filter((x) => x !== undefined)
      .join('\n');
  const maxMonths = Math.max(0, ...workers.map((w) => w.feeMonthsOfWage));
  const burden = [
    { label: 'under 1 month', test: (m: number) => m < 1 },
    { label: '1 to under 2 months', test: (m: number) => m >= 1 && m < 2 },
    { label: '2 to under 3 months', test: (m: number) => m >= 2 && m < 3 },
    { label: '3 months or more', test: (m: number) => m >= 3 },
  ].map((band, i) => ({
    label: band.label,
    value: workers.filter((w) => band.test(w.feeMonthsOfWage)).length,
    tone: (['medium', 'high', 'critical', 'critical'] as const)[i] ?? 'critical',
  }));
  const blocks: Block[] = [
    { kind: 'heading', level: 1, text: 'Summary' },
    ...(report.summary === undefined ? [] : [{ kind: 'paragraph', text: report.summary } as const]),
    {
      kind: 'facts',
      rows: [
        ['Facility', `${facility.name} (${facility.id}), ${facility.country}`],
        ...(facility.supplierName === undefined
          ? []
          : [['Supplier', facility.supplierName] as [string, string]]),
        ['Workers in sample', String(report.sample.workersInSample)],
        ['Workers who paid fees', String(report.sample.workersAffected)],
        ['Highest fee burden', `${maxMonths.toFixed(2)} months of wages`],
        ['Remediation owed in total', owed],
        ['RBA grade', report.rating === undefined ? 'not rated' : report.rating.grade],
      ],
    },
    { kind: 'heading', level: 1, text: 'RBA fee matrix' },
    ...matrixBlock(report),
    { kind: 'heading', level: 1, text: 'Fee burden' },
    {
      kind: 'bars',
      bars: burden,
      max: Math.max(1, ...burden.map((b) => b.value)),
      format: (v) => `${v} workers`,
    },
    { kind: 'heading', level: 1, text: 'Workers affected and remediation owed' },
    {
      kind: 'paragraph',
      muted: true,
      text: `Workers are listed by pseudonymous id${disclosure.workerNames ? '; names are shown because the caller opted in' : ''}. Fees are the total of all fees the worker paid during recruitment and employment; the burden is in months of gross base wage.`,
    },
    {
      kind: 'table',
      columns: [
        { header: 'Worker', width: 1.2 },
        { header: 'Origin', width: 0.55 },
        { header: 'Recruiter', width: 1.1 },
        { header: 'Fees paid', width: 1.25, align: 'right' },
        { header: 'Months of wage', width: 0.75, align: 'right' },
        { header: 'Owed', width: 1.25, align: 'right' },
        { header: 'Repaid', width: 1.1, align: 'right' },
        { header: 'Due', width: 0.85 },
      ],
      rows: workers.map((w) => [
        who(w),
        w.origin ?? '',
        w.recruiter ?? '',
        formatMoney(w.feesPaid),
        { text: w.feeMonthsOfWage.toFixed(2), tone: w.feeMonthsOfWage >= 1 ? 'critical' : 'medium' },
        formatMoney(w.remediationOwed),
        w.repaid === undefined ? '' : formatMoney(w.repaid),
        w.dueDate,
      ]),
      empty: 'No worker in the sample paid fees.',
    },
    { kind: 'paragraph', text: `Total remediation owed: ${owed}.` },
    ...closingBlocks(meta, report.findings, report.actions, 'Remediation plan'),
  ];
  return {
    title: meta.title,
    subject: `Recruitment-fee audit of ${facility.name} as of ${meta.asOf}`,
    coverName: facility.name,
    asOf: meta.asOf,
    coverFacts: coverFacts(meta, [
      ['Report', 'Recruitment-fee audit'],
      ['Facility id', facility.id],
      ['RBA grade', report.rating === undefined ? 'not rated' : report.rating.grade],
      ['Remediation owed', owed],
    ]),
    keywords: ['forced labour', 'recruitment fees', 'employer pays', facility.id],
    ...(meta.preparedBy === undefined ? {} : { author: meta.preparedBy }),
    blocks,
  };
}
