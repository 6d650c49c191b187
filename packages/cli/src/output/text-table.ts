const WIDE =
  /[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua000-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6\u{20000}-\u{3fffd}]/u;
const ZERO = /[\u0300-\u036f\u200b-\u200f]/u;

/**
 * The width of text in a terminal's columns: CJK and full-width characters take two, combining marks
 * none.
 *
 * @example
 * ```ts
 * displayWidth('新疆'); // 4
 * ```
 */
export function displayWidth(text: string): number {
  let width = 0;
  for (const char of text) width += ZERO.test(char) ? 0 : WIDE.test(char) ? 2 : 1;
  return width;
}

/**
 * Renders rows as a plain-text table with a header rule, each column as wide as its widest cell (by
 * display width, so names in Chinese line up).
 *
 * @example
 * ```ts
 * textTable(['id', 'tier'], [['SUP-1', 'high']]);
 * ```
 */
export function textTable(header: readonly string[], rows: ReadonlyArray<readonly string[]>): string {
  const widths = header.map((title, index) =>
    Math.max(displayWidth(title), ...rows.map((row) => displayWidth(row[index] ?? ''))),
  );
  const line = (cells: readonly string[]) =>
    cells
      .map((cell, index) => cell + ' '.repeat(Math.max(0, (widths[index] ?? 0) - displayWidth(cell))))
      .join('  ')
      .trimEnd();
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}

/**
 * Shortens text to `max` characters with an ellipsis.
 *
 * @example
 * ```ts
 * clip('a long message', 6); // 'a lon…'
 * ```
 */
export function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}
