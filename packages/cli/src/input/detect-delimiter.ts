const CANDIDATES = [',', ';', '\t', '|'] as const;

/**
 * Guesses a CSV file's delimiter from its first line: the candidate (`,` `;` tab `|`) that occurs most
 * often outside quotes. Comma wins ties and empty lines.
 *
 * @example
 * ```ts
 * detectDelimiter('id;name;country\n1;Acme;MY'); // ';'
 * ```
 */
export function detectDelimiter(text: string): string {
  const firstLine = text.replace(/^\ufeff/, '').split(/\r?\n/, 1)[0] ?? '';
  const unquoted = firstLine.replace(/"[^"]*"/g, '');
  let best: string = ',';
  let bestCount = 0;
  for (const candidate of CANDIDATES) {
    const count = unquoted.split(candidate).length - 1;
    if (count > bestCount) {
      best = candidate;
      bestCount = count;
    }
  }
  return best;
}
