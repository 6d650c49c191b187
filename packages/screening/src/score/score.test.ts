import { describe, expect, it } from 'vitest';
import { tokenWeight } from '../index/token-weights.js';
import type { Alignment } from './align-tokens.js';
import { boundedEditDistance, maxEditsFor } from './edit-distance.js';
import { jaroWinkler } from './jaro-winkler.js';
import { nameScore } from './name-score.js';
import { tokenSimilarity } from './token-similarity.js';

describe('jaroWinkler', () => {
  it('gives the textbook value for martha / marhta', () => {
    // 6 matching characters, 2 out of order → 1 transposition; Jaro = (6/6 + 6/6 + 5/6) / 3 = 0.9444;
    // common prefix "mar" (3): 0.9444 + 3 × 0.1 × (1 − 0.9444) = 0.9611.
    expect(jaroWinkler('martha', 'marhta')).toBeCloseTo(0.9611, 4);
  });
  it('is 1 for equal strings and 0 with nothing in common', () => {
    expect(jaroWinkler('huafu', 'huafu')).toBe(1);
    expect(jaroWinkler('abc', 'xyz')).toBe(0);
  });
});

describe('boundedEditDistance', () => {
  it('counts a transposition as one edit', () => {
    expect(boundedEditDistance('huafu', 'haufu', 2)).toBe(1);
  });
  it('gives kitten / sitting = 3 (k→s, e→i, +g)', () => {
    expect(boundedEditDistance('kitten', 'sitting', 5)).toBe(3);
  });
  it('stops at max + 1', () => {
    expect(boundedEditDistance('kitten', 'sitting', 1)).toBe(2);
  });
  it('allows no edit up to 4 letters, one up to 9, two from 10', () => {
    expect([4, 5, 9, 10].map(maxEditsFor)).toEqual([0, 1, 1, 2]);
  });
});

describe('tokenSimilarity', () => {
  it('accepts one typo in a longer word and refuses short or distant words', () => {
    expect(tokenSimilarity('textile', 'textle')).toBeGreaterThan(0.9);
    expect(tokenSimilarity('gold', 'good')).toBe(0); // four letters: no edit allowed
    expect(tokenSimilarity('zhongtai', 'zhongtian')).toBe(0); // two edits in nine letters
    expect(tokenSimilarity('hongtai', 'zhongtai')).toBe(0); // a different first letter
  });
});

describe('tokenWeight', () => {
  it('is the IDF ln(1 + N/df) for a distinctive word', () => {
    // 144 entries, df 12: ln(1 + 12) = ln 13 = 2.5649
    expect(tokenWeight(12, 144, 'distinctive')).toBeCloseTo(Math.log(13), 10);
  });
  it('caps a business word at a fifth of an unseen word', () => {
    // IDF ln(1 + 144/40) = ln 4.6 = 1.526; cap 0.2 × ln(1 + 288) = 0.2 × 5.666 = 1.133
    expect(tokenWeight(40, 144, 'business')).toBeCloseTo(0.2 * Math.log(289), 10);
  });
  it('weighs an unseen word ln(1 + 2N)', () => {
    expect(tokenWeight(0, 144, 'distinctive')).toBeCloseTo(Math.log(289), 10);
  });
});

describe('nameScore', () => {
  const alignment = (matched: number, query: number, candidate: number): Alignment => ({
    pairings: [],
    queryMatched: new Uint8Array(0),
    candidateMatched: new Uint8Array(0),
    matchedWeight: matched,
    queryWeight: query,
    candidateWeight: candidate,
  });
  const context = { includesSubsidiaries: false, unseenWeight: 5, distinctiveMatched: true };

  it('is the harmonic mean of the two coverages', () => {
    // cQ = 2/2 = 1, cC = 2/3: 2 × 1 × (2/3) / (1 + 2/3) = 0.8
    expect(nameScore(alignment(2, 2, 3), context).score).toBeCloseTo(0.8, 10);
  });
  it('uses containment when the whole listed name is inside a longer name', () => {
    // cQ = 3/10, cC = 1: coverage 2 × 0.3 / 1.3 = 0.4615; containment 0.84 × 1 = 0.84
    const score = nameScore(alignment(3, 10, 3), context);
    expect(score.rule).toBe('containment');
    expect(score.score).toBeCloseTo(0.84, 10);
    // The listing covers subsidiaries: 0.88 × 1.
    expect(nameScore(alignment(3, 10, 3), { ...context, includesSubsidiaries: true }).score).toBeCloseTo(
      0.88,
      10,
    );
  });
  it('never lets a generic listed name be "contained"', () => {
    // Same figures, but no distinctive word matched and no subsidiaries: coverage only.
    const score = nameScore(alignment(3, 10, 3), { ...context, distinctiveMatched: false });
    expect(score.rule).toBe('coverage');
    expect(score.score).toBeCloseTo(0.6 / 1.3, 10);
  });
});
