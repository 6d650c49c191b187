import { readFileSync } from 'node:fs';
import { createScreeningIndex, uflpaScreeningList } from '@unforced/screening';
import { describe, expect, it } from 'vitest';
import type { EvalCase } from './eval/build-cases.js';
import { figures, screenerFlags } from './eval/evaluate.js';

// The fuse.js baseline is measured by run-eval.ts (it takes about half a minute), not here.

// The targets: recall ≥ 0.98 on true variants with precision ≥ 0.95, at the default thresholds.
// Asserted on the development split (used to set the thresholds) and, separately, on the held-out split.
const cases: EvalCase[] = JSON.parse(readFileSync(new URL('./eval/cases.json', import.meta.url), 'utf8'));
const index = createScreeningIndex([uflpaScreeningList()])._unsafeUnwrap();

describe('screening accuracy on the labelled evaluation set', () => {
  it('holds a few hundred cases of every kind the issue names, split into dev and held-out', () => {
    expect(cases.length).toBeGreaterThanOrEqual(1_000);
    const categories = new Set(cases.map((c) => c.category));
    for (const c of [
      'legal-form',
      'word-order',
      'dropped-word',
      'added-word',
      'abbreviation',
      'typo',
      'place-variant',
      'han-script',
      'subsidiary',
      'hard-negative',
    ])
      expect(categories, c).toContain(c);
    expect(cases.filter((c) => c.split === 'test').length).toBeGreaterThan(300);
    expect(cases.filter((c) => c.label === 'no-match').length).toBeGreaterThan(200);
  });

  for (const split of ['dev', 'test'] as const) {
    it(`meets recall ≥ 0.98 and precision ≥ 0.95 on the ${split} split`, () => {
      const f = figures(
        cases.filter((c) => c.split === split),
        screenerFlags(index),
      );
      expect(f.recall).toBeGreaterThanOrEqual(0.98);
      expect(f.precision).toBeGreaterThanOrEqual(0.95);
      // And flags few of the hard negatives (the precision above is mostly positives).
      expect(f.falsePositiveRate).toBeLessThanOrEqual(0.05);
    });
  }
});
