import { describe, expect, it } from 'vitest';
import { parseAliasList } from './alias-list.js';

describe('parseAliasList', () => {
  it('reads the snapshot style: semicolons, a leading "and", acronyms', () => {
    expect(parseAliasList('XPCC; Xinjiang Corps; and Bingtuan')._unsafeUnwrap()).toEqual([
      { name: 'XPCC', kind: 'acronym' },
      { name: 'Xinjiang Corps', kind: 'also-known-as' },
      { name: 'Bingtuan', kind: 'also-known-as' },
    ]);
  });

  it('accepts "|" as a separator too', () => {
    expect(parseAliasList('Hotan Haolin Hair Accessories | Hollin Hair Accessories')._unsafeUnwrap()).toEqual(
      [
        { name: 'Hotan Haolin Hair Accessories', kind: 'also-known-as' },
        { name: 'Hollin Hair Accessories', kind: 'also-known-as' },
      ],
    );
  });

  it('reads a blank cell as no aliases', () => {
    expect(parseAliasList('')._unsafeUnwrap()).toEqual([]);
    expect(parseAliasList('   ')._unsafeUnwrap()).toEqual([]);
  });

  it('keeps a comma and parentheses inside an alias', () => {
    expect(parseAliasList('Hesheng Silicon Industry (Shanshan) Co., Ltd.')._unsafeUnwrap()).toEqual([
      { name: 'Hesheng Silicon Industry (Shanshan) Co., Ltd.', kind: 'also-known-as' },
    ]);
  });

  it('returns an error for an empty item', () => {
    const result = parseAliasList('A; ; B');
    expect(result._unsafeUnwrapErr().code).toBe('DATASET_PARSE_FAILED');
    expect(result._unsafeUnwrapErr().message).toContain('empty alias');
  });
});
