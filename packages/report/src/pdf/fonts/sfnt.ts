/** The metrics and character map of one TrueType/OpenType face, read from its tables. */
export interface SfntFace {
  /** PostScript name (name id 6), or a fallback. */
  readonly postScriptName: string;
  readonly unitsPerEm: number;
  readonly ascender: number;
  readonly descender: number;
  readonly capHeight: number;
  readonly bbox: readonly [number, number, number, number];
  readonly italicAngle: number;
  /** `true` when the outlines are CFF (`.otf`), `false` for TrueType `glyf` outlines. */
  readonly cff: boolean;
  readonly glyphCount: number;
  /** Code point → glyph id (0 when the face has no glyph for it). */
  glyphOf(codePoint: number): number;
  /** Advance width of a glyph in font units. */
  advanceOf(glyph: number): number;
  /** Every code point the cmap maps, with its glyph. */
  readonly cmap: ReadonlyMap<number, number>;
}

class Reader {
  constructor(
    readonly view: DataView,
    readonly base = 0,
  ) {}
  u8(o: number): number {
    return this.view.getUint8(this.base + o);
  }
  u16(o: number): number {
    return this.view.getUint16(this.base + o);
  }
  i16(o: number): number {
    return this.view.getInt16(this.base + o);
  }
  u32(o: number): number {
    return this.view.getUint32(this.base + o);
  }
  tag(o: number): string {
    return String.fromCharCode(this.u8(o), this.u8(o + 1), this.u8(o + 2), this.u8(o + 3));
  }
}

function tableDirectory(view: DataView, offset: number): Map<string, { offset: number; length: number }> {
  const r = new Reader(view, offset);
  const count = r.u16(4);
  const tables = new Map<string, { offset: number; length: number }>();
  for (let i = 0; i < count; i += 1) {
    const at = 12 + i * 16;
    tables.set(r.tag(at), { offset: r.u32(at + 8), length: r.u32(at + 12) });
  }
  return tables;
}

function readCmap(view: DataView, offset: number): Map<number, number> {
  const r = new Reader(view, offset);
  const count = r.u16(2);
  let best = -1;
  let bestRank = -1;
  for (let i = 0; i < count; i += 1) {
    const platform = r.u16(4 + i * 8);
    const encoding = r.u16(6 + i * 8);
    const sub = r.u32(8 + i * 8);
    const format = r.u16(sub);
    const rank =
      format === 12 && (platform === 3 || platform === 0)
        ? 3
        : format === 4 && (platform === 3 || platform === 0)
          ? 2
          : 0;
    if (rank > bestRank && (encoding === 1 || encoding === 10 || platform === 0)) {
      best = sub;
      bestRank = rank;
    }
  }
  const map = new Map<number, number>();
  if (best < 0) return map;
  const t = new Reader(view, offset + best);
  if (t.u16(0) === 12) {
    const groups = t.u32(12);
    for (let g = 0; g < groups; g += 1) {
      const start = t.u32(16 + g * 12);
      const end = t.u32(20 + g * 12);
      const glyph = t.u32(24 + g * 12);
      for (let c = start; c <= end && c <= 0x10ffff; c += 1) map.set(c, glyph + (c - start));
    }
    return map;
  }
  const segments = t.u16(6) / 2;
  const ends = 14;
  const starts = ends + segments * 2 + 2;
  const deltas = starts + segments * 2;
  const ranges = deltas + segments * 2;
  for (let s = 0; s < segments; s += 1) {
    const end = t.u16(ends + s * 2);
    const start = t.u16(starts + s * 2);
    const delta = t.i16(deltas + s * 2);
    const rangeOffset = t.u16(ranges + s * 2);
    for (let c = start; c <= end && c !== 0xffff; c += 1) {
      let glyph: number;
      if (rangeOffset === 0) glyph = (c + delta) & 0xffff;
      else {
        const at = ranges + s * 2 + rangeOffset + (c - start) * 2;
        const raw = t.u16(at);
        glyph = raw === 0 ? 0 : (raw + delta) & 0xffff;
      }
      if (glyph !== 0) map.set(c, glyph);
    }
  }
  return map;
}

function readPostScriptName(view: DataView, offset: number): string | undefined {
  const r = new Reader(view, offset);
  const count = r.u16(2);
  const strings = offset + r.u16(4);
  for (let i = 0; i < count; i += 1) {
    const at = 6 + i * 12;
    if (r.u16(at + 6) !== 6) continue;
    const platform = r.u16(at);
    const length = r.u16(at + 8);
    const start = strings + r.u16(at + 10);
    let name = '';
    if (platform === 3 || platform === 0)
      for (let k = 0; k + 1 < length; k += 2) name += String.fromCharCode(view.getUint16(start + k));
    else for (let k = 0; k < length; k += 1) name += String.fromCharCode(view.getUint8(start + k));
    const clean = name.replace(/[^A-Za-z0-9-]/g, '');
    if (clean.length > 0) return clean;
  }
  return undefined;
}

/**
 * Reads the tables a PDF embedder needs from a TrueType/OpenType font or one face of a collection
 * (`ttcf`). Throws on damaged input; callers wrap it (see `loadFont`).
 */
export function parseSfnt(bytes: Uint8Array, faceIndex = 0): SfntFace {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let offset = 0;
  if (new Reader(view).tag(0) === 'ttcf') {
    const faces = view.getUint32(8);
    if (faceIndex >= faces) throw new Error(`the collection has ${faces} faces`);
    offset = view.getUint32(12 + faceIndex * 4);
  }
  const version = view.getUint32(offset);
  if (version !== 0x00010000 && version !== 0x4f54544f && version !== 0x74727565)
    throw new Error('not a TrueType or OpenType font');
  const tables = tableDirectory(view, offset);
  const need = (tag: string): Reader => {
    const entry = tables.get(tag);
    if (entry === undefined || entry.offset + entry.length > bytes.byteLength)
      throw new Error(`the font has no usable ${tag} table`);
    return new Reader(view, entry.offset);
  };
  const head = need('head');
  const hhea = need('hhea');
  const maxp = need('maxp');
  const hmtx = need('hmtx');
  const cmapEntry = tables.get('cmap');
  if (cmapEntry === undefined) throw new Error('the font has no cmap table');
  const cmap = readCmap(view, cmapEntry.offset);
  const os2 = tables.get('OS/2');
  const post = tables.get('post');
  const nameTable = tables.get('name');
  const unitsPerEm = head.u16(18);
  const glyphCount = maxp.u16(4);
  const metricCount = hhea.u16(34);
  const advances = new Uint16Array(glyphCount);
  let last = 0;
  for (let g = 0; g < glyphCount; g += 1) {
    if (g < metricCount) last = hmtx.u16(g * 4);
    advances[g] = last;
  }
  const os2Reader = os2 === undefined ? undefined : new Reader(view, os2.offset);
  const capHeight =
    os2Reader !== undefined && os2Reader.u16(0) >= 2 ? os2Reader.i16(88) : Math.round(hhea.i16(4) * 0.7);
  const italicAngle =
    post === undefined ? 0 : new Reader(view, post.offset).view.getInt32(post.offset + 4) / 65536;
  return {
    postScriptName:
      (nameTable === undefined ? undefined : readPostScriptName(view, nameTable.offset)) ?? 'Font',
    unitsPerEm,
    ascender: hhea.i16(4),
    descender: hhea.i16(6),
    capHeight,
    bbox: [head.i16(36), head.i16(38), head.i16(40), head.i16(42)],
    italicAngle,
    cff: tables.has('CFF '),
    glyphCount,
    cmap,
    glyphOf: (codePoint) => cmap.get(codePoint) ?? 0,
    advanceOf: (glyph) => advances[glyph] ?? 0,
  };
}
