import type { AliasKind } from '../../src/datasets/records.js';
import { BuildError } from './build-error.js';

/** An alias of a UFLPA entity and how it relates to the listed name. */
export interface UflpaAlias {
  readonly name: string;
  readonly kind: AliasKind;
}

const KIND_PHRASE = /^(also|formerly) known as\s+/i;

/**
 * Where a clause lists two names joined by " and " without a semicolon: only directly after a company
 * suffix `Co.` or `Ltd.` (e.g. "Jiangyin Intermodal Transport Co. and Jiangyin United Transport Co.").
 * Names such as "Heze Cotton and Linen" are never split.
 */
const SUFFIX_AND = /(?<=\b(?:Co|Ltd)\.)\s+and\s+/;

/** Whether the text inside a pair of parentheses is an alias clause ("also known as …", "formerly known as …"). */
export function isAliasClause(inner: string): boolean {
  return KIND_PHRASE.test(inner.trim());
}

/** Whether a text is an all-capitals acronym such as `XPCC` or `VSETC`. */
export function isAcronym(text: string): boolean {
  return /^[A-Z][A-Z0-9&]+$/.test(text.trim());
}

function dropLeadingAnd(text: string): string {
  return text.trim().replace(/^and\s+/i, '');
}

/**
 * Parses the inside of an alias clause, e.g. `also known as A; B; and C; and formerly known as D`.
 * Items are separated by `;` (a leading `and ` dropped) and by ` and ` right after `Co.` or `Ltd.`; each
 * "also/formerly known as" switches the kind for the items after it.
 */
export function parseAliasClause(inner: string, context: string): UflpaAlias[] {
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
        throw new BuildError(`${context}: cannot read alias clause ${JSON.stringify(inner)}`);
      }
      aliases.push({ name: text, kind });
    }
  }
  return aliases;
}

/**
 * Parses the snapshot's `aliases_as_scraped` cell: items separated by `;`, a leading `and ` dropped. An
 * all-capitals item is an acronym; any other item is "also known as".
 */
export function parseScrapedAliases(cell: string, context: string): UflpaAlias[] {
  if (cell.trim() === '') return [];
  return cell.split(';').map((item) => {
    const name = dropLeadingAnd(item);
    if (name === '') throw new BuildError(`${context}: empty alias in ${JSON.stringify(cell)}`);
    return { name, kind: isAcronym(name) ? 'acronym' : 'also-known-as' };
  });
}
