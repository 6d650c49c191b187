import { describe, expect, it } from 'vitest';
import { stripScopeWords } from './scope-words.js';

describe('stripScopeWords', () => {
  it('cuts "and its subordinate and affiliated entities" (XPCC)', () => {
    expect(
      stripScopeWords(
        'Xinjiang Production and Construction Corps (XPCC) and its subordinate and affiliated entities',
      ),
    ).toEqual({ name: 'Xinjiang Production and Construction Corps (XPCC)', includesSubsidiaries: true });
  });

  it('cuts ", and Subsidiaries" with its comma, in any case', () => {
    expect(stripScopeWords('Hoshine Silicon Industry (Shanshan) Co., Ltd., and Subsidiaries')).toEqual({
      name: 'Hoshine Silicon Industry (Shanshan) Co., Ltd.',
      includesSubsidiaries: true,
    });
    expect(stripScopeWords('Acme Co. and its subsidiaries')).toEqual({
      name: 'Acme Co.',
      includesSubsidiaries: true,
    });
  });

  it('leaves "and" inside a name alone', () => {
    expect(stripScopeWords('Xinjiang Production and Construction Corps')).toEqual({
      name: 'Xinjiang Production and Construction Corps',
      includesSubsidiaries: false,
    });
  });

  it('does not cut scope words run into the previous word', () => {
    expect(
      stripScopeWords(
        'Xinjiang Production and Construction Corpsand its subordinate and affiliated entities',
      ),
    ).toMatchObject({ includesSubsidiaries: false });
  });
});
