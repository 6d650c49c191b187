const ESCAPE = /[.*+?^${}()|[\]\\]/g;

/**
 * Builds a matcher for a list of lower-case keywords: each matches as a whole word or phrase (with a
 * plural -s or -es), or, ending in `*`, as the start of a word. Text is lower-cased before matching.
 *
 * @example
 * ```ts
 * keywordMatcher(['tea', 'manufactur*'])('Tea estates'); // true
 * keywordMatcher(['tea'])('team building'); // false
 * ```
 */
export function keywordMatcher(keywords: readonly string[]): (text: string) => boolean {
  const alternatives = keywords.map((keyword) =>
    keyword.endsWith('*')
      ? keyword.slice(0, -1).replace(ESCAPE, '\\$&')
      : `${keyword.replace(ESCAPE, '\\$&')}(?:s|es)?(?![a-z0-9])`,
  );
  const pattern = new RegExp(`(?:^|[^a-z0-9])(?:${alternatives.join('|')})`);
  return (text) => pattern.test(text.toLowerCase());
}
