import { createHash } from 'node:crypto';
import { type PDFContext, PDFName, type PDFRef, PDFString } from '@cantoo/pdf-lib';
import type { DocumentFont } from './font-set.js';
import { subsetFont } from './harfbuzz-subset.js';
import { parseSfnt } from './sfnt.js';

/** A font as embedded: its PDF object and how to encode code points as its glyph ids. */
export interface EmbeddedFont {
  readonly ref: PDFRef;
  /** Code point → glyph id in the embedded subset (0 = `.notdef`). */
  readonly glyphOf: (codePoint: number) => number;
}

function subsetTag(font: DocumentFont, codePoints: readonly number[]): string {
  const digest = createHash('sha256').update(font.face.postScriptName).update(codePoints.join(',')).digest();
  return [...digest.subarray(0, 6)].map((byte) => String.fromCharCode(65 + (byte % 26))).join('');
}

function utf16Hex(codePoint: number): string {
  const s = String.fromCodePoint(codePoint);
  let hex = '';
  for (let i = 0; i < s.length; i += 1) hex += s.charCodeAt(i).toString(16).padStart(4, '0');
  return hex;
}

function toUnicodeCMap(pairs: readonly (readonly [number, number])[]): string {
  const lines = [
    '/CIDInit /ProcSet findresource begin 12 dict begin begincmap',
    '/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def',
    '/CMapName /Adobe-Identity-UCS def /CMapType 2 def',
    '1 begincodespacerange <0000> <FFFF> endcodespacerange',
  ];
  for (let i = 0; i < pairs.length; i += 100) {
    const chunk = pairs.slice(i, i + 100);
    lines.push(`${chunk.length} beginbfchar`);
    for (const [glyph, codePoint] of chunk)
      lines.push(`<${glyph.toString(16).padStart(4, '0')}> <${utf16Hex(codePoint)}>`);
    lines.push('endbfchar');
  }
  lines.push('endcmap CMapName currentdict /CMap defineresource pop end end');
  return lines.join('\n');
}

/**
 * Subsets a font to the code points a document draws (with HarfBuzz) and embeds it as a Type 0 font with
 * Identity-H encoding, glyph widths and a ToUnicode map, so text both renders and extracts. TrueType
 * outlines go in as `CIDFontType2`/`FontFile2`, CFF outlines as `CIDFontType0`/`FontFile3 /OpenType`.
 * The subset tag is derived from the glyph set, never random.
 */
export async function embedFont(
  context: PDFContext,
  font: DocumentFont,
  used: ReadonlySet<number>,
  subset = true,
): Promise<EmbeddedFont> {
  const codePoints = [...used].filter((c) => font.face.glyphOf(c) !== 0).sort((a, b) => a - b);
  // `subset = false` embeds the whole face: the reference rendering the tests compare subsets against.
  const bytes = subset
    ? await subsetFont(font.bytes, font.faceIndex, codePoints.length > 0 ? codePoints : [32])
    : font.bytes;
  const face = subset ? parseSfnt(bytes) : font.face;
  const scale = 1000 / face.unitsPerEm;
  const pairs = codePoints
    .map((c) => [face.glyphOf(c), c] as const)
    .filter(([glyph]) => glyph !== 0)
    .sort((a, b) => a[0] - b[0]);
  const unique = pairs.filter((pair, index) => index === 0 || pairs[index - 1]?.[0] !== pair[0]);
  const widths: (number | number[])[] = [];
  let group: number[] = [];
  let next = -1;
  for (const [glyph] of unique) {
    const width = Math.round(face.advanceOf(glyph) * scale);
    if (glyph !== next) {
      group = [];
      widths.push(glyph, group);
    }
    group.push(width);
    next = glyph + 1;
  }
  const name = `${subsetTag(font, codePoints)}+${font.face.postScriptName}`;
  const fontFile = context.flateStream(
    bytes,
    font.face.cff ? { Subtype: 'OpenType' } : { Length1: bytes.length },
  );
  const descriptor = context.obj({
    Type: 'FontDescriptor',
    FontName: name,
    Flags: 4,
    FontBBox: font.face.bbox.map((v) => Math.round(v * scale)),
    ItalicAngle: font.face.italicAngle,
    Ascent: Math.round(font.face.ascender * scale),
    Descent: Math.round(font.face.descender * scale),
    CapHeight: Math.round(font.face.capHeight * scale),
    StemV: 80,
    [font.face.cff ? 'FontFile3' : 'FontFile2']: context.register(fontFile),
  });
  const cidFont = context.obj({
    Type: 'Font',
    Subtype: font.face.cff ? 'CIDFontType0' : 'CIDFontType2',
    BaseFont: name,
    CIDSystemInfo: { Registry: PDFString.of('Adobe'), Ordering: PDFString.of('Identity'), Supplement: 0 },
    FontDescriptor: context.register(descriptor),
    DW: Math.round(face.advanceOf(0) * scale),
    W: widths,
    ...(font.face.cff ? {} : { CIDToGIDMap: PDFName.of('Identity') }),
  });
  const toUnicode = context.flateStream(toUnicodeCMap(unique));
  const type0 = context.obj({
    Type: 'Font',
    Subtype: 'Type0',
    BaseFont: name,
    Encoding: 'Identity-H',
    DescendantFonts: [context.register(cidFont)],
    ToUnicode: context.register(toUnicode),
  });
  return { ref: context.register(type0), glyphOf: (codePoint) => face.glyphOf(codePoint) };
}
