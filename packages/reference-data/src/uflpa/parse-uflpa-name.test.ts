import { describe, expect, it } from 'vitest';
import { parseUflpaName } from './parse-uflpa-name.js';

describe('parseUflpaName', () => {
  it('matches nested parentheses in an alias clause', () => {
    expect(
      parseUflpaName(
        'The TNN Development Limited (also known as Dehui (Dalian) International Trade Co., Ltd.)',
      )._unsafeUnwrap(),
    ).toEqual({
      name: 'The TNN Development Limited',
      aliases: [{ name: 'Dehui (Dalian) International Trade Co., Ltd.', kind: 'also-known-as' }],
      includesSubsidiaries: false,
    });
  });

  it('splits two aliases joined by "Co. and"', () => {
    expect(
      parseUflpaName(
        'Jiangyin Lianyun Co. Ltd. (also known as Jiangyin Intermodal Transport Co. and Jiangyin United Transport Co.)',
      )._unsafeUnwrap(),
    ).toEqual({
      name: 'Jiangyin Lianyun Co. Ltd.',
      aliases: [
        { name: 'Jiangyin Intermodal Transport Co.', kind: 'also-known-as' },
        { name: 'Jiangyin United Transport Co.', kind: 'also-known-as' },
      ],
      includesSubsidiaries: false,
    });
  });

  it('leaves "Heze Cotton and Linen Co., Ltd." whole', () => {
    expect(parseUflpaName('Heze Cotton and Linen Co., Ltd.')._unsafeUnwrap()).toEqual({
      name: 'Heze Cotton and Linen Co., Ltd.',
      aliases: [],
      includesSubsidiaries: false,
    });
  });

  it('keeps an acronym in the name, adds it as an alias and reads the XPCC scope words', () => {
    expect(
      parseUflpaName(
        'Xinjiang Production and Construction Corps (XPCC) and its subordinate and affiliated entities',
      )._unsafeUnwrap(),
    ).toEqual({
      name: 'Xinjiang Production and Construction Corps (XPCC)',
      aliases: [{ name: 'XPCC', kind: 'acronym' }],
      includesSubsidiaries: true,
    });
  });

  it('keeps a place name in parentheses and reads "and Subsidiaries"', () => {
    expect(
      parseUflpaName('Hoshine Silicon Industry (Shanshan) Co., Ltd., and Subsidiaries')._unsafeUnwrap(),
    ).toEqual({
      name: 'Hoshine Silicon Industry (Shanshan) Co., Ltd.',
      aliases: [],
      includesSubsidiaries: true,
    });
  });

  it('reads "also" and "formerly" aliases in one clause', () => {
    const parsed = parseUflpaName(
      'Sichuan Jingweida Technology Group Co., Ltd. (also known as Sichuan Mianyang Jingweida Technology Co., Ltd. and JWD Technology; and formerly known as Mianyang High-tech Zone Jingweida Technology Co., Ltd.)',
    )._unsafeUnwrap();
    expect(parsed.name).toBe('Sichuan Jingweida Technology Group Co., Ltd.');
    expect(parsed.aliases).toEqual([
      { name: 'Sichuan Mianyang Jingweida Technology Co., Ltd.', kind: 'also-known-as' },
      { name: 'JWD Technology', kind: 'also-known-as' },
      { name: 'Mianyang High-tech Zone Jingweida Technology Co., Ltd.', kind: 'formerly-known-as' },
    ]);
  });

  it('returns errors for unbalanced parentheses and left-over scope wording', () => {
    const unbalanced = parseUflpaName('Hoshine Silicon Industry (Shanshan) Co., LtdCo.) and subsidiaries');
    expect(unbalanced._unsafeUnwrapErr().code).toBe('DATASET_PARSE_FAILED');
    const runTogether = parseUflpaName(
      'Xinjiang Production and Construction Corpsand its subordinate and affiliated entities',
    );
    expect(runTogether._unsafeUnwrapErr().message).toContain('unrecognised scope or alias wording');
  });
});
