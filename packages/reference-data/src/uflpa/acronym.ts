/**
 * Whether a text is an all-capitals acronym such as `XPCC` or `VSETC` (surrounding spaces ignored).
 *
 * @example
 * ```ts
 * isAcronym('XPCC'); // true
 * isAcronym('Shanshan'); // false
 * ```
 */
export function isAcronym(text: string): boolean {
  return /^[A-Z][A-Z0-9&]+$/.test(text.trim());
}
