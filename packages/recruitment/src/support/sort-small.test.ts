import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sortSmall } from './sort-small.js';

describe('sortSmall', () => {
  it('sorts like a stable Array.prototype.sort', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ key: fc.integer({ min: 0, max: 5 }), tag: fc.nat() }), { maxLength: 40 }),
        (items) => {
          const compare = (a: { key: number }, b: { key: number }) => a.key - b.key;
          expect(sortSmall([...items], compare)).toEqual([...items].sort(compare));
        },
      ),
      { seed: 7, numRuns: 300 },
    );
  });
});
