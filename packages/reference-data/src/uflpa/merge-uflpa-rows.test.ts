import { describe, expect, it } from 'vitest';
import { mergeUflpaRows, type UflpaRow } from './merge-uflpa-rows.js';

const xpcc8: UflpaRow = {
  row: 8,
  block: 1,
  listedName: 'Xinjiang Production and Construction Corps and its subordinate and affiliated entities',
  name: 'Xinjiang Production and Construction Corps',
  aliases: [
    { name: 'XPCC', kind: 'acronym' },
    { name: 'Xinjiang Corps', kind: 'also-known-as' },
  ],
  includesSubsidiaries: true,
  listedOn: '2022-06-21',
  fixes: ['Row 8: space restored.'],
};

const xpcc36: UflpaRow = {
  row: 36,
  block: 2,
  listedName: 'Xinjiang Production and Construction Corps (XPCC) and its subordinate and affiliated entities',
  name: 'Xinjiang Production and Construction Corps (XPCC)',
  aliases: [
    { name: 'xpcc', kind: 'acronym' },
    { name: 'Bingtuan', kind: 'also-known-as' },
  ],
  includesSubsidiaries: true,
  listedOn: '2022-06-21',
  fixes: [],
};

describe('mergeUflpaRows', () => {
  it('takes id and names from the first row and unions the rest', () => {
    expect(mergeUflpaRows([xpcc8, xpcc36])).toEqual({
      id: 'uflpa:xinjiang-production-and-construction-corps',
      name: 'Xinjiang Production and Construction Corps',
      listedName: 'Xinjiang Production and Construction Corps and its subordinate and affiliated entities',
      aliases: [
        { name: 'XPCC', kind: 'acronym' },
        { name: 'Xinjiang Corps', kind: 'also-known-as' },
        { name: 'Bingtuan', kind: 'also-known-as' },
      ],
      includesSubsidiaries: true,
      listedOn: ['2022-06-21'],
      inferredBlocks: [1, 2],
      sourceRows: [8, 36],
      fixes: ['Row 8: space restored.'],
    });
  });

  it('sorts dates and rows, drops an alias equal to the name and leaves blocks empty when unknown', () => {
    const first: UflpaRow = {
      row: 55,
      listedName: 'Acme Co.',
      name: 'Acme Co.',
      aliases: [{ name: 'ACME CO.', kind: 'also-known-as' }],
      includesSubsidiaries: false,
      listedOn: '2024-05-17',
      fixes: [],
    };
    const merged = mergeUflpaRows([
      first,
      { ...first, row: 11, listedOn: '2022-06-21', includesSubsidiaries: true },
    ]);
    expect(merged.aliases).toEqual([]);
    expect(merged.listedOn).toEqual(['2022-06-21', '2024-05-17']);
    expect(merged.sourceRows).toEqual([11, 55]);
    expect(merged.inferredBlocks).toEqual([]);
    expect(merged.includesSubsidiaries).toBe(true);
  });
});
