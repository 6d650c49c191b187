/**
 * Collapses runs of white space, removes spaces before commas and trims surrounding spaces and trailing
 * commas, as left behind when clauses are cut from a listed name.
 *
 * @example
 * ```ts
 * tidyListedName('Hetian  Taida Apparel Co. , Ltd ,'); // 'Hetian Taida Apparel Co., Ltd'
 * ```
 */
export function tidyListedName(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .replace(/\s+,/g, ',')
    .trim()
    .replace(/[\s,]+$/, '');
}
