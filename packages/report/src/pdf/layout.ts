import type { Block, Cell, Column } from '../document/blocks.js';
import { PageCanvas, type Rgb } from './canvas.js';
import { drawBars, drawFlow, drawHeatmap } from './charts.js';
import type { FontSet, TextStyle } from './fonts/font-set.js';
import { INK, PAGE, TYPE, toneColour, toneTint } from './theme.js';
import { truncateText, wrapText } from './wrap.js';

/** A heading as the table of contents and the outline list it. */
export interface TocEntry {
  readonly level: 1 | 2;
  readonly text: string;
  readonly page: number;
  readonly y: number;
}

const CELL_PAD = 3;

/**
 * Flows blocks onto pages: keeps headings with what follows, wraps text, paginates tables with their
 * header row repeated on every page, and records headings for the table of contents.
 */
export class Layout {
  readonly pages: PageCanvas[] = [];
  readonly toc: TocEntry[] = [];
  private page: PageCanvas;
  y: number = PAGE.top;

  /** Starts with one empty page (the cover). */
  constructor(readonly fonts: FontSet) {
    this.page = new PageCanvas(PAGE.width, PAGE.height);
    this.pages.push(this.page);
  }

  get width(): number {
    return PAGE.width - 2 * PAGE.margin;
  }

  get current(): PageCanvas {
    return this.page;
  }

  newPage(): PageCanvas {
    this.page = new PageCanvas(PAGE.width, PAGE.height);
    this.pages.push(this.page);
    this.y = PAGE.top;
    return this.page;
  }

  /** Starts a new page when less than `height` points are left. */
  ensure(height: number): void {
    if (this.y - height < PAGE.bottom) this.newPage();
  }

  text(x: number, y: number, text: string, style: TextStyle, size: number, rgb: Rgb): void {
    this.page.text(x, y, this.fonts.runs(text, style), size, rgb);
  }

  textRight(xRight: number, y: number, text: string, style: TextStyle, size: number, rgb: Rgb): void {
    this.text(xRight - this.fonts.measure(text, style) * size, y, text, style, size, rgb);
  }

  lines(text: string, style: TextStyle, size: number, width: number): string[] {
    return wrapText(this.fonts, text, style, size, width);
  }

  truncate(text: string, style: TextStyle, size: number, width: number): string {
    return truncateText(this.fonts, text, style, size, width);
  }

  paragraph(text: string, size: number, rgb: Rgb, style: TextStyle = 'regular', indent = 0): void {
    const lh = size * TYPE.leading;
    for (const line of this.lines(text, style, size, this.width - indent)) {
      this.ensure(lh);
      this.y -= lh;
      this.text(PAGE.margin + indent, this.y + size * 0.25, line, style, size, rgb);
    }
  }

  heading(level: 1 | 2, text: string): void {
    const size = level === 1 ? TYPE.h1 : TYPE.h2;
    const lines = this.lines(text, 'bold', size, this.width);
    this.ensure(lines.length * size * 1.3 + (level === 1 ? 90 : 60));
    this.y -= level === 1 ? 10 : 6;
    this.toc.push({ level, text, page: this.pages.length - 1, y: this.y });
    for (const line of lines) {
      this.y -= size * 1.3;
      this.text(PAGE.margin, this.y + size * 0.25, line, 'bold', size, level === 1 ? INK.header : INK.text);
    }
    if (level === 1) {
      this.y -= 4;
      this.page.line(PAGE.margin, this.y, PAGE.margin + this.width, this.y, INK.accent, 1);
    }
    this.y -= 6;
  }

  block(block: Block): void {
    switch (block.kind) {
      case 'heading':
        this.heading(block.level, block.text);
        break;
      case 'paragraph':
        this.paragraph(block.text, TYPE.body, block.muted === true ? INK.muted : INK.text);
        this.y -= 5;
        break;
      case 'facts':
        this.table(
          [
            { header: '', width: 1 },
            { header: '', width: 2.6 },
          ],
          block.rows.map(([k, v]) => [{ text: k, bold: true }, v]),
          '',
          false,
        );
        break;
      case 'table':
        this.table(block.columns, block.rows, block.empty, true);
        break;
      case 'callout':
        this.callout(block.tone, block.text);
        break;
      case 'bars':
        drawBars(this, block);
        break;
      case 'heatmap':
        drawHeatmap(this, block);
        break;
      case 'flow':
        drawFlow(this, block);
        break;
    }
  }

  callout(tone: Parameters<typeof toneColour>[0], text: string): void {
    const lines = this.lines(text, 'regular', TYPE.body, this.width - 16);
    const lh = TYPE.body * TYPE.leading;
    const height = lines.length * lh + 8;
    this.ensure(Math.min(height, 200));
    const top = this.y;
    const fitted = Math.min(height, top - PAGE.bottom);
    this.page.rect(PAGE.margin, top - fitted, this.width, fitted, toneTint(tone));
    this.page.rect(PAGE.margin, top - fitted, 3, fitted, toneColour(tone));
    this.y -= 4;
    for (const line of lines) {
      if (this.y - lh < PAGE.bottom) this.newPage();
      this.y -= lh;
      this.text(PAGE.margin + 10, this.y + TYPE.body * 0.25, line, 'regular', TYPE.body, INK.text);
    }
    this.y -= 10;
  }

  /** Draws a table; rows that do not fit continue on the next page under a repeated header row. */
  table(
    columns: readonly Column[],
    rows: readonly (readonly Cell[])[],
    empty: string,
    header: boolean,
  ): void {
    const size = TYPE.table;
    const lh = size * 1.3;
    const total = columns.reduce((sum, c) => sum + c.width, 0);
    const widths = columns.map((c) => (c.width / total) * this.width);
    const maxRowHeight = PAGE.top - PAGE.bottom - 40;
    const drawHeader = (): void => {
      if (!header) return;
      const cells = columns.map((c, i) =>
        this.lines(c.header, 'bold', size, (widths[i] ?? 0) - 2 * CELL_PAD),
      );
      const height = Math.max(...cells.map((l) => l.length)) * lh + 2 * CELL_PAD;
      this.page.rect(PAGE.margin, this.y - height, this.width, height, INK.header);
      this.drawCells(cells, columns, widths, 'bold', INK.white, size);
      this.y -= height;
    };
    if (rows.length === 0) {
      this.ensure(40);
      drawHeader();
      this.paragraph(empty, TYPE.small, INK.muted);
      this.y -= 6;
      return;
    }
    const headerHeight = header ? lh * 2 + 2 * CELL_PAD : 0;
    this.ensure(headerHeight + lh + 2 * CELL_PAD);
    drawHeader();
    rows.forEach((row, index) => {
      let cells = columns.map((_, i) => {
        const cell = row[i] ?? '';
        const text = typeof cell === 'string' ? cell : cell.text;
        const style: TextStyle = typeof cell !== 'string' && cell.bold === true ? 'bold' : 'regular';
        return this.lines(text, style, size, (widths[i] ?? 0) - 2 * CELL_PAD);
      });
      let height = Math.max(1, ...cells.map((l) => l.length)) * lh + 2 * CELL_PAD;
      if (height > maxRowHeight) {
        const keep = Math.floor((maxRowHeight - 2 * CELL_PAD) / lh);
        cells = cells.map((l) => (l.length > keep ? [...l.slice(0, keep - 1), `${l[keep - 1] ?? ''}…`] : l));
        height = keep * lh + 2 * CELL_PAD;
      }
      if (this.y - height < PAGE.bottom) {
        this.newPage();
        drawHeader();
      }
      if (index % 2 === 1) this.page.rect(PAGE.margin, this.y - height, this.width, height, INK.zebra);
      let x = PAGE.margin;
      row.forEach((cell, i) => {
        if (typeof cell !== 'string' && cell.tone !== undefined)
          this.page.rect(x, this.y - height, widths[i] ?? 0, height, toneTint(cell.tone));
        x += widths[i] ?? 0;
      });
      this.drawCells(cells, columns, widths, row, INK.text, size);
      this.y -= height;
      this.page.line(PAGE.margin, this.y, PAGE.margin + this.width, this.y, INK.rule, 0.3);
    });
    this.y -= 10;
  }

  private drawCells(
    cells: readonly string[][],
    columns: readonly Column[],
    widths: readonly number[],
    styles: TextStyle | readonly Cell[],
    rgb: Rgb,
    size: number,
  ): void {
    const lh = size * 1.3;
    let x = PAGE.margin;
    cells.forEach((lines, i) => {
      const width = widths[i] ?? 0;
      const cell = typeof styles === 'string' ? undefined : styles[i];
      const style: TextStyle =
        typeof styles === 'string'
          ? styles
          : typeof cell !== 'string' && cell?.bold === true
            ? 'bold'
            : 'regular';
      lines.forEach((line, k) => {
        const baseline = this.y - CELL_PAD - (k + 1) * lh + size * 0.3;
        if (columns[i]?.align === 'right')
          this.textRight(x + width - CELL_PAD, baseline, line, style, size, rgb);
        else this.text(x + CELL_PAD, baseline, line, style, size, rgb);
      });
      x += width;
    });
  }
}
