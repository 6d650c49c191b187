import { parseSfnt, type SfntFace } from './sfnt.js';

/** One face in a document, with the id its PDF resource will carry. */
export interface DocumentFont {
  readonly key: string;
  readonly bytes: Uint8Array;
  readonly faceIndex: number;
  readonly face: SfntFace;
}

/** The text styles a report uses. */
export type TextStyle = 'regular' | 'bold';

/** A run of text in one font: what the layout measures and the PDF writer encodes. */
export interface GlyphRun {
  readonly font: DocumentFont;
  /** Fake bold (fill and stroke) for faces that have no bold of their own. */
  readonly emboldened: boolean;
  readonly codePoints: readonly number[];
  /** Width at size 1. */
  readonly width: number;
}

interface Resolved {
  readonly font: number;
  readonly emboldened: boolean;
  readonly advance: number;
}

const RTL = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]/u;

/**
 * The fonts of one document and the rule that picks a face for each character: the first face of the
 * style's chain that has a glyph for it (bold falls back to regular faces drawn emboldened). Characters no
 * face covers are drawn with the first face's `.notdef` glyph and recorded in {@link FontSet.missing}.
 */
export class FontSet {
  readonly fonts: DocumentFont[];
  readonly missing = new Set<number>();
  private readonly chains: Record<TextStyle, { font: number; emboldened: boolean }[]>;
  private readonly cache: Record<TextStyle, Map<number, Resolved>> = { regular: new Map(), bold: new Map() };

  constructor(
    regular: readonly Omit<DocumentFont, 'face' | 'key'>[],
    bold: Omit<DocumentFont, 'face' | 'key'>,
  ) {
    this.fonts = [...regular, bold].map((source, index) => ({
      ...source,
      key: `F${index + 1}`,
      face: parseSfnt(source.bytes, source.faceIndex),
    }));
    const boldIndex = this.fonts.length - 1;
    const regularChain = regular.map((_, index) => ({ font: index, emboldened: false }));
    this.chains = {
      regular: regularChain,
      bold: [
        { font: boldIndex, emboldened: false },
        ...regularChain.slice(1).map((c) => ({ ...c, emboldened: true })),
      ],
    };
  }

  private resolve(codePoint: number, style: TextStyle): Resolved {
    const cache = this.cache[style];
    const hit = cache.get(codePoint);
    if (hit !== undefined) return hit;
    let resolved: Resolved | undefined;
    for (const link of this.chains[style]) {
      const font = this.fonts[link.font];
      if (font === undefined) continue;
      const glyph = font.face.glyphOf(codePoint);
      if (glyph !== 0) {
        resolved = { ...link, advance: font.face.advanceOf(glyph) / font.face.unitsPerEm };
        break;
      }
    }
    if (resolved === undefined) {
      this.missing.add(codePoint);
      const first = this.chains[style][0] ?? { font: 0, emboldened: false };
      const face = this.fonts[first.font]?.face;
      resolved = { ...first, advance: face === undefined ? 0.5 : face.advanceOf(0) / face.unitsPerEm };
    }
    cache.set(codePoint, resolved);
    return resolved;
  }

  /** Width of a string at size 1 (multiply by the font size). */
  measure(text: string, style: TextStyle): number {
    let width = 0;
    for (const char of text) width += this.resolve(char.codePointAt(0) ?? 32, style).advance;
    return width;
  }

  /**
   * Splits a line of text into runs of one face each, in visual order: a run of right-to-left letters
   * (Hebrew, Arabic) is reversed so it reads correctly without shaping; Arabic letters keep their
   * isolated forms (a caller-supplied font and a shaping engine would be needed for joined forms).
   */
  runs(text: string, style: TextStyle): GlyphRun[] {
    const chars = visualOrder([...text.normalize('NFC')]);
    const runs: GlyphRun[] = [];
    let current: { font: number; emboldened: boolean; codePoints: number[]; width: number } | undefined;
    for (const char of chars) {
      const codePoint = char === '\t' ? 32 : (char.codePointAt(0) ?? 32);
      const r = this.resolve(codePoint, style);
      if (current === undefined || current.font !== r.font || current.emboldened !== r.emboldened) {
        if (current !== undefined) runs.push(this.toRun(current));
        current = { font: r.font, emboldened: r.emboldened, codePoints: [], width: 0 };
      }
      current.codePoints.push(codePoint);
      current.width += r.advance;
    }
    if (current !== undefined) runs.push(this.toRun(current));
    return runs;
  }

  private toRun(run: { font: number; emboldened: boolean; codePoints: number[]; width: number }): GlyphRun {
    const font = this.fonts[run.font] ?? this.fonts[0];
    if (font === undefined) throw new Error('a font set needs at least one font');
    return { font, emboldened: run.emboldened, codePoints: run.codePoints, width: run.width };
  }
}

function visualOrder(chars: string[]): string[] {
  if (!chars.some((c) => RTL.test(c))) return chars;
  const out: string[] = [];
  let i = 0;
  while (i < chars.length) {
    const c = chars[i] ?? '';
    if (!RTL.test(c)) {
      out.push(c);
      i += 1;
      continue;
    }
    // A right-to-left stretch: RTL letters and the spaces and marks between them.
    let j = i;
    let end = i;
    while (j < chars.length && (RTL.test(chars[j] ?? '') || /[\s\p{M}]/u.test(chars[j] ?? ''))) {
      if (RTL.test(chars[j] ?? '')) end = j;
      j += 1;
    }
    out.push(...chars.slice(i, end + 1).reverse());
    i = end + 1;
  }
  return out;
}
