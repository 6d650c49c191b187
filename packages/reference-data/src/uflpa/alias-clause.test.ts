import { describe, expect, it } from 'vitest';
import { isAliasClause, parseAliasClause } from './alias-clause.js';

describe('isAliasClause', () => {
  it('recognises "also known as" and "formerly known as" in any case', () => {
    expect(isAliasClause('also known as Hotan Haolin')).toBe(true);
    expect(isAliasClause(' Formerly known as Aksu Shangheng Fiber Co., Ltd.')).toBe(true);
  });

  it('does not take a place name or an acronym for an alias clause', () => {
    expect(isAliasClause('Shanshan')).toBe(false);
    expect(isAliasClause('XPCC')).toBe(false);
    expect(isAliasClause('known as X')).toBe(false);
  });
});

describe('parseAliasClause', () => {
  it('splits "Co. and" into two aliases', () => {
    expect(
      parseAliasClause(
        'also known as Jiangyin Intermodal Transport Co. and Jiangyin United Transport Co.',
      )._unsafeUnwrap(),
    ).toEqual([
      { name: 'Jiangyin Intermodal Transport Co.', kind: 'also-known-as' },
      { name: 'Jiangyin United Transport Co.', kind: 'also-known-as' },
    ]);
  });

  it('never splits " and " inside a name such as "Cotton and Linen"', () => {
    expect(
      parseAliasClause(
        'also known as Heze Cotton and Linen Trading Development General Company',
      )._unsafeUnwrap(),
    ).toEqual([{ name: 'Heze Cotton and Linen Trading Development General Company', kind: 'also-known-as' }]);
  });

  it('splits on semicolons, drops a leading "and" and keeps nested parentheses', () => {
    expect(
      parseAliasClause(
        'also known as Aksu Huafu Textiles Co., Ltd.; Akesu Huafu; and Dehui (Dalian) International Trade Co., Ltd.',
      )._unsafeUnwrap(),
    ).toEqual([
      { name: 'Aksu Huafu Textiles Co., Ltd.', kind: 'also-known-as' },
      { name: 'Akesu Huafu', kind: 'also-known-as' },
      { name: 'Dehui (Dalian) International Trade Co., Ltd.', kind: 'also-known-as' },
    ]);
  });

  it('switches kind at "formerly known as", also after "Ltd. and"', () => {
    expect(
      parseAliasClause(
        'also known as HY Solar; and Hoyuan Green Energy Co. Ltd. and formerly known as Wuxi Shangji CNC Co., Ltd.; and Wuxi Shangji Automation Co., Ltd.',
      )._unsafeUnwrap(),
    ).toEqual([
      { name: 'HY Solar', kind: 'also-known-as' },
      { name: 'Hoyuan Green Energy Co. Ltd.', kind: 'also-known-as' },
      { name: 'Wuxi Shangji CNC Co., Ltd.', kind: 'formerly-known-as' },
      { name: 'Wuxi Shangji Automation Co., Ltd.', kind: 'formerly-known-as' },
    ]);
  });

  it('returns an error, not a throw, for a clause without a kind phrase or with an empty item', () => {
    expect(parseAliasClause('Shanshan')._unsafeUnwrapErr().code).toBe('DATASET_PARSE_FAILED');
    expect(parseAliasClause('also known as A;;B')._unsafeUnwrapErr().message).toContain(
      'cannot read alias clause',
    );
  });
});
