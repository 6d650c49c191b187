import { tidyListedName } from './tidy-listed-name.js';

/** Scope words at the end of a listed name that extend the listing beyond the named entity. */
const SCOPE_WORDS: readonly RegExp[] = [
  /[\s,]+and\s+its\s+subordinate\s+and\s+affiliated\s+entities$/i,
  /[\s,]+and\s+(?:its\s+)?subsidiaries$/i,
];

/**
 * A listed name without its scope words, and whether it had any.
 *
 * @example
 * ```ts
 * const scoped: ScopedUflpaName = { name: 'Xinjiang Production and Construction Corps', includesSubsidiaries: true };
 * ```
 */
export interface ScopedUflpaName {
  readonly name: string;
  readonly includesSubsidiaries: boolean;
}

/**
 * Cuts the scope words "and subsidiaries", "and its subsidiaries" or "and its subordinate and
 * affiliated entities" from the end of a name (with any comma before them) and says whether the listing
 * covers subsidiaries. The name is tidied with {@link tidyListedName}.
 *
 * @example
 * ```ts
 * stripScopeWords('Xinjiang Production and Construction Corps and its subordinate and affiliated entities');
 * // { name: 'Xinjiang Production and Construction Corps', includesSubsidiaries: true }
 * ```
 */
export function stripScopeWords(name: string): ScopedUflpaName {
  let stripped = tidyListedName(name);
  let includesSubsidiaries = false;
  for (const scope of SCOPE_WORDS) {
    if (scope.test(stripped)) {
      includesSubsidiaries = true;
      stripped = tidyListedName(stripped.replace(scope, ''));
    }
  }
  return { name: stripped, includesSubsidiaries };
}
