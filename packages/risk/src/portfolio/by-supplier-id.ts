/**
 * Orders records by supplier id (code-unit order), so that portfolio results never depend on input order.
 *
 * @example
 * ```ts
 * [...assessments].sort(bySupplierId);
 * ```
 */
export function bySupplierId(a: { readonly supplierId: string }, b: { readonly supplierId: string }): number {
  return a.supplierId < b.supplierId ? -1 : a.supplierId > b.supplierId ? 1 : 0;
}
