import { describe, expect, it } from 'vitest';
import { rateFeeMatrix } from './facility-fee-rating.js';

describe('rateFeeMatrix: workers in different bands', () => {
  it('counts each worker in every column up to its band, and takes the worst cell', () => {
    // 100 sampled; 2 paid ≥150%, 3 paid 5–<100%. Column "below-5": 5 workers → row 2 → major;
    // "5-to-100": 5 → row 2 → major; "100-to-150": 2 → row 1 → major; "150-plus": 2 → row 1 → priority.
    const rating = rateFeeMatrix(
      ['150-plus', '150-plus', '5-to-100', '5-to-100', '5-to-100'],
      100,
      'not-repaid-within-90-days',
    );
    expect(rating.columns).toEqual([
      { band: 'below-5', workersAtOrAbove: 5, row: 2, grade: 'major' },
      { band: '5-to-100', workersAtOrAbove: 5, row: 2, grade: 'major' },
      { band: '100-to-150', workersAtOrAbove: 2, row: 1, grade: 'major' },
      { band: '150-plus', workersAtOrAbove: 2, row: 1, grade: 'priority' },
    ]);
    expect(rating.grade).toBe('priority');
  });

  it('10 of 100 in the 5–<100% band: row 3, Major; 41 of 100: row 4, Priority', () => {
    expect(rateFeeMatrix(Array(10).fill('5-to-100'), 100, 'not-repaid-within-90-days').grade).toBe('major');
    expect(rateFeeMatrix(Array(41).fill('5-to-100'), 100, 'not-repaid-within-90-days').grade).toBe(
      'priority',
    );
  });

  it('3 workers under 5% in any sample: Minor', () => {
    expect(rateFeeMatrix(['below-5', 'below-5', 'below-5'], 10, 'not-repaid-within-90-days').grade).toBe(
      'minor',
    );
  });

  it('scenario 2 merges the top bands into ≥100%', () => {
    // 4 of 100 repaid, all at ≥150%: > 3 workers → row 2, ≥100% → Major.
    const rating = rateFeeMatrix(Array(4).fill('150-plus'), 100, 'repaid-within-90-days');
    expect(rating.columns.map((c) => [c.band, c.grade])).toEqual([
      ['below-5', 'minor'],
      ['5-to-100', 'major'],
      ['100-plus', 'major'],
    ]);
    expect(rating.grade).toBe('major');
  });

  it('places a worker with an unknown band (no FX rate) in the lowest column only', () => {
    const rating = rateFeeMatrix([undefined, '150-plus'], 100, 'not-repaid-within-90-days');
    expect(rating.workersWithUnknownBand).toBe(1);
    expect(rating.columns[0]?.workersAtOrAbove).toBe(2);
    expect(rating.columns[1]?.workersAtOrAbove).toBe(1);
  });

  it('has no grade when nobody paid', () => {
    expect(rateFeeMatrix([], 50, 'not-repaid-within-90-days').grade).toBeUndefined();
  });
});
