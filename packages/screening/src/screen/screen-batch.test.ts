import { describe, expect, it } from 'vitest';
import { createScreeningIndex } from '../index/create-screening-index.js';
import { uflpaScreeningList } from '../lists/uflpa-list.js';
import { screenBatch } from './screen-batch.js';

const index = createScreeningIndex([uflpaScreeningList()])._unsafeUnwrap();

const inputs: unknown[] = [
  { id: 'ok-1', name: 'Hotan Taida Apparel Co., Ltd.' },
  {},
  'just a string',
  { id: 'empty', name: '' },
  { id: 'long', name: 'x'.repeat(10_000) },
  { id: 'control', name: 'Acme\u0000 Textile' },
  { id: 'legal-only', name: 'Co., Ltd.' },
  { id: 'punctuation', name: '!!! ---' },
  { id: 'unread-script', name: 'شركة' },
  { id: 'mixed', name: '新疆 Huafu 纺织 Co., Ltd.' },
  { id: 'ok-2', name: 'Acme Widgets GmbH' },
];
// What each row must give, worked out from the rules: a missing id is REQUIRED; a string is not an
// object (INVALID_TYPE); empty, only a legal form, only punctuation and only an unread script have
// nothing to compare (NAME_NOT_SCREENABLE); 10,000 characters is OUT_OF_RANGE; NUL is INVALID_FORMAT;
// the mixed Han and Latin name reads "xinjiang huafu textile", a match.
const expected = [
  'match',
  'REQUIRED',
  'INVALID_TYPE',
  'NAME_NOT_SCREENABLE',
  'OUT_OF_RANGE',
  'INVALID_FORMAT',
  'NAME_NOT_SCREENABLE',
  'NAME_NOT_SCREENABLE',
  'NAME_NOT_SCREENABLE',
  'match',
  'no-match',
];

async function collect(source: Iterable<unknown> | AsyncIterable<unknown>) {
  const out: Array<{ row: number; outcome: string }> = [];
  for await (const item of screenBatch(index, source))
    out.push({
      row: item.row,
      outcome: item.result.isOk() ? item.result.value.decision : item.result.error.code,
    });
  return out;
}

describe('screenBatch', () => {
  it('gives every row its own result or coded error, in input order, and goes on', async () => {
    const out = await collect(inputs);
    expect(out.map((o) => o.row)).toEqual(inputs.map((_, i) => i + 1));
    expect(out.map((o) => o.outcome)).toEqual(expected);
  });

  it('streams from an async iterable in the same order', async () => {
    async function* source() {
      for (const input of inputs) {
        await Promise.resolve();
        yield input;
      }
    }
    expect((await collect(source())).map((o) => o.outcome)).toEqual(expected);
  });

  it('numbers rows from firstRowNumber', async () => {
    const rows: number[] = [];
    for await (const item of screenBatch(index, inputs.slice(0, 2), { firstRowNumber: 2 }))
      rows.push(item.row);
    expect(rows).toEqual([2, 3]);
  });
});
