import type { Severity } from '@unforced/core';

/** A colour role: a severity, or neutral. */
export type Tone = Severity | 'neutral' | 'good';

/** A table cell: text, optionally bold or shaded by tone. */
export type Cell = string | { readonly text: string; readonly tone?: Tone; readonly bold?: boolean };

/** A table column: header, relative width and alignment. */
export interface Column {
  readonly header: string;
  readonly width: number;
  readonly align?: 'left' | 'right';
}

/** A node of a supply-chain flow chart. */
export interface FlowNode {
  readonly id: string;
  readonly label: string;
  readonly detail: string;
  readonly tone: Tone;
}

/**
 * The content of a report, independent of format: the PDF and Markdown renderers both draw from it, so the
 * two always say the same thing in the same order.
 */
export type Block =
  | { readonly kind: 'heading'; readonly level: 1 | 2; readonly text: string }
  | { readonly kind: 'paragraph'; readonly text: string; readonly muted?: boolean }
  | { readonly kind: 'facts'; readonly rows: readonly (readonly [string, string])[] }
  | {
      readonly kind: 'table';
      readonly columns: readonly Column[];
      readonly rows: readonly (readonly Cell[])[];
      readonly empty: string;
    }
  | {
      readonly kind: 'bars';
      readonly bars: readonly { readonly label: string; readonly value: number; readonly tone: Tone }[];
      readonly max: number;
      readonly format: (value: number) => string;
    }
  | {
      readonly kind: 'heatmap';
      readonly rows: readonly string[];
      readonly columns: readonly string[];
      /** `cells[row][column]`: a value on the scale, or null where there is no supplier. */
      readonly cells: readonly (readonly (number | null)[])[];
      readonly counts: readonly (readonly number[])[];
      readonly scale: readonly [number, number];
      readonly note: string;
    }
  | {
      readonly kind: 'flow';
      /** Columns left to right: the farthest tier (raw material) first, the importer last. */
      readonly tiers: readonly { readonly label: string; readonly nodes: readonly FlowNode[] }[];
      readonly edges: readonly { readonly from: string; readonly to: string }[];
    }
  | { readonly kind: 'callout'; readonly tone: Tone; readonly text: string };

/** A report ready for layout: metadata for the cover and the PDF's document information, and the blocks. */
export interface ReportDocument {
  readonly title: string;
  readonly subject: string;
  /** The name on the cover: the supplier, facility, product or portfolio. */
  readonly coverName: string;
  readonly asOf: string;
  readonly coverFacts: readonly (readonly [string, string])[];
  readonly keywords: readonly string[];
  readonly author?: string;
  readonly blocks: readonly Block[];
}
