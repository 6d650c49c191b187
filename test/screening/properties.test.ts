import { uflpaEntities } from '@unforced/reference-data';
import { createScreeningIndex, type ScreeningListInput, uflpaScreeningList } from '@unforced/screening';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

const SYLLABLES = [
  'hua',
  'fu',
  'zhong',
  'tai',
  'xin',
  'ba',
  'jin',
  'bao',
  'tian',
  'hong',
  'yong',
  'sheng',
  'li',
  'da',
];
const GENERIC = ['Textile', 'Cotton', 'Trading', 'Industry', 'Logistics', 'Food', 'Technology'];
const PLACES = ['Xinjiang', 'Aksu', 'Hotan', 'Zhejiang', 'Tianjin'];
const LEGAL = ['Co., Ltd.', 'Limited', 'LLC', 'GmbH', ''];

const word = fc
  .array(fc.constantFrom(...SYLLABLES), { minLength: 2, maxLength: 3 })
  .map((s) => s.join(''))
  .map((w) => w.charAt(0).toUpperCase() + w.slice(1));
const companyName = fc
  .tuple(fc.constantFrom(...PLACES), word, fc.constantFrom(...GENERIC), fc.constantFrom(...LEGAL))
  .map((parts) => parts.join(' ').trim());
const entries = fc
  .uniqueArray(companyName, { minLength: 1, maxLength: 12 })
  .map((names) => names.map((name, i) => ({ id: `e-${i}`, names: [name] })));
const listOf = (items: ScreeningListInput['entries']): ScreeningListInput => ({
  id: 'generated',
  title: 'Generated list',
  edition: { datasetId: 'generated', edition: 'test' },
  entries: items,
});

describe('screening properties', () => {
  it("a list entry's own name (and every alias) is always a match for that entry — every UFLPA entry", () => {
    const index = createScreeningIndex([uflpaScreeningList()])._unsafeUnwrap();
    for (const entity of uflpaEntities()) {
      for (const name of [entity.name, ...entity.aliases.map((a) => a.name)]) {
        const match = index
          .screenName(name)
          ._unsafeUnwrap()
          .matches.find((m) => m.entry.id === entity.id);
        expect(match?.decision, `${entity.id}: ${name}`).toBe('match');
        expect(match?.score, `${entity.id}: ${name}`).toBe(1);
      }
    }
  });

  it("a list entry's own name is always a match, on generated lists", () => {
    fc.assert(
      fc.property(entries, (items) => {
        const index = createScreeningIndex([listOf(items)])._unsafeUnwrap();
        for (const item of items) {
          const match = index
            .screenName(item.names[0] ?? '')
            ._unsafeUnwrap()
            .matches.find((m) => m.entry.id === item.id);
          expect(match?.decision).toBe('match');
        }
      }),
      { seed: 20261122, numRuns: 60 },
    );
  });

  it('results do not depend on the order of the lists or of their entries', () => {
    fc.assert(
      fc.property(
        entries.chain((items) =>
          fc.tuple(fc.constant(items), fc.shuffledSubarray(items, { minLength: items.length })),
        ),
        fc.array(companyName, { minLength: 1, maxLength: 5 }),
        ([items, shuffled], queries) => {
          const uflpa = uflpaScreeningList();
          const a = createScreeningIndex([uflpa, listOf(items)])._unsafeUnwrap();
          const b = createScreeningIndex([
            listOf(shuffled),
            { ...uflpa, entries: [...uflpa.entries].reverse() },
          ])._unsafeUnwrap();
          for (const q of [...queries, ...items.map((i) => i.names[0] ?? '')])
            expect(JSON.stringify(b.screenName(q)._unsafeUnwrap())).toBe(
              JSON.stringify(a.screenName(q)._unsafeUnwrap()),
            );
        },
      ),
      { seed: 7, numRuns: 30 },
    );
  });

  it('the score is the same whatever the casing and spacing of the name', () => {
    const index = createScreeningIndex([uflpaScreeningList()])._unsafeUnwrap();
    const names = uflpaEntities().map((e) => e.name);
    const recase = fc.tuple(
      fc.constantFrom(...names),
      fc.array(fc.boolean(), { minLength: 120, maxLength: 120 }),
      fc.array(fc.constantFrom(' ', '  ', '\t', ' \n '), { minLength: 30, maxLength: 30 }),
    );
    fc.assert(
      fc.property(recase, ([name, upper, spaces]) => {
        const cased = [...name]
          .map((c, i) => (upper[i % upper.length] ? c.toUpperCase() : c.toLowerCase()))
          .join('');
        const spaced = cased
          .split(' ')
          .map((w, i) => w + (spaces[i % spaces.length] ?? ' '))
          .join('');
        const scores = (n: string) =>
          index
            .screenName(n)
            ._unsafeUnwrap()
            .matches.map((m) => [m.entry.id, m.score]);
        expect(scores(`  ${spaced}`)).toEqual(scores(name));
      }),
      { seed: 42, numRuns: 200 },
    );
  });
});
