import { describe, expect, it } from 'vitest';
import { mergeUflpaEntities } from './merge-uflpa-entities.js';
import type { UflpaRow } from './merge-uflpa-rows.js';

function row(number: number, name: string, listedOn = '2022-06-21'): UflpaRow {
  return {
    row: number,
    listedName: name,
    name,
    aliases: [],
    includesSubsidiaries: false,
    listedOn,
    fixes: [],
  };
}

describe('mergeUflpaEntities', () => {
  it('merges rows whose names differ only in punctuation or parenthesised text, sorted by id', () => {
    const entities = mergeUflpaEntities([
      row(1, 'Xinjiang Production and Construction Corps'),
      row(2, 'Baoding LYSZD Trade and Business Co., Ltd.'),
      row(3, 'Xinjiang Production and Construction Corps (XPCC)', '2024-01-01'),
    ])._unsafeUnwrap();
    expect(entities.map((entity) => [entity.id, entity.sourceRows, entity.listedOn])).toEqual([
      ['uflpa:baoding-lyszd-trade-and-business-co-ltd', [2], ['2022-06-21']],
      ['uflpa:xinjiang-production-and-construction-corps', [1, 3], ['2022-06-21', '2024-01-01']],
    ]);
  });

  it('returns DUPLICATE_ID when different entities get the same id', () => {
    const result = mergeUflpaEntities([row(4, 'Foo (X) Bar'), row(9, 'Foo X Bar')]);
    expect(result._unsafeUnwrapErr().code).toBe('DUPLICATE_ID');
    expect(result._unsafeUnwrapErr().message).toContain('uflpa:foo-x-bar (rows 4)');
    expect(result._unsafeUnwrapErr().message).toContain('uflpa:foo-x-bar (rows 9)');
  });

  it('returns no entities for no rows', () => {
    expect(mergeUflpaEntities([])._unsafeUnwrap()).toEqual([]);
  });
});
