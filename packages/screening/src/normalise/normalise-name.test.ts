import { describe, expect, it } from 'vitest';
import { normaliseName } from './normalise-name.js';

const texts = (name: string) =>
  normaliseName(name)
    ._unsafeUnwrap()
    .tokens.map((t) => t.text);

describe('normaliseName', () => {
  it.each([
    // Trailing "Co., Ltd" is one legal form; "(Shanshan)" a qualifier.
    ['Hoshine Silicon Industry (Shanshan) Co., Ltd', ['hoshine', 'silicon', 'industry', 'shanshan']],
    // 新疆 is a place, 华孚 is transliterated (hua fu), 纺织 is translated, 有限公司 is a legal form.
    ['新疆华孚纺织有限公司', ['xinjiang', 'huafu', 'textile']],
    // Hotan is a variant of Hetian; "Apparel" is written as the canonical "garment".
    ['Hotan Taida Apparel', ['hetian', 'taida', 'garment']],
    // PT (leading) and Tbk (trailing) are Indonesian legal forms.
    ['PT Indofood Sukses Makmur Tbk', ['indofood', 'sukses', 'makmur']],
    // Full-width Latin becomes ASCII under NFKC; case is folded.
    ['ＸＩＮＪＩＡＮＧ ＨＵＡＦＵ', ['xinjiang', 'huafu']],
    // pinyin-pro alone reads 喀什 as "ka shen"; the place table gives Kashi.
    ['喀什', ['kashi']],
    // A Cyrillic "а" inside a Latin word is folded to Latin.
    ['Huаfu Textile', ['huafu', 'textile']],
    // Diacritics go: Lüzhou → luzhou; "Co." is a legal form; "&" between words is "and", a stop word.
    ['Dongguan Lüzhou Shoes & Bags Co.', ['dongguan', 'luzhou', 'shoe', 'bags']],
    // "S.A. de C.V." is one legal form; dots after single letters join them.
    ['Textiles del Norte S.A. de C.V.', ['textile', 'del', 'norte']],
    // Inner Mongolia is one place.
    ['Inner Mongolia Xuanda Food Co., Ltd.', ['neimenggu', 'xuanda', 'food']],
  ])('%s', (name, expected) => {
    expect(texts(name)).toEqual(expected);
  });

  it('keeps legal forms as a weak signal rather than dropping them silently', () => {
    // "Co., Ltd." is the family `limited`; 股份有限公司 is `joint-stock`.
    expect(normaliseName('Huafu Fashion Co., Ltd.')._unsafeUnwrap().legalForms).toEqual(['limited']);
    expect(normaliseName('华孚时尚股份有限公司')._unsafeUnwrap().legalForms).toEqual(['joint-stock']);
  });

  it('marks parenthesised words as qualifiers', () => {
    const tokens = normaliseName('Hongyuan New Materials (Baotou) Co., Ltd.')._unsafeUnwrap().tokens;
    expect(tokens.filter((t) => t.qualifier).map((t) => t.text)).toEqual(['baotou']);
  });

  it('reads tab and line feed as spaces', () => {
    expect(texts('Huafu\tFashion\nCo.')).toEqual(['huafu', 'fashion']);
  });

  it('reports words of a script it does not read, and ignores them', () => {
    const name = normaliseName('شركة Huafu')._unsafeUnwrap();
    expect(name.tokens.map((t) => t.text)).toEqual(['huafu']);
    expect(name.ignoredWords).toEqual(['شركة']);
  });

  it.each([
    ['', 'NAME_NOT_SCREENABLE'],
    ['   ', 'NAME_NOT_SCREENABLE'],
    ['!!! ... ---', 'NAME_NOT_SCREENABLE'],
    ['Co., Ltd.', 'NAME_NOT_SCREENABLE'],
    ['有限公司', 'NAME_NOT_SCREENABLE'],
    ['The Company Limited', 'NAME_NOT_SCREENABLE'],
    ['شركة', 'NAME_NOT_SCREENABLE'],
    ['Acme\u0007 Textile', 'INVALID_FORMAT'],
    ['Acme\u0000', 'INVALID_FORMAT'],
    ['Acme\u009b', 'INVALID_FORMAT'],
    ['x'.repeat(10_000), 'OUT_OF_RANGE'],
  ])('refuses %j with %s, without throwing', (name, code) => {
    const result = normaliseName(name);
    expect(result.isErr()).toBe(true);
    expect(result._unsafeUnwrapErr().code).toBe(code);
    expect(result._unsafeUnwrapErr().path).toEqual(['name']);
  });

  it.each([
    // The apostrophe goes; "&" with a space on either side is "and", a stop word.
    ["O'Brien & Sons", ['obrien', 'sons']],
    // "&" between two letters joins them.
    ['AT&T Huafu', ['att', 'huafu']],
    // A dot after a single letter joins the initials; a dot after a longer word only separates.
    ['J.P. Textile', ['jp', 'textile']],
    ['Huafu.Textile', ['huafu', 'textile']],
  ])('punctuation: %s', (name, expected) => {
    expect(texts(name)).toEqual(expected);
  });

  it('keeps the main words first, then each qualifier in order, and the legal forms of every part', () => {
    const name = normaliseName('Huafu (Aksu) (Hotan) Co., Ltd.')._unsafeUnwrap();
    // Aksu and Hotan are variants of the places Akesu and Hetian.
    expect(name.tokens.map((t) => [t.text, t.qualifier])).toEqual([
      ['huafu', false],
      ['akesu', true],
      ['hetian', true],
    ]);
    expect(name.legalForms).toEqual(['limited']);
  });

  it('reads Latin words before, between and after Han words in their order', () => {
    // 华孚 is transliterated (huafu) and 纺织 translated (textile), between the Latin words.
    expect(texts('Huafu 华孚纺织 Textile')).toEqual(['huafu', 'huafu', 'textile', 'textile']);
  });

  it('accepts a name of exactly 1,000 characters', () => {
    expect(normaliseName('a'.repeat(1_000)).isOk()).toBe(true);
  });
});
