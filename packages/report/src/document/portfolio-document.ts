import { addDaysIso, compareSeverity, type IloIndicator, type Severity } from '@unforced/core';
import type { PortfolioReport } from '../model/portfolio-report.js';
import type { Block, ReportDocument } from './blocks.js';
import {
  actionsTable,
  coverFacts,
  formatScore,
  formatShare,
  indicatorLabel,
  provenanceBlocks,
  severityCell,
  sortFindings,
} from './format.js';

const HEAT_ROWS = 25;
const HEAT_COLUMNS = 8;
const TOP_PER_INDICATOR = 3;

function heatmap(report: PortfolioReport): Block {
  const count = (key: (e: PortfolioReport['suppliers'][number]) => string): string[] => {
    const tally = new Map<string, number>();
    for (const e of report.suppliers) tally.set(key(e), (tally.get(key(e)) ?? 0) + 1);
    return [...tally.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0], 'en')).map(([k]) => k);
  };
  const rows = count((e) => e.country).slice(0, HEAT_ROWS);
  const columns = count((e) => e.sector).slice(0, HEAT_COLUMNS);
  const sums = rows.map(() => columns.map(() => ({ total: 0, n: 0 })));
  for (const e of report.suppliers) {
    const cell = sums[rows.indexOf(e.country)]?.[columns.indexOf(e.sector)];
    if (cell === undefined) continue;
    cell.total += ((e.score.value - e.score.min) / (e.score.max - e.score.min)) * 100;
    cell.n += 1;
  }
  const hidden = report.suppliers.filter(
    (e) => !rows.includes(e.country) || !columns.includes(e.sector),
  ).length;
  return {
    kind: 'heatmap',
    rows,
    columns,
    cells: sums.map((r) => r.map((c) => (c.n === 0 ? null : c.total / c.n))),
    counts: sums.map((r) => r.map((c) => c.n)),
    scale: [0, 100],
    note: `Cells show the mean score rescaled to 0–100 and, in brackets, the number of suppliers. ${
      hidden === 0
        ? 'Every supplier is shown.'
        : `The ${HEAT_ROWS} most frequent countries and ${HEAT_COLUMNS} most frequent sectors are shown; ${hidden} suppliers fall outside them.`
    }`,
  };
}

/**
 * Lays out a portfolio due-diligence summary: tier distribution, heat map of country × sector, ranking,
 * top findings by ILO indicator, changes since the previous assessment, and actions due in 90 days.
 *
 * @example
 * ```ts
 * const doc = portfolioDocument(report);
 * ```
 */
export function portfolioDocument(report: PortfolioReport): ReportDocument {
  const { meta, suppliers } = report;
  const ranked = [...suppliers].sort(
    (a, b) => a.rank - b.rank || a.supplierId.localeCompare(b.supplierId, 'en'),
  );
  const tiers = new Map<string, { severity: Severity; n: number }>();
  for (const e of ranked) {
    const t = tiers.get(e.tier.label) ?? { severity: e.tier.severity, n: 0 };
    t.n += 1;
    tiers.set(e.tier.label, t);
  }
  const tierBars = [...tiers.entries()]
    .sort((a, b) => compareSeverity(b[1].severity, a[1].severity) || a[0].localeCompare(b[0], 'en'))
    .map(([label, t]) => ({ label, value: t.n, tone: t.severity }));
  const byIndicator = new Map<IloIndicator, ReturnType<typeof sortFindings>>();
  for (const f of sortFindings(report.findings))
    for (const indicator of f.indicators) {
      const list = byIndicator.get(indicator) ?? [];
      if (list.length < TOP_PER_INDICATOR) list.push(f);
      byIndicator.set(indicator, list);
    }
  const changes = ranked.filter(
    (e) =>
      e.previous !== undefined &&
      (e.previous.tier.label !== e.tier.label || e.previous.score.value !== e.score.value),
  );
  const horizon = addDaysIso(meta.asOf, 90);
  const due = report.actions.filter((a) => a.dueDate <= horizon);
  const names = new Map(ranked.map((e) => [e.supplierId, e.name]));
  const blocks: Block[] = [
    { kind: 'heading', level: 1, text: 'Summary' },
    ...(report.summary === undefined ? [] : [{ kind: 'paragraph', text: report.summary } as const]),
    {
      kind: 'facts',
      rows: [
        ['Suppliers assessed', String(ranked.length)],
        ['Previous assessment', report.previousAsOf ?? 'none'],
        ['Findings', String(report.findings.length)],
        ['Actions due by', `${horizon} (${due.length} of ${report.actions.length})`],
      ],
    },
    { kind: 'heading', level: 2, text: 'Distribution of tiers' },
    {
      kind: 'bars',
      bars: tierBars,
      max: Math.max(1, ...tierBars.map((b) => b.value)),
      format: (v) => String(v),
    },
    { kind: 'heading', level: 1, text: 'Heat map: country × sector' },
    ranked.length === 0
      ? { kind: 'paragraph', muted: true, text: 'The portfolio is empty.' }
      : heatmap(report),
    { kind: 'heading', level: 1, text: 'Ranking' },
    {
      kind: 'table',
      columns: [
        { header: 'Rank', width: 0.45, align: 'right' },
        { header: 'Supplier', width: 2.6 },
        { header: 'Country', width: 0.75 },
        { header: 'Sector', width: 1.2 },
        { header: 'Score', width: 0.9, align: 'right' },
        { header: 'Tier', width: 0.8 },
        { header: 'Conf.', width: 0.6, align: 'right' },
        { header: 'Findings C/H/M/L', width: 1 },
      ],
      rows: ranked.map((e) => [
        String(e.rank),
        `${e.name}\n${e.supplierId}`,
        e.country,
        e.sector,
        formatScore(e.score),
        { text: e.tier.label, tone: e.tier.severity },
        formatShare(e.confidence),
        `${e.findingCounts.critical}/${e.findingCounts.high}/${e.findingCounts.medium}/${e.findingCounts.low}`,
      ]),
      empty: 'The portfolio is empty.',
    },
    { kind: 'heading', level: 1, text: 'Top findings by ILO indicator' },
    {
      kind: 'table',
      columns: [
        { header: 'Indicator', width: 1.4 },
        { header: 'Severity', width: 0.7 },
        { header: 'Finding', width: 3.6 },
      ],
      rows: [...byIndicator.entries()]
        .sort((a, b) => indicatorLabel(a[0]).localeCompare(indicatorLabel(b[0]), 'en', { numeric: true }))
        .flatMap(([indicator, list]) =>
          list.map((f) => [
            indicatorLabel(indicator),
            severityCell(f.severity),
            `${f.message}\n${f.code} · ${f.subject.kind} ${f.subject.id}`,
          ]),
        ),
      empty: 'No findings evidence an ILO indicator.',
    },
    { kind: 'heading', level: 1, text: 'Changes since the previous assessment' },
    {
      kind: 'table',
      columns: [
        { header: 'Supplier', width: 2.4 },
        { header: 'Before', width: 1.4 },
        { header: 'Now', width: 1.4 },
        { header: 'Change', width: 0.8, align: 'right' },
      ],
      rows: changes.map((e) => [
        `${e.name}\n${e.supplierId}`,
        e.previous === undefined
          ? ''
          : `${formatScore(e.previous.score)} ${e.previous.tier.label}\n(${e.previous.asOf})`,
        `${formatScore(e.score)} ${e.tier.label}`,
        e.previous === undefined
          ? ''
          : `${e.score.value - e.previous.score.value >= 0 ? '+' : ''}${(e.score.value - e.previous.score.value).toFixed(1)}`,
      ]),
      empty: 'No supplier changed score or tier (or no previous assessment was given).',
    },
    { kind: 'heading', level: 1, text: 'Actions due in the next 90 days' },
    actionsTable(
      due.map((a) =>
        a.supplierId === undefined ? a : { ...a, supplierId: names.get(a.supplierId) ?? a.supplierId },
      ),
      'No actions fall due in the next 90 days.',
    ),
    ...provenanceBlocks(meta, report.findings),
  ];
  return {
    title: meta.title,
    subject: `Portfolio due-diligence summary of ${ranked.length} suppliers as of ${meta.asOf}`,
    coverName: meta.preparedFor ?? `${ranked.length} suppliers`,
    asOf: meta.asOf,
    coverFacts: coverFacts(meta, [
      ['Report', 'Portfolio due-diligence summary'],
      ['Suppliers', String(ranked.length)],
    ]),
    keywords: ['forced labour', 'portfolio due diligence'],
    ...(meta.preparedBy === undefined ? {} : { author: meta.preparedBy }),
    blocks,
  };
}
