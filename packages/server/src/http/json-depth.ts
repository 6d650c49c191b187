const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;

/**
 * Whether JSON text nests arrays and objects deeper than `maxDepth` (`1` is `[1]`, `2` is `[[1]]`; a
 * scalar has depth 0). One pass over the text, without recursion and before `JSON.parse`, so a body of
 * a million `[` costs a scan rather than a deep parse. Brackets inside strings do not count. Text that
 * is not JSON gets an answer too; parsing then reports it.
 *
 * @example
 * ```ts
 * exceedsJsonDepth('{"a":[{"b":"[[["}]}', 3); // false: depth 3, the string does not count
 * exceedsJsonDepth('[[[[1]]]]', 3); // true
 * ```
 */
export function exceedsJsonDepth(text: string, maxDepth: number): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === BACKSLASH) i += 1;
      else if (c === QUOTE) inString = false;
    } else if (c === QUOTE) inString = true;
    else if (c === OPEN_BRACE || c === OPEN_BRACKET) {
      depth += 1;
      if (depth > maxDepth) return true;
    } else if (c === CLOSE_BRACE || c === CLOSE_BRACKET) depth -= 1;
  }
  return false;
}
