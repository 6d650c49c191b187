import type { UnforcedError } from '@unforced/core';
import type { Result } from 'neverthrow';
import type { Block, Cell, ReportDocument } from '../document/blocks.js';
import { reportDocument } from '../document/report-document.js';
import { validateReport } from '../model/report.js';
import { reportJson } from './render-json.js';
import { sha256Hex } from './sha256.js';

/** Escapes Markdown's inline syntax (and table pipes) so names print as written. */
function escapeText(text: string): string {
  return text.replace(/[\\`*_[\]<>#|~]/g, '\\$&');
}

function escapeCell(text: string): string {
  return escapeText(text).replace(/\r?\n/g, '<br>');
}

function cellText(cell: Cell): string {
  return escapeCell(typeof cell === 'string' ? cell : cell.text);
}

function table(
  header: readonly string[],
  rows: readonly (readonly Cell[])[],
  align: readonly ('left' | 'right')[],
): string {
  const head = `| ${header.map((h) => escapeCell(h === '' ? ' ' : h)).join(' | ')} |`;
  const rule = `| ${align.map((a) => (a === 'right' ? '---:' : '---')).join(' | ')} |`;
  const body = rows.map((r) => `| ${header.map((_, i) => cellText(r[i] ?? '')).join(' | ')} |`);
  return [head, rule, ...body].join('\n');
}

function block(b: Block): string {
  switch (b.kind) {
    case 'heading':
      return `${b.level === 1 ? '##' : '###'} ${escapeText(b.text)}`;
    case 'paragraph':
      return b.muted === true ? `_${escapeText(b.text)}_` : escapeText(b.text);
    case 'callout':
      return `> **${b.tone}**: ${escapeText(b.text)}`;
    case 'facts':
      return table(['', ''], b.rows, ['left', 'left']);
    case 'table':
      return b.rows.length === 0
        ? `_${escapeText(b.empty)}_`
        : table(
            b.columns.map((c) => c.header),
            b.rows,
            b.columns.map((c) => c.align ?? 'left'),
          );
    case 'bars':
      return b.bars.length === 0
        ? '_No data._'
        : table(
            ['', 'value', ''],
            b.bars.map((bar) => [
              bar.label,
              b.format(bar.value),
              '█'.repeat(Math.round((Math.max(0, bar.value) / (b.max || 1)) * 20)),
            ]),
            ['left', 'right', 'left'],
          );
    case 'heatmap':
      return `${table(
        ['', ...b.columns],
        b.rows.map((row, r) => [
          row,
          ...b.columns.map((_, c) => {
            const v = b.cells[r]?.[c] ?? null;
            return v === null ? '' : `${Math.round(v)} (${b.counts[r]?.[c] ?? 0})`;
          }),
        ]),
        ['left', ...b.columns.map(() => 'right' as const)],
      )}\n\n_${escapeText(b.note)}_`;
    case 'flow': {
      if (b.tiers.length === 0) return '_No parties were traced._';
      const names = new Map(b.tiers.flatMap((t) => t.nodes.map((n) => [n.id, n.label] as const)));
      const tiers = b.tiers.map(
        (t) =>
          `- **${escapeText(t.label)}**: ${t.nodes.map((n) => escapeText(`${n.label} (${n.detail})`)).join('; ')}`,
      );
      const edges = b.edges.map(
        (e) => `- ${escapeText(names.get(e.from) ?? e.from)} → ${escapeText(names.get(e.to) ?? e.to)}`,
      );
      return [...tiers, '', 'Flows:', '', ...edges].join('\n');
    }
  }
}

/** Renders a laid-out report as Markdown. */
function markdownOf(doc: ReportDocument, sha256: string): string {
  const headings = doc.blocks.filter((b): b is Extract<Block, { kind: 'heading' }> => b.kind === 'heading');
  const parts = [
    `# ${escapeText(doc.title)}`,
    `**${escapeText(doc.coverName)}**, as of ${doc.asOf}`,
    table(['', ''], doc.coverFacts, ['left', 'left']),
    `Report data SHA-256: \`${sha256}\` (the SHA-256 of the JSON rendering of this report).`,
    '## Contents',
    headings.map((h) => `${h.level === 2 ? '  ' : ''}- ${escapeText(h.text)}`).join('\n'),
    ...doc.blocks.map(block),
  ];
  return `${parts.join('\n\n')}\n`;
}

/**
 * Renders a report as Markdown with the same sections, tables and order as the PDF; charts become tables.
 * Bad input gives a coded error with paths.
 *
 * @example
 * ```ts
 * const md = renderMarkdown(report); // Result<string, UnforcedError>
 * ```
 */
export function renderMarkdown(input: unknown): Result<string, UnforcedError> {
  return validateReport(input).map((report) =>
    markdownOf(reportDocument(report), sha256Hex(reportJson(report))),
  );
}
