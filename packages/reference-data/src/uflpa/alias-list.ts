import { UnforcedError } from '@unforced/core';
import { err, ok, type Result } from 'neverthrow';
import { isAcronym } from './acronym.js';
import type { UflpaAlias } from './uflpa-alias.js';

/**
 * Parses an aliases cell such as the snapshot's `aliases_as_scraped`: items separated by `;` or `|`, a
 * leading `and ` dropped. An all-capitals item is an `acronym`; any other item is `also-known-as`. A
 * blank cell has no aliases; an empty item in a non-blank cell is a `DATASET_PARSE_FAILED` error.
 *
 * @example
 * ```ts
 * parseAliasList('Hotan Haolin Hair Accessories; and Hollin Hair Accessories | XPCC');
 * // ok([{ name: 'Hotan Haolin Hair Accessories', kind: 'also-known-as' },
 * //     { name: 'Hollin Hair Accessories', kind: 'also-known-as' }, { name: 'XPCC', kind: 'acronym' }])
 * ```
 */
export function parseAliasList(cell: string): Result<UflpaAlias[], UnforcedError> {
  if (cell.trim() === '') return ok([]);
  const aliases: UflpaAlias[] = [];
  for (const item of cell.split(/[;|]/)) {
    const name = item.trim().replace(/^and\s+/i, '');
    if (name === '')
      return err(new UnforcedError('DATASET_PARSE_FAILED', `empty alias in ${JSON.stringify(cell)}`));
    aliases.push({ name, kind: isAcronym(name) ? 'acronym' : 'also-known-as' });
  }
  return ok(aliases);
}
