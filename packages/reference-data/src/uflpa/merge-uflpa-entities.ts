import { UnforcedError } from '@unforced/core';
import { err, ok, type Result } from 'neverthrow';
import type { UflpaEntityRecord } from '../datasets/records.js';
import { compareStrings } from '../sort/compare-strings.js';
import { mergeUflpaRows, type UflpaRow } from './merge-uflpa-rows.js';
import { uflpaDedupeKey } from './uflpa-dedupe-key.js';

/**
 * Merges rows that name the same entity (same {@link uflpaDedupeKey} of the bare name) with
 * {@link mergeUflpaRows}, keeping the order of the rows given, and returns the entities sorted by id
 * (UTF-16 code units). Two different entities with the same id are a `DUPLICATE_ID` error naming them.
 *
 * @example
 * ```ts
 * const row = { row: 1, listedName: 'A Co.', name: 'A Co.', aliases: [], includesSubsidiaries: false, listedOn: '2022-06-21', fixes: [] };
 * mergeUflpaEntities([row, { ...row, row: 7, name: 'A, Co.' }]).map((e) => e.map((x) => x.sourceRows)); // ok([[1, 7]])
 * ```
 */
export function mergeUflpaEntities(rows: readonly UflpaRow[]): Result<UflpaEntityRecord[], UnforcedError> {
  const groups = new Map<string, [UflpaRow, ...UflpaRow[]]>();
  for (const row of rows) {
    const key = uflpaDedupeKey(row.name);
    const group = groups.get(key);
    if (group === undefined) groups.set(key, [row]);
    else group.push(row);
  }
  const entities = [...groups.values()].map(mergeUflpaRows).sort((a, b) => compareStrings(a.id, b.id));
  const duplicates = entities.filter((entity, index) => entities[index - 1]?.id === entity.id);
  if (duplicates.length > 0) {
    const clashes = entities.filter((entity) => duplicates.some((duplicate) => duplicate.id === entity.id));
    const described = clashes.map((entity) => `${entity.id} (rows ${entity.sourceRows.join(', ')})`);
    return err(new UnforcedError('DUPLICATE_ID', `UFLPA entity ids are not unique: ${described.join('; ')}`));
  }
  return ok(entities);
}
