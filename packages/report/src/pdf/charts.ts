import type { Block, FlowNode } from '../document/blocks.js';
import type { Layout } from './layout.js';
import { heatColour, INK, PAGE, TYPE, toneColour, toneTint } from './theme.js';

type Bars = Extract<Block, { kind: 'bars' }>;
type Heatmap = Extract<Block, { kind: 'heatmap' }>;
type Flow = Extract<Block, { kind: 'flow' }>;

/** Horizontal bar chart, drawn as vector rectangles: one bar per label, value printed at its end. */
export function drawBars(layout: Layout, block: Bars): void {
  const size = TYPE.small;
  const rowHeight = 14;
  const labelWidth = layout.width * 0.32;
  const barSpace = layout.width - labelWidth - 60;
  for (const bar of block.bars) {
    layout.ensure(rowHeight);
    const page = layout.current;
    const y = layout.y - rowHeight;
    const label = layout.truncate(bar.label, 'regular', size, labelWidth - 6);
    layout.text(PAGE.margin, y + 4, label, 'regular', size, INK.text);
    const w = block.max > 0 ? Math.max(0, Math.min(1, bar.value / block.max)) * barSpace : 0;
    page.rect(PAGE.margin + labelWidth, y + 2, barSpace, rowHeight - 4, INK.zebra);
    if (w > 0) page.rect(PAGE.margin + labelWidth, y + 2, w, rowHeight - 4, toneColour(bar.tone));
    layout.text(
      PAGE.margin + labelWidth + barSpace + 4,
      y + 4,
      block.format(bar.value),
      'regular',
      size,
      INK.text,
    );
    layout.y = y;
  }
  layout.y -= 10;
}

/** Heat map: a grid of rows × columns, each cell filled on a green–amber–red scale, with counts printed. */
export function drawHeatmap(layout: Layout, block: Heatmap): void {
  const size = 6.8;
  const labelWidth = 90;
  const cellHeight = 16;
  const headerHeight = 46;
  const cols = Math.max(1, block.columns.length);
  const cellWidth = (layout.width - labelWidth) / cols;
  const drawHeader = (): void => {
    layout.ensure(headerHeight + cellHeight);
    const top = layout.y;
    block.columns.forEach((column, c) => {
      const x = PAGE.margin + labelWidth + c * cellWidth;
      const lines = layout.lines(column, 'bold', size, cellWidth - 4).slice(0, 4);
      lines.forEach((line, k) => {
        layout.text(
          x + 2,
          top - headerHeight + 4 + (lines.length - 1 - k) * size * 1.2,
          line,
          'bold',
          size,
          INK.text,
        );
      });
    });
    layout.y = top - headerHeight;
  };
  drawHeader();
  block.rows.forEach((row, r) => {
    if (layout.y - cellHeight < PAGE.bottom) {
      layout.newPage();
      drawHeader();
    }
    const page = layout.current;
    const y = layout.y - cellHeight;
    layout.text(
      PAGE.margin,
      y + 5,
      layout.truncate(row, 'regular', size, labelWidth - 4),
      'regular',
      size,
      INK.text,
    );
    block.columns.forEach((_, c) => {
      const x = PAGE.margin + labelWidth + c * cellWidth;
      const value = block.cells[r]?.[c] ?? null;
      const count = block.counts[r]?.[c] ?? 0;
      page.rect(
        x,
        y,
        cellWidth,
        cellHeight,
        value === null ? INK.white : heatColour(value, ...block.scale),
        INK.white,
        1,
      );
      if (value !== null) {
        const label = `${Math.round(value)} (${count})`;
        layout.textRight(x + cellWidth - 3, y + 5, label, 'regular', size, INK.text);
      }
    });
    layout.y = y;
  });
  layout.y -= 6;
  layout.paragraph(block.note, TYPE.small, INK.muted);
  layout.y -= 8;
}

const NODE_HEIGHT = 36;
const NODE_GAP = 10;

/**
 * Supply-chain flow chart: one column per tier (raw material on the left, importer on the right), one box
 * per party coloured by risk, and a curved arrow for every flow. Columns with more parties than fit on a
 * page show the first ones and a "+ n more" box.
 */
export function drawFlow(layout: Layout, block: Flow): void {
  const tiers = block.tiers.length;
  if (tiers === 0) {
    layout.paragraph('No parties were traced.', TYPE.small, INK.muted);
    return;
  }
  const available = PAGE.top - PAGE.bottom - 40;
  const perColumn = Math.max(1, Math.floor((available - 20) / (NODE_HEIGHT + NODE_GAP)));
  const tallest = Math.min(perColumn, Math.max(...block.tiers.map((t) => t.nodes.length)));
  const height = 20 + tallest * (NODE_HEIGHT + NODE_GAP);
  layout.ensure(height);
  const page = layout.current;
  const top = layout.y;
  const columnWidth = layout.width / tiers;
  const boxWidth = Math.min(150, columnWidth - 24);
  const positions = new Map<string, { x: number; y: number }>();
  block.tiers.forEach((tier, t) => {
    const x = PAGE.margin + t * columnWidth + (columnWidth - boxWidth) / 2;
    layout.text(
      x,
      top - 10,
      layout.truncate(tier.label, 'bold', TYPE.small, boxWidth),
      'bold',
      TYPE.small,
      INK.header,
    );
    const shown: (FlowNode | undefined)[] =
      tier.nodes.length > perColumn ? tier.nodes.slice(0, perColumn - 1) : [...tier.nodes];
    if (tier.nodes.length > perColumn) shown.push(undefined);
    shown.forEach((node, i) => {
      const y = top - 20 - (i + 1) * (NODE_HEIGHT + NODE_GAP) + NODE_GAP;
      const tone = node?.tone ?? 'neutral';
      page.rect(x, y, boxWidth, NODE_HEIGHT, toneTint(tone), toneColour(tone), 0.8);
      const label = node === undefined ? `+ ${tier.nodes.length - shown.length + 1} more` : node.label;
      layout.text(
        x + 4,
        y + NODE_HEIGHT - 12,
        layout.truncate(label, 'bold', TYPE.small, boxWidth - 8),
        'bold',
        TYPE.small,
        INK.text,
      );
      if (node !== undefined) {
        const detail = layout.lines(node.detail, 'regular', 6.5, boxWidth - 8).slice(0, 2);
        detail.forEach((line, k) => {
          layout.text(x + 4, y + NODE_HEIGHT - 22 - k * 8, line, 'regular', 6.5, INK.muted);
        });
        positions.set(node.id, { x, y: y + NODE_HEIGHT / 2 });
      }
    });
  });
  for (const edge of block.edges) {
    const from = positions.get(edge.from);
    const to = positions.get(edge.to);
    if (from === undefined || to === undefined) continue;
    if (from.x < to.x) page.arrow(from.x + boxWidth, from.y, to.x, to.y, INK.accent);
    else page.arrow(to.x + boxWidth, to.y, from.x, from.y, INK.accent);
  }
  layout.y = top - height - 10;
}
