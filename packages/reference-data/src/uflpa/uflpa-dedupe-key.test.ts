import { describe, expect, it } from 'vitest';
import { uflpaDedupeKey } from './uflpa-dedupe-key.js';

describe('uflpaDedupeKey', () => {
  it('keeps lower-case letters and digits and drops parenthesised text', () => {
    expect(uflpaDedupeKey('Xinjiang Production and Construction Corps (XPCC)')).toBe(
      'xinjiangproductionandconstructioncorps',
    );
    expect(uflpaDedupeKey('Hoshine Silicon Industry (Shanshan) Co., Ltd.')).toBe(
      'hoshinesiliconindustrycoltd',
    );
  });

  it('gives the same key to spellings that differ in punctuation and case', () => {
    // By hand: the letters of "Hetian Taida Apparel Co Ltd" in lower case, without spaces or dots.
    expect(uflpaDedupeKey('Hetian Taida Apparel Co., Ltd')).toBe('hetiantaidaapparelcoltd');
    expect(uflpaDedupeKey('HETIAN TAIDA APPAREL CO. LTD.')).toBe('hetiantaidaapparelcoltd');
  });

  it('removes nothing from a name with unbalanced parentheses instead of failing', () => {
    expect(uflpaDedupeKey('Hesheng Silicon Industry (Shanshan')).toBe('heshengsiliconindustryshanshan');
  });
});
