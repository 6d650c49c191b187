import { describe, expect, it } from 'vitest';
import { createScreeningIndex } from '../index/create-screening-index.js';
import { uflpaScreeningList } from '../lists/uflpa-list.js';

const index = createScreeningIndex([uflpaScreeningList()])._unsafeUnwrap();

describe('the token part of an explanation', () => {
  it('labels a word written in two with both words, each way of reading once, and lists the words left over', () => {
    // "hua fu" is the listed "huafu" written in two; "kapok" is in no listed name. A low threshold keeps
    // the match whatever its score.
    const result = index
      .screen(
        { id: 'S-1', name: 'Xinjiang Hua Fu Kapok Textile' },
        { thresholds: { potentialMatch: 0.3, match: 0.9 } },
      )
      ._unsafeUnwrap();
    const match = result.matches.find((m) => m.entry.id === 'uflpa:xinjiang-huafu-textile-co-ltd');
    const joined = match?.explanation.tokens.find((t) => t.kind === 'joined');
    expect(joined).toMatchObject({
      query: 'hua fu',
      candidate: 'huafu',
      queryVia: ['as-written'],
      candidateVia: ['as-written'],
    });
    expect(match?.explanation.unmatchedQuery).toEqual(['kapok']);
    expect(match?.explanation.unmatchedCandidate).toEqual([]);
  });
});
