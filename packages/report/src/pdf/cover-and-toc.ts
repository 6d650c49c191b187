import type { ReportDocument } from '../document/blocks.js';
import type { Layout } from './layout.js';
import { INK, PAGE, TYPE } from './theme.js';

/** The marked-content tag around the SHA-256 printed in each footer (read back by `verifyReport`). */
export const HASH_TAG = 'UnforcedSHA256';

/** Entries that fit on one page of the table of contents. */
export const TOC_ENTRIES_PER_PAGE = 46;

/** Draws the cover on the layout's first page: title, the name the report is about, facts and the hash. */
export function drawCover(layout: Layout, doc: ReportDocument, sha256: string): void {
  const page = layout.current;
  page.rect(0, PAGE.height - 210, PAGE.width, 210, INK.header);
  layout.y = PAGE.height - 90;
  for (const line of layout.lines(doc.title, 'bold', 24, layout.width).slice(0, 2)) {
    layout.text(PAGE.margin, layout.y, line, 'bold', 24, INK.white);
    layout.y -= 30;
  }
  layout.text(PAGE.margin, PAGE.height - 180, `As of ${doc.asOf}`, 'regular', 11, INK.white);
  layout.y = PAGE.height - 250;
  for (const line of layout.lines(doc.coverName, 'bold', 16, layout.width).slice(0, 6)) {
    layout.text(PAGE.margin, layout.y, line, 'bold', 16, INK.text);
    layout.y -= 21;
  }
  layout.y -= 12;
  layout.block({ kind: 'facts', rows: doc.coverFacts });
  layout.y = Math.min(layout.y, 200);
  const boxTop = 150;
  page.rect(PAGE.margin, boxTop - 64, layout.width, 64, INK.zebra, INK.rule);
  layout.text(PAGE.margin + 10, boxTop - 16, 'Report data SHA-256', 'bold', TYPE.body, INK.text);
  layout.text(PAGE.margin + 10, boxTop - 30, sha256, 'regular', 8.2, INK.text);
  const note =
    'The report data is embedded in this PDF as report.json. Its SHA-256 is printed above and in every footer; ' +
    'verifyReport() in @unforced/report recomputes it and re-renders the document to check that nothing was altered.';
  layout.lines(note, 'regular', TYPE.small, layout.width - 20).forEach((line, k) => {
    layout.text(PAGE.margin + 10, boxTop - 44 - k * 9, line, 'regular', TYPE.small, INK.muted);
  });
}

/** Fills the reserved table-of-contents pages with every heading, its page number and a link to it. */
export function drawToc(layout: Layout, firstPage: number): void {
  const rowHeight = (PAGE.top - PAGE.bottom - 40) / TOC_ENTRIES_PER_PAGE;
  layout.toc.forEach((entry, index) => {
    const page = layout.pages[firstPage + Math.floor(index / TOC_ENTRIES_PER_PAGE)];
    if (page === undefined) return;
    const slot = index % TOC_ENTRIES_PER_PAGE;
    const y = PAGE.top - 40 - (slot + 1) * rowHeight;
    const indent = entry.level === 1 ? 0 : 14;
    const style = entry.level === 1 ? 'bold' : 'regular';
    const number = String(entry.page + 1);
    const numberWidth = layout.fonts.measure(number, 'regular') * TYPE.body;
    const maxText = layout.width - indent - numberWidth - 24;
    const text = layout.truncate(entry.text, style, TYPE.body, maxText);
    page.text(PAGE.margin + indent, y, layout.fonts.runs(text, style), TYPE.body, INK.text);
    const textEnd = PAGE.margin + indent + layout.fonts.measure(text, style) * TYPE.body;
    const right = PAGE.margin + layout.width;
    page.line(textEnd + 4, y + 1, right - numberWidth - 4, y + 1, INK.rule, 0.4);
    page.text(right - numberWidth, y, layout.fonts.runs(number, 'regular'), TYPE.body, INK.text);
    page.link([PAGE.margin, y - 3, right, y + TYPE.body], entry.page);
  });
  const first = layout.pages[firstPage];
  first?.text(PAGE.margin, PAGE.top - 16, layout.fonts.runs('Contents', 'bold'), TYPE.h1, INK.header);
}

/** Draws the running header (title, `asOf`) and footer (SHA-256, "Page x of y") on every page. */
export function drawRunningHeadAndFoot(layout: Layout, title: string, asOf: string, sha256: string): void {
  const total = layout.pages.length;
  layout.pages.forEach((page, index) => {
    if (index > 0) {
      const right = `As of ${asOf}`;
      const rightWidth = layout.fonts.measure(right, 'regular') * TYPE.small;
      const head = layout.truncate(title, 'regular', TYPE.small, layout.width - rightWidth - 20);
      page.text(PAGE.margin, PAGE.height - 34, layout.fonts.runs(head, 'regular'), TYPE.small, INK.muted);
      page.text(
        PAGE.margin + layout.width - rightWidth,
        PAGE.height - 34,
        layout.fonts.runs(right, 'regular'),
        TYPE.small,
        INK.muted,
      );
      page.line(PAGE.margin, PAGE.height - 40, PAGE.margin + layout.width, PAGE.height - 40, INK.rule, 0.5);
    }
    page.line(PAGE.margin, 40, PAGE.margin + layout.width, 40, INK.rule, 0.5);
    page.chunks.push(`/${HASH_TAG} BMC\n`);
    page.text(PAGE.margin, 28, layout.fonts.runs(`SHA-256 ${sha256}`, 'regular'), 6.5, INK.muted);
    page.chunks.push('EMC\n');
    const label = `Page ${index + 1} of ${total}`;
    const width = layout.fonts.measure(label, 'regular') * TYPE.small;
    page.text(
      PAGE.margin + layout.width - width,
      28,
      layout.fonts.runs(label, 'regular'),
      TYPE.small,
      INK.muted,
    );
  });
}
