import { UnforcedError } from '@unforced/core';
import { err, ok, type Result } from 'neverthrow';
import { isAcronym } from './acronym.js';
import { isAliasClause, parseAliasClause } from './alias-clause.js';
import { findParenGroups, removeParenGroups } from './paren-groups.js';
import { stripScopeWords } from './scope-words.js';
import type { UflpaAlias } from './uflpa-alias.js';

/**
 * What a listed name says: the bare name, the aliases inside it and whether the listing covers
 * subsidiaries.
 *
 * @example
 * ```ts
 * const parsed: ParsedUflpaName = { name: 'Hetian Taida Apparel Co., Ltd', aliases: [], includesSubsidiaries: false };
 * ```
 */
export interface ParsedUflpaName {
  readonly name: string;
  readonly aliases: readonly UflpaAlias[];
  readonly includesSubsidiaries: boolean;
}

/**
 * Splits a listed name into the bare name, its aliases and its scope. Alias clauses in balanced
 * parentheses are parsed and cut from the name; a parenthesised acronym such as `(XPCC)` becomes an
 * `acronym` alias but stays in the name; "and subsidiaries" / "and its subordinate and affiliated
 * entities" set `includesSubsidiaries` and are cut, as are trailing commas. Unbalanced parentheses, an
 * unreadable alias clause or scope/alias wording left over in the name are `DATASET_PARSE_FAILED`.
 *
 * @example
 * ```ts
 * parseUflpaName('The TNN Development Limited (also known as Dehui (Dalian) International Trade Co., Ltd.)');
 * // ok({ name: 'The TNN Development Limited',
 * //      aliases: [{ name: 'Dehui (Dalian) International Trade Co., Ltd.', kind: 'also-known-as' }],
 * //      includesSubsidiaries: false })
 * ```
 */
export function parseUflpaName(listedName: string): Result<ParsedUflpaName, UnforcedError> {
  return findParenGroups(listedName).andThen((groups) => {
    const aliases: UflpaAlias[] = [];
    for (const group of groups) {
      if (isAliasClause(group.inner)) {
        const clause = parseAliasClause(group.inner);
        if (clause.isErr()) return err(clause.error);
        aliases.push(...clause.value);
      } else if (isAcronym(group.inner)) aliases.push({ name: group.inner.trim(), kind: 'acronym' });
    }
    const { name, includesSubsidiaries } = stripScopeWords(
      removeParenGroups(
        listedName,
        groups.filter((group) => isAliasClause(group.inner)),
      ),
    );
    if (/subsidiar|subordinate|affiliated|known as/i.test(name)) {
      return err(
        new UnforcedError(
          'DATASET_PARSE_FAILED',
          `unrecognised scope or alias wording left in ${JSON.stringify(name)}`,
        ),
      );
    }
    return ok({ name, aliases, includesSubsidiaries });
  });
}
