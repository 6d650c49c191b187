import { describe, expect, it } from 'vitest';
import { findParenGroups, removeParenGroups } from './paren-groups.js';

describe('findParenGroups', () => {
  it('finds top-level groups and keeps nested parentheses inside them', () => {
    const text = 'The TNN Development Limited (also known as Dehui (Dalian) International Trade Co., Ltd.)';
    const groups = findParenGroups(text)._unsafeUnwrap();
    expect(groups).toEqual([
      {
        start: 28,
        end: text.length,
        inner: 'also known as Dehui (Dalian) International Trade Co., Ltd.',
      },
    ]);
  });

  it('finds several groups in order', () => {
    const inners = findParenGroups('Hoshine Silicon Industry (Shanshan) Co. (HSI)')
      ._unsafeUnwrap()
      .map((group) => group.inner);
    expect(inners).toEqual(['Shanshan', 'HSI']);
  });

  it('returns no groups for a name without parentheses', () => {
    expect(findParenGroups('Heze Cotton and Linen Co., Ltd.')._unsafeUnwrap()).toEqual([]);
  });

  it('rejects an unclosed "(" without throwing', () => {
    const result = findParenGroups('Hoshine Silicon Industry (Shanshan');
    expect(result._unsafeUnwrapErr().code).toBe('DATASET_PARSE_FAILED');
    expect(result._unsafeUnwrapErr().message).toContain('unclosed');
  });

  it('rejects a stray ")" and says where it is', () => {
    const result = findParenGroups('Hoshine Silicon Industry (Shanshan) Co., LtdCo.) and subsidiaries');
    expect(result._unsafeUnwrapErr().code).toBe('DATASET_PARSE_FAILED');
    expect(result._unsafeUnwrapErr().message).toContain('unbalanced ")" at 47');
  });
});

describe('removeParenGroups', () => {
  it('cuts the given groups out, parentheses included', () => {
    const text = 'A (x (y)) B (z) C';
    const groups = findParenGroups(text)._unsafeUnwrap();
    expect(removeParenGroups(text, groups)).toBe('A  B  C');
    expect(removeParenGroups(text, groups.slice(1))).toBe('A (x (y)) B  C');
    expect(removeParenGroups(text, [])).toBe(text);
  });
});
