import {
  AFRelationship,
  PDFArray,
  type PDFContext,
  PDFDocument,
  PDFHexString,
  PDFName,
  PDFNumber,
  type PDFRef,
  PDFString,
} from '@cantoo/pdf-lib';
import type { ReportDocument } from '../document/blocks.js';
import type { PageCanvas } from './canvas.js';
import { drawCover, drawRunningHeadAndFoot, drawToc, TOC_ENTRIES_PER_PAGE } from './cover-and-toc.js';
import { type EmbeddedFont, embedFont } from './fonts/embed-fonts.js';
import type { FontSet } from './fonts/font-set.js';
import { Layout, type TocEntry } from './layout.js';

/** What {@link writePdf} needs besides the document: the fonts, the report JSON to embed and its hash. */
export interface WritePdfInput {
  readonly doc: ReportDocument;
  readonly fonts: FontSet;
  readonly json: Uint8Array;
  readonly sha256: string;
  readonly producer: string;
  /** Embed whole fonts instead of subsets (for reference renderings in tests). Default true. */
  readonly subsetFonts?: boolean;
}

/** Lays out every page of a report: cover, table of contents, body, running head and foot. */
export function layoutReport(input: Omit<WritePdfInput, 'json' | 'producer'>): Layout {
  const layout = new Layout(input.fonts);
  drawCover(layout, input.doc, input.sha256);
  const headings = input.doc.blocks.filter((b) => b.kind === 'heading').length;
  const tocPages = Math.max(1, Math.ceil(headings / TOC_ENTRIES_PER_PAGE));
  for (let i = 0; i < tocPages; i += 1) layout.newPage();
  layout.newPage();
  for (const block of input.doc.blocks) layout.block(block);
  drawToc(layout, 1);
  drawRunningHeadAndFoot(layout, input.doc.title, input.doc.asOf, input.sha256);
  return layout;
}

function hex4(glyph: number): string {
  return glyph.toString(16).padStart(4, '0');
}

function contentOf(page: PageCanvas, embedded: ReadonlyMap<string, EmbeddedFont>): string {
  let out = '';
  for (const chunk of page.chunks) {
    if (typeof chunk === 'string') {
      out += chunk;
      continue;
    }
    const font = embedded.get(chunk.font.key);
    let hex = '';
    for (const codePoint of chunk.codePoints) hex += hex4(font?.glyphOf(codePoint) ?? 0);
    out += `<${hex}> Tj\n`;
  }
  return out;
}

function addOutline(
  context: PDFContext,
  catalogSet: (key: PDFName, value: PDFRef) => void,
  toc: readonly TocEntry[],
  pageRefs: readonly PDFRef[],
): void {
  const top = toc.filter((entry) => entry.level === 1);
  if (top.length === 0) return;
  const outlineRef = context.nextRef();
  const refs = top.map(() => context.nextRef());
  top.forEach((entry, i) => {
    const page = pageRefs[entry.page];
    if (page === undefined) return;
    const item = context.obj({
      Title: PDFHexString.fromText(entry.text),
      Parent: outlineRef,
      Dest: [page, 'XYZ', null, PDFNumber.of(Math.round(entry.y + 20)), null],
    });
    const prev = refs[i - 1];
    const next = refs[i + 1];
    if (prev !== undefined) item.set(PDFName.of('Prev'), prev);
    if (next !== undefined) item.set(PDFName.of('Next'), next);
    const ref = refs[i];
    if (ref !== undefined) context.assign(ref, item);
  });
  const first = refs[0];
  const last = refs.at(-1);
  if (first === undefined || last === undefined) return;
  context.assign(outlineRef, context.obj({ Type: 'Outlines', First: first, Last: last, Count: refs.length }));
  catalogSet(PDFName.of('Outlines'), outlineRef);
}

/**
 * Writes a laid-out report as PDF bytes with pdf-lib: fonts subset and embedded, one compressed content
 * stream per page, table-of-contents links, an outline, document information dated from `asOf`, the
 * report JSON attached as `report.json` (AFRelationship Data), and a file identifier derived from the
 * report's SHA-256. Nothing reads the clock or a random source, so the bytes depend on the input alone.
 */
export async function writePdf(input: WritePdfInput, layout: Layout): Promise<Uint8Array> {
  const pdf = await PDFDocument.create({ updateMetadata: false });
  const context = pdf.context;
  const used = new Map<string, Set<number>>();
  for (const page of layout.pages)
    for (const chunk of page.chunks)
      if (typeof chunk !== 'string') {
        const set = used.get(chunk.font.key) ?? new Set<number>();
        for (const c of chunk.codePoints) set.add(c);
        used.set(chunk.font.key, set);
      }
  const embedded = new Map<string, EmbeddedFont>();
  const fontDict = context.obj({});
  for (const font of input.fonts.fonts) {
    const codePoints = used.get(font.key);
    if (codePoints === undefined) continue;
    const e = await embedFont(context, font, codePoints, input.subsetFonts ?? true);
    embedded.set(font.key, e);
    fontDict.set(PDFName.of(font.key), e.ref);
  }
  const resources = context.register(context.obj({ Font: fontDict, ProcSet: ['PDF', 'Text'] }));
  const pages = layout.pages.map((canvas) => {
    const page = pdf.addPage([canvas.width, canvas.height]);
    page.node.set(PDFName.of('Resources'), resources);
    page.node.set(PDFName.of('Contents'), context.register(context.flateStream(contentOf(canvas, embedded))));
    return page;
  });
  const pageRefs = pages.map((p) => p.ref);
  layout.pages.forEach((canvas, index) => {
    if (canvas.links.length === 0) return;
    const annots = canvas.links.map((link) =>
      context.register(
        context.obj({
          Type: 'Annot',
          Subtype: 'Link',
          Rect: link.rect.map((v) => Math.round(v * 100) / 100),
          Border: [0, 0, 0],
          Dest: [pageRefs[link.targetPage] ?? pageRefs[0] ?? null, 'Fit'],
        }),
      ),
    );
    pages[index]?.node.set(PDFName.of('Annots'), context.obj(annots));
  });
  addOutline(context, (k, v) => pdf.catalog.set(k, v), layout.toc, pageRefs);
  const date = new Date(`${input.doc.asOf}T00:00:00Z`);
  pdf.setTitle(input.doc.title, { showInWindowTitleBar: true });
  pdf.setSubject(input.doc.subject);
  pdf.setKeywords([...input.doc.keywords, `sha256:${input.sha256}`]);
  if (input.doc.author !== undefined) pdf.setAuthor(input.doc.author);
  pdf.setProducer(input.producer);
  pdf.setCreator(input.producer);
  pdf.setCreationDate(date);
  pdf.setModificationDate(date);
  pdf.setLanguage('en');
  const info = context.lookup(context.trailerInfo.Info);
  if (info !== undefined && 'set' in info && typeof info.set === 'function')
    info.set(PDFName.of('UnforcedReportSHA256'), PDFString.of(input.sha256));
  await pdf.attach(input.json, 'report.json', {
    mimeType: 'application/json',
    description: `Unforced report data; SHA-256 ${input.sha256}`,
    creationDate: date,
    modificationDate: date,
    afRelationship: AFRelationship.Data,
  });
  const id = PDFHexString.of(input.sha256.slice(0, 32));
  context.trailerInfo.ID = PDFArray.withContext(context);
  (context.trailerInfo.ID as PDFArray).push(id);
  (context.trailerInfo.ID as PDFArray).push(id);
  return pdf.save({ useObjectStreams: true, addDefaultPage: false, updateFieldAppearances: false });
}
