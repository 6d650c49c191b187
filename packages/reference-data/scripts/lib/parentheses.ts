import { BuildError } from './build-error.js';

/** A top-level parenthesised group: where it starts (`(`) and ends (after `)`), and the text inside. */
export interface ParenGroup {
  readonly start: number;
  readonly end: number;
  readonly inner: string;
}

/**
 * Finds the top-level parenthesised groups of a string, matching nested parentheses, so that
 * `A (also known as B (C) D)` yields one group `also known as B (C) D`. Unbalanced parentheses are a
 * {@link BuildError}.
 */
export function findParenGroups(text: string): ParenGroup[] {
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
      if (depth < 0) throw new BuildError(`unbalanced ")" at ${i} in ${JSON.stringify(text)}`);
      if (depth === 0) groups.push({ start, end: i + 1, inner: text.slice(start + 1, i) });
    }
  }
  if (depth !== 0) throw new BuildError(`unclosed "(" in ${JSON.stringify(text)}`);
  return groups;
}

/** The string with the given groups (parentheses included) cut out. */
export function removeGroups(text: string, groups: readonly ParenGroup[]): string {
  let result = '';
  let position = 0;
  for (const group of groups) {
    result += text.slice(position, group.start);
    position = group.end;
  }
  return result + text.slice(position);
}
