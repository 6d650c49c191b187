import type { GlyphRun } from './fonts/font-set.js';

/** An RGB colour, each channel 0–1. */
export type Rgb = readonly [number, number, number];

/** A piece of a page's content stream: operators as text, or a glyph run encoded once fonts are subset. */
export type ContentChunk = string | GlyphRun;

/** A link from a rectangle of a page to another page (0-based). */
export interface PageLink {
  readonly rect: readonly [number, number, number, number];
  readonly targetPage: number;
}

/** Formats a number for a content stream: at most two decimals, no exponent, no `-0`. */
function num(value: number): string {
  const rounded = Math.round(value * 100) / 100;
  return Object.is(rounded, -0) ? '0' : String(rounded);
}

function colour(rgb: Rgb): string {
  return `${num(rgb[0])} ${num(rgb[1])} ${num(rgb[2])}`;
}

/**
 * The drawing surface of one page. Coordinates are PDF points from the bottom-left corner. Text is kept as
 * glyph runs until the fonts are subset, then encoded as glyph ids (see `writePdf`).
 */
export class PageCanvas {
  readonly chunks: ContentChunk[] = [];
  readonly links: PageLink[] = [];

  constructor(
    readonly width: number,
    readonly height: number,
  ) {}

  /** Draws runs of text from (x, y) on the baseline. */
  text(x: number, y: number, runs: readonly GlyphRun[], size: number, rgb: Rgb): void {
    if (runs.length === 0) return;
    this.chunks.push(`BT ${colour(rgb)} rg ${colour(rgb)} RG ${num(x)} ${num(y)} Td\n`);
    let bold = false;
    for (const run of runs) {
      if (run.emboldened !== bold) {
        bold = run.emboldened;
        this.chunks.push(bold ? `2 Tr ${num(size / 30)} w\n` : '0 Tr\n');
      }
      this.chunks.push(`/${run.font.key} ${num(size)} Tf `, run);
    }
    this.chunks.push(bold ? '0 Tr ET\n' : 'ET\n');
  }

  /** Fills and/or strokes a rectangle. */
  rect(x: number, y: number, w: number, h: number, fill?: Rgb, stroke?: Rgb, lineWidth = 0.5): void {
    const ops: string[] = [];
    if (fill !== undefined) ops.push(`${colour(fill)} rg`);
    if (stroke !== undefined) ops.push(`${colour(stroke)} RG ${num(lineWidth)} w`);
    ops.push(`${num(x)} ${num(y)} ${num(w)} ${num(h)} re`);
    ops.push(fill !== undefined && stroke !== undefined ? 'B' : fill !== undefined ? 'f' : 'S');
    this.chunks.push(`${ops.join(' ')}\n`);
  }

  /** Strokes a straight line. */
  line(x1: number, y1: number, x2: number, y2: number, rgb: Rgb, lineWidth = 0.5): void {
    this.chunks.push(
      `${colour(rgb)} RG ${num(lineWidth)} w ${num(x1)} ${num(y1)} m ${num(x2)} ${num(y2)} l S\n`,
    );
  }

  /** Strokes a cubic Bézier curve from (x1, y1) to (x2, y2) with horizontal tangents, and an arrowhead. */
  arrow(x1: number, y1: number, x2: number, y2: number, rgb: Rgb): void {
    const mid = (x1 + x2) / 2;
    this.chunks.push(
      `${colour(rgb)} RG 0.8 w ${num(x1)} ${num(y1)} m ${num(mid)} ${num(y1)} ${num(mid)} ${num(y2)} ${num(x2 - 4)} ${num(y2)} c S\n`,
      `${colour(rgb)} rg ${num(x2)} ${num(y2)} m ${num(x2 - 5)} ${num(y2 + 2.5)} l ${num(x2 - 5)} ${num(y2 - 2.5)} l f\n`,
    );
  }

  /** Makes a rectangle of this page a link to another page. */
  link(rect: readonly [number, number, number, number], targetPage: number): void {
    this.links.push({ rect, targetPage });
  }
}
