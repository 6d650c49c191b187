import { UnforcedError } from '@unforced/core';
import { err, ok, type Result } from 'neverthrow';
import type { AliasKind } from '../datasets/records.js';
import type { UflpaAlias } from './uflpa-alias.js';

const KIND_PHRASE = /^(also|formerly) known as\s+/i;

/**
 * Where a clause lists two names joined by " and " without a semicolon: only directly after a company
 * suffix `Co.` or `Ltd.` (e.g. "Jiangyin Intermodal Transport Co. and Jiangyin United Transport Co.").
 * Names such as "Heze Cotton and Linen" are never split.
 */
const SUFFIX_AND = /(?<=\b(?:Co|Ltd)\.)\s+and\s+/;

function dropLeadingAnd(text: string): string {
  return text.trim().replace(/^and\s+/i, '');
}

/**
 * Whether the text inside a pair of parentheses is an alias clause ("also known as …", "formerly known
 * as …").
 *
 * @example
 * ```ts
 * isAliasClause('also known as Hotan Haolin'); // true
 * isAliasClause('Shanshan'); // false
 * ```
 */
export function isAliasClause(inner: string): boolean {
  return KIND_PHRASE.test(inner.trim());
}

/**
 * Parses the inside of an alias clause, e.g. `also known as A; B; and C; and formerly known as D`.
 * Items are separated by `;` (a leading `and ` dropped) and by ` and ` right after `Co.` or `Ltd.`; each
 * "also/formerly known as" switches the kind for the items after it. A clause that does not start with
 * such a phrase, or has an empty item, is a `DATASET_PARSE_FAILED` error.
 *
 * @example
 * ```ts
 * parseAliasClause('also known as A Co. and B Co.; formerly known as C');
 * // ok([{ name: 'A Co.', kind: 'also-known-as' }, { name: 'B Co.', kind: 'also-known-as' },
 * //     { name: 'C', kind: 'formerly-known-as' }])
 * ```
 */
export function parseAliasClause(inner: string): Result<UflpaAlias[], UnforcedError> {
  const aliases: UflpaAlias[] = [];
  let kind: AliasKind | undefined;
  for (const segment of inner.split(';')) {
    for (const piece of dropLeadingAnd(segment).split(SUFFIX_AND)) {
      let text = dropLeadingAnd(piece);
      const phrase = KIND_PHRASE.exec(text);
      if (phrase !== null) {
        kind = phrase[1]?.toLowerCase() === 'also' ? 'also-known-as' : 'formerly-known-as';
        text = text.slice(phrase[0].length).trim();
      }
      if (kind === undefined || text === '') {
        return err(
          new UnforcedError('DATASET_PARSE_FAILED', `cannot read alias clause ${JSON.stringify(inner)}`),
        );
      }
      aliases.push({ name: text, kind });
    }
  }
  return ok(aliases);
}
