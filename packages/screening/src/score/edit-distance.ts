let rows: [Int32Array, Int32Array, Int32Array] = [new Int32Array(64), new Int32Array(64), new Int32Array(64)];

/**
 * The optimal-string-alignment distance (insertions, deletions, substitutions and transpositions of
 * neighbours) between two strings, or `max + 1` as soon as it must exceed `max`.
 *
 * @example
 * ```ts
 * boundedEditDistance('huafu', 'haufu', 2); // 1 (one transposition)
 * boundedEditDistance('huafu', 'zhongtai', 2); // 3 (more than 2)
 * ```
 */
export function boundedEditDistance(a: string, b: string, max: number): number {
  const la = a.length;
  const lb = b.length;
  if (Math.abs(la - lb) > max) return max + 1;
  // Three rows reused from call to call (screening is synchronous); every cell read is written first.
  if (rows[0].length < lb + 1)
    rows = [new Int32Array(2 * lb + 2), new Int32Array(2 * lb + 2), new Int32Array(2 * lb + 2)];
  let prevPrev = rows[0];
  let prev = rows[1];
  let row = rows[2];
  for (let j = 0; j <= lb; j++) prev[j] = j;
  for (let i = 1; i <= la; i++) {
    row[0] = i;
    let best = row[0];
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j <= lb; j++) {
      const cb = b.charCodeAt(j - 1);
      const cost = ca === cb ? 0 : 1;
      let value = Math.min((prev[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && ca === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === cb)
        value = Math.min(value, (prevPrev[j - 2] ?? 0) + 1);
      row[j] = value;
      if (value < best) best = value;
    }
    if (best > max) return max + 1;
    const spare = prevPrev;
    prevPrev = prev;
    prev = row;
    row = spare;
  }
  const distance = prev[lb] ?? 0;
  return distance > max ? max + 1 : distance;
}

/**
 * How many edits a token may differ by and still be the same word: none up to 4 characters (short
 * words differ in one letter too often: `gold`/`good`), one up to 9 (pinyin names differ in one
 * syllable: `zhongtai`/`zhongtian`), two from 10 (the length is the longer token's).
 *
 * @example
 * ```ts
 * maxEditsFor(4); // 0
 * maxEditsFor(7); // 1
 * maxEditsFor(11); // 2
 * maxEditsFor(9); // 1
 * ```
 */
export function maxEditsFor(length: number): number {
  if (length <= 4) return 0;
  if (length <= 9) return 1;
  return 2;
}
