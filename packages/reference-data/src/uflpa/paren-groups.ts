import { UnforcedError } from '@unforced/core';
import { err, ok, type Result } from 'neverthrow';

/**
 * A top-level parenthesised group of a string: where it starts (the `(`), where it ends (just after the
 * matching `)`), and the text inside.
 *
 * @example
 * ```ts
 * const group: ParenGroup = { start: 2, end: 5, inner: 'B' }; // "A (B)"
 * ```
 */
export interface ParenGroup {
  readonly start: number;
  readonly end: number;
  readonly inner: string;
}

/**
 * Finds the top-level parenthesised groups of a string, matching nested parentheses, so that
 * `A (also known as B (C) D)` yields one group `also known as B (C) D`. Unbalanced parentheses are a
 * `DATASET_PARSE_FAILED` error.
 *
 * @example
 * ```ts
 * findParenGroups('A (x (y) z) B (w)').map((groups) => groups.map((g) => g.inner)); // ok(['x (y) z', 'w'])
 * findParenGroups('A (B').isErr(); // true
 * ```
 */
export function findParenGroups(text: string): Result<ParenGroup[], UnforcedError> {
  const groups: ParenGroup[] = [];
  let depth = 0;
  let start = -1;
  for (let i = 0; i < text.length; i += 1) {
    const char = text[i];
    if (char === '(') {
      if (depth === 0) start = i;
      depth += 1;
    } else if (char === ')') {
      depth -= 1;
      if (depth < 0) {
        return err(
          new UnforcedError('DATASET_PARSE_FAILED', `unbalanced ")" at ${i} in ${JSON.stringify(text)}`),
        );
      }
      if (depth === 0) groups.push({ start, end: i + 1, inner: text.slice(start + 1, i) });
    }
  }
  if (depth !== 0)
    return err(new UnforcedError('DATASET_PARSE_FAILED', `unclosed "(" in ${JSON.stringify(text)}`));
  return ok(groups);
}

/**
 * The string with the given groups (parentheses included) cut out. The groups must come from
 * {@link findParenGroups} on the same string, in order.
 *
 * @example
 * ```ts
 * const text = 'A (x) B';
 * findParenGroups(text).map((groups) => removeParenGroups(text, groups)); // ok('A  B')
 * ```
 */
export function removeParenGroups(text: string, groups: readonly ParenGroup[]): string {
  let result = '';
  let position = 0;
  for (const group of groups) {
    result += text.slice(position, group.start);
    position = group.end;
  }
  return result + text.slice(position);
}
