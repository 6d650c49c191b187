import { findParenGroups, removeParenGroups } from './paren-groups.js';

/**
 * The de-duplication key of an entity name: the lower-case letters and digits of the name with all
 * parenthesised text removed, so rows that spell one entity differently are merged. If the parentheses
 * are unbalanced nothing is removed before the letters and digits are taken.
 *
 * @example
 * ```ts
 * uflpaDedupeKey('Hoshine Silicon Industry (Shanshan) Co., Ltd'); // 'hoshinesiliconindustrycoltd'
 * ```
 */
export function uflpaDedupeKey(name: string): string {
  return findParenGroups(name)
    .map((groups) => removeParenGroups(name, groups))
    .unwrapOr(name)
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
}
