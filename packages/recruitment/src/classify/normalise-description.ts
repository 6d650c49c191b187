/**
 * Turns a cost description as written in a record into comparable words: lower case, accents removed
 * (Vietnamese `đ` becomes `d`), punctuation and digits dropped, a plural `s` removed from words longer
 * than three letters (`fees` → `fee`, `tickets` → `ticket`, not `bus`, `pass`).
 *
 * @example
 * ```ts
 * normaliseDescription('Medical Check-ups (GAMCA)'); // ['medical', 'check', 'ups', 'gamca']
 * ```
 */
export function normaliseDescription(text: string): string[] {
  const plain = text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[đð]/g, 'd')
    .replace(/[^a-z]+/g, ' ')
    .trim();
  if (plain === '') return [];
  return plain.split(' ').map(singular);
}

function singular(word: string): string {
  if (word.length > 3 && word.endsWith('s') && !word.endsWith('ss')) return word.slice(0, -1);
  return word;
}

/**
 * The Damerau–Levenshtein distance (optimal string alignment) between two words, stopping early once it
 * exceeds `limit`: used to accept misspellings such as `insurence` or `recruitmnet`.
 *
 * @example
 * ```ts
 * editDistance('recruitmnet', 'recruitment', 1); // 1 (one transposition)
 * ```
 */
export function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let previousPrevious: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        value = Math.min(value, (previousPrevious[j - 2] ?? 0) + 1);
      current.push(value);
      rowMin = Math.min(rowMin, value);
    }
    if (rowMin > limit) return limit + 1;
    previousPrevious = previous;
    previous = current;
  }
  return previous[b.length] ?? limit + 1;
}
