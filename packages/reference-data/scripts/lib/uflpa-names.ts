import { BuildError } from './build-error.js';
import { findParenGroups, removeGroups } from './parentheses.js';
import { isAcronym, isAliasClause, parseAliasClause, type UflpaAlias } from './uflpa-aliases.js';

/** What a listed name says: the bare name, the aliases inside it and whether the listing covers subsidiaries. */
export interface ParsedUflpaName {
  readonly name: string;
  readonly aliases: readonly UflpaAlias[];
  readonly includesSubsidiaries: boolean;
}

/** Scope words at the end of a listed name that extend the listing beyond the named entity. */
const SCOPE_WORDS: readonly RegExp[] = [
  /[\s,]+and\s+its\s+subordinate\s+and\s+affiliated\s+entities$/i,
  /[\s,]+and\s+(?:its\s+)?subsidiaries$/i,
];

function tidy(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .replace(/\s+,/g, ',')
    .trim()
    .replace(/[\s,]+$/, '');
}

/**
 * Splits a listed name into the bare name, its aliases and its scope. Alias clauses in balanced
 * parentheses are parsed and cut from the name; a parenthesised acronym such as `(XPCC)` becomes an
 * `acronym` alias but stays in the name; "and subsidiaries" / "and its subordinate and affiliated
 * entities" set `includesSubsidiaries` and are cut, as are trailing commas.
 */
export function parseUflpaName(listedName: string, context: string): ParsedUflpaName {
  const groups = findParenGroups(listedName);
  const aliases: UflpaAlias[] = [];
  for (const group of groups) {
    if (isAliasClause(group.inner)) aliases.push(...parseAliasClause(group.inner, context));
    else if (isAcronym(group.inner)) aliases.push({ name: group.inner.trim(), kind: 'acronym' });
  }
  let name = tidy(
    removeGroups(
      listedName,
      groups.filter((group) => isAliasClause(group.inner)),
    ),
  );
  let includesSubsidiaries = false;
  for (const scope of SCOPE_WORDS) {
    if (scope.test(name)) {
      includesSubsidiaries = true;
      name = tidy(name.replace(scope, ''));
    }
  }
  if (/subsidiar|subordinate|affiliated|known as/i.test(name)) {
    throw new BuildError(`${context}: unrecognised scope or alias wording left in ${JSON.stringify(name)}`);
  }
  return { name, aliases, includesSubsidiaries };
}

/** The de-duplication key: lower-case letters and digits of the name with all parenthesised text removed. */
export function uflpaDedupeKey(name: string): string {
  return removeGroups(name, findParenGroups(name))
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
}

/** `uflpa:` plus the name in lower case with every run of other characters turned into one `-`. */
export function uflpaId(name: string): string {
  const slug = name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return `uflpa:${slug}`;
}
