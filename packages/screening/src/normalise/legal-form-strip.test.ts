import { describe, expect, it } from 'vitest';
import { stripLegalForms } from './legal-form-strip.js';

const range = (n: number) => Array.from({ length: n }, (_, k) => k);

describe('stripLegalForms', () => {
  it('peels a trailing form, the first in table order that ends the name', () => {
    // "co ltd" comes before "ltd" in the table: both words go, as one `limited` form.
    expect(stripLegalForms(['huafu', 'fashion', 'co', 'ltd'])).toEqual({
      kept: [0, 1],
      families: ['limited'],
    });
  });

  it('strips an edge-only form at the end but not at the start', () => {
    // "as" (Nordic joint-stock) is stripped only at the edge of the name.
    expect(stripLegalForms(['huafu', 'as'])).toEqual({ kept: [0], families: ['joint-stock'] });
    expect(stripLegalForms(['as', 'huafu'])).toEqual({ kept: [0, 1], families: [] });
  });

  it('starts each call afresh, whatever the length of the call before', () => {
    // 68 words and a trailing "as": word 68 is dropped ...
    expect(stripLegalForms([...Array(68).fill('huafu'), 'as'])).toEqual({
      kept: range(68),
      families: ['joint-stock'],
    });
    // ... and in the next call of 70 plain words, word 68 is kept, as every other.
    expect(stripLegalForms(Array(70).fill('huafu'))).toEqual({ kept: range(70), families: [] });
  });
});
