import { describe, expect, it } from 'vitest';
import type { ScreeningListInput } from '../lists/screening-list.js';
import { createScreeningIndex } from './create-screening-index.js';

const list = (entries: ScreeningListInput['entries'], id = 'test-list'): ScreeningListInput => ({
  id,
  title: 'Test list',
  edition: { datasetId: id, edition: '2026-11-01' },
  entries,
});

// Two entries, so N = 2 and an unseen word weighs ln(1 + 2N) = ln 5 = 1.6094.
// "zhongxing" (df 1): ln(1 + 2/1) = ln 3 = 1.0986. "textile" is a business word: min(ln 3, 0.2 × ln 5) = 0.3219.
const small = list([
  {
    id: 'a',
    names: ['Zhongxing Textile Co., Ltd.'],
    country: 'CN',
    identifiers: [{ scheme: 'uscc', value: '91650000MA0001' }],
  },
  { id: 'b', names: ['Baoli Trading Co.'] },
]);

describe('createScreeningIndex', () => {
  it('scores by hand-computable coverage', () => {
    const index = createScreeningIndex([small])._unsafeUnwrap();
    // "Zhongxing": cQ = 1, cC = 1.0986 / (1.0986 + 0.3219) = 0.7734; harmonic 2 × 0.7734 / 1.7734 = 0.8722.
    const alone = index.screenName('Zhongxing')._unsafeUnwrap();
    expect(alone.matches.map((m) => [m.entry.id, m.score, m.decision])).toEqual([
      ['a', 0.8722, 'potential-match'],
    ]);
    // "Zhongxing Cotton": "cotton" is an unseen business word (0.3219): cQ = cC = 0.7734 → no-match.
    expect(index.screenName('Zhongxing Cotton')._unsafeUnwrap().decision).toBe('no-match');
    // Both names whole: 1.
    expect(index.screenName('ZHONGXING TEXTILE LIMITED')._unsafeUnwrap().matches[0]?.score).toBe(1);
  });

  it('uses the country as supporting evidence', () => {
    const index = createScreeningIndex([small])._unsafeUnwrap();
    // 0.8722 + 0.03 (same country) = 0.9022 → match; 0.8722 − 0.10 (different country) = 0.7722 → no-match.
    expect(
      index.screen({ id: 'S', name: 'Zhongxing', country: 'CN' })._unsafeUnwrap().matches[0]?.score,
    ).toBe(0.9022);
    expect(index.screen({ id: 'S', name: 'Zhongxing', country: 'US' })._unsafeUnwrap().decision).toBe(
      'no-match',
    );
  });

  it('matches on a shared identifier whatever the name', () => {
    const index = createScreeningIndex([small])._unsafeUnwrap();
    const result = index
      .screen({
        id: 'S',
        name: 'Completely Other Name',
        identifiers: [{ scheme: 'USCC', value: '91650000ma0001' }],
      })
      ._unsafeUnwrap();
    expect(result.matches[0]?.entry.id).toBe('a');
    expect(result.matches[0]?.explanation.rule).toBe('identifier');
    expect(result.decision).toBe('match');
  });

  it('lets the caller change the thresholds', () => {
    const index = createScreeningIndex([small], {
      thresholds: { match: 0.85, potentialMatch: 0.7 },
    })._unsafeUnwrap();
    expect(index.screenName('Zhongxing')._unsafeUnwrap().decision).toBe('match'); // 0.8722 ≥ 0.85
    expect(index.screenName('Zhongxing Cotton')._unsafeUnwrap().decision).toBe('potential-match'); // 0.7734 ≥ 0.7
    const strict = index.screenName('Zhongxing', { thresholds: { match: 0.95, potentialMatch: 0.9 } });
    expect(strict._unsafeUnwrap().decision).toBe('no-match');
    expect(
      index.screenName('Zhongxing', { thresholds: { match: 0.5, potentialMatch: 0.9 } })._unsafeUnwrapErr()
        .code,
    ).toBe('OUT_OF_RANGE');
  });

  it('refuses duplicate entry ids and list ids with DUPLICATE_ID and their paths', () => {
    const duplicated = list([
      { id: 'x', names: ['Alpha Huaxing'] },
      { id: 'x', names: ['Beta Yongda'] },
    ]);
    const error = createScreeningIndex([duplicated, { ...small, id: 'test-list' }])._unsafeUnwrapErr();
    expect(error.code).toBe('DUPLICATE_ID');
    expect(error.issues.map((i) => i.path)).toEqual([
      ['lists', 0, 'entries', 1, 'id'],
      ['lists', 1, 'id'],
    ]);
  });

  it('reports every invalid field and unscreenable name with its path', () => {
    const bad = [
      { id: 'bad-list', title: 'x', edition: { datasetId: 'x', edition: 'y' }, entries: [{ id: 'e' }] },
    ];
    const error = createScreeningIndex(bad as unknown as ScreeningListInput[])._unsafeUnwrapErr();
    expect(error.issues.map((i) => [i.code, i.path])).toEqual([
      ['REQUIRED', ['lists', 0, 'entries', 0, 'names']],
    ]);
    const unscreenable = createScreeningIndex([list([{ id: 'e', names: ['Co., Ltd.'] }])])._unsafeUnwrapErr();
    expect(unscreenable.issues.map((i) => [i.code, i.path])).toEqual([
      ['NAME_NOT_SCREENABLE', ['lists', 0, 'entries', 0, 'names', 0]],
    ]);
  });

  it('explains which parts matched how', () => {
    const index = createScreeningIndex([
      list([{ id: 'h', names: ['Hetian Taida Apparel Co., Ltd'] }]),
    ])._unsafeUnwrap();
    const match = index.screenName('Hotan Tiada Garment Company Limited')._unsafeUnwrap().matches[0];
    // Pairings come by similarity × weight. One entry (N = 1, unseen word ln 3 = 1.0986): "taida"
    // ln 2 = 0.693 × 0.94 (one transposition) = 0.65; "hetian" a place, min(ln 2, 0.3 × 1.0986) = 0.33;
    // "garment" a business word, min(ln 2, 0.2 × 1.0986) = 0.22.
    expect(match?.explanation.tokens.map((t) => [t.query, t.candidate, t.kind])).toEqual([
      ['tiada', 'taida', 'spelling'],
      ['hetian (hotan)', 'hetian', 'exact'],
      ['garment', 'garment (apparel)', 'exact'],
    ]);
    expect(match?.explanation.tokens[1]?.queryVia).toEqual(['place-variant']);
    expect(match?.explanation.legalForm.verdict).toBe('same');
  });

  it('returns a screening error for a bad entity, never a throw', () => {
    const index = createScreeningIndex([small])._unsafeUnwrap();
    expect(index.screen({ id: '', name: 'x' } as never)._unsafeUnwrapErr().code).toBe('OUT_OF_RANGE');
    expect(index.screen(null as never)._unsafeUnwrapErr().code).toBe('INVALID_TYPE');
    expect(index.screenName('')._unsafeUnwrapErr().code).toBe('NAME_NOT_SCREENABLE');
  });
});
