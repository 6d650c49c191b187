import type { AliasKind } from '../datasets/records.js';

/**
 * An alias of a UFLPA entity and how it relates to the listed name.
 *
 * @example
 * ```ts
 * const alias: UflpaAlias = { name: 'XPCC', kind: 'acronym' };
 * ```
 */
export interface UflpaAlias {
  readonly name: string;
  readonly kind: AliasKind;
}
