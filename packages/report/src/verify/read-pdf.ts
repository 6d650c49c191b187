import {
  decodePDFRawStream,
  PDFArray,
  PDFDict,
  type PDFDocument,
  PDFHexString,
  PDFName,
  type PDFObject,
  PDFRawStream,
  PDFStream,
  PDFString,
} from '@cantoo/pdf-lib';
import { HASH_TAG } from '../pdf/cover-and-toc.js';

function streamBytes(stream: PDFObject | undefined): Uint8Array | undefined {
  if (stream instanceof PDFRawStream) return decodePDFRawStream(stream).decode();
  if (stream instanceof PDFStream) return stream.getContents();
  return undefined;
}

function text(value: PDFObject | undefined): string | undefined {
  if (value instanceof PDFString || value instanceof PDFHexString) return value.decodeText();
  return undefined;
}

/** The bytes of the attached file called `name`, if the PDF has one. */
export function attachment(pdf: PDFDocument, name: string): Uint8Array | undefined {
  const lookup = (o: PDFObject | undefined): PDFObject | undefined =>
    o === undefined ? undefined : pdf.context.lookup(o);
  const names = lookup(pdf.catalog.get(PDFName.of('Names')));
  if (!(names instanceof PDFDict)) return undefined;
  const files = lookup(names.get(PDFName.of('EmbeddedFiles')));
  if (!(files instanceof PDFDict)) return undefined;
  const list = lookup(files.get(PDFName.of('Names')));
  if (!(list instanceof PDFArray)) return undefined;
  for (let i = 0; i + 1 < list.size(); i += 2) {
    if (text(lookup(list.get(i))) !== name) continue;
    const spec = lookup(list.get(i + 1));
    if (!(spec instanceof PDFDict)) continue;
    const ef = lookup(spec.get(PDFName.of('EF')));
    if (!(ef instanceof PDFDict)) continue;
    return streamBytes(lookup(ef.get(PDFName.of('F'))));
  }
  return undefined;
}

/** A string entry of the document information dictionary. */
export function infoEntry(pdf: PDFDocument, key: string): string | undefined {
  const info = pdf.context.lookup(pdf.context.trailerInfo.Info);
  return info instanceof PDFDict
    ? text(pdf.context.lookup(info.get(PDFName.of(key)) ?? PDFName.of('None')))
    : undefined;
}

function toUnicodeMap(pdf: PDFDocument, font: PDFObject | undefined): Map<number, string> {
  const map = new Map<number, string>();
  const dict = font === undefined ? undefined : pdf.context.lookup(font);
  if (!(dict instanceof PDFDict)) return map;
  const bytes = streamBytes(pdf.context.lookup(dict.get(PDFName.of('ToUnicode')) ?? PDFName.of('None')));
  if (bytes === undefined) return map;
  const cmap = new TextDecoder('latin1').decode(bytes);
  for (const m of cmap.matchAll(/<([0-9a-fA-F]{4})>\s*<([0-9a-fA-F]+)>/g)) {
    const units = (m[2] ?? '').match(/.{4}/g) ?? [];
    map.set(
      Number.parseInt(m[1] ?? '0', 16),
      String.fromCharCode(...units.map((u) => Number.parseInt(u, 16))),
    );
  }
  return map;
}

/**
 * The text printed inside the `UnforcedSHA256` marked content of each page (the footer hash), decoded
 * through the fonts' ToUnicode maps; `undefined` for a page without it.
 */
export function printedHashes(pdf: PDFDocument): (string | undefined)[] {
  return pdf.getPages().map((page) => {
    const contents = page.node.Contents();
    const parts =
      contents instanceof PDFArray ? contents.asArray().map((o) => pdf.context.lookup(o)) : [contents];
    const content = parts
      .map((p) => new TextDecoder('latin1').decode(streamBytes(p) ?? new Uint8Array()))
      .join('\n');
    const start = content.indexOf(`/${HASH_TAG} BMC`);
    if (start < 0) return undefined;
    const end = content.indexOf('EMC', start);
    const segment = content.slice(start, end < 0 ? undefined : end);
    const fonts = page.node.Resources()?.lookupMaybe(PDFName.of('Font'), PDFDict);
    let map = new Map<number, string>();
    let out = '';
    for (const m of segment.matchAll(/\/([A-Za-z0-9]+)\s+[\d.]+\s+Tf|<([0-9a-fA-F]*)>\s*Tj/g)) {
      if (m[1] !== undefined) map = toUnicodeMap(pdf, fonts?.get(PDFName.of(m[1])));
      else
        for (const g of (m[2] ?? '').match(/.{4}/g) ?? []) out += map.get(Number.parseInt(g, 16)) ?? '\uFFFD';
    }
    return /SHA-256 ([0-9a-f]{64})/.exec(out)?.[1] ?? out;
  });
}
