import { z } from 'zod';

/**
 * The default decision thresholds: a score of at least 0.90 is a `match`, at least 0.80 a
 * `potential-match` for review, anything lower `no-match`. They were set on the development split of
 * the evaluation set (`packages/screening/eval/`) and checked on its held-out split; see
 * `docs/screening.md` for the figures at these and other thresholds.
 *
 * @example
 * ```ts
 * DEFAULT_THRESHOLDS.match; // 0.9
 * ```
 */
export const DEFAULT_THRESHOLDS = { match: 0.9, potentialMatch: 0.8 } as const;

/**
 * Decision thresholds a caller may set: `potentialMatch` ≤ `match`, both in (0, 1].
 *
 * @example
 * ```ts
 * Thresholds.parse({ match: 0.95, potentialMatch: 0.85 });
 * ```
 */
export const Thresholds = z
  .strictObject({
    match: z.number().gt(0).max(1).default(DEFAULT_THRESHOLDS.match),
    potentialMatch: z.number().gt(0).max(1).default(DEFAULT_THRESHOLDS.potentialMatch),
  })
  .refine((t) => t.potentialMatch <= t.match, {
    message: 'potentialMatch must not exceed match',
    path: ['potentialMatch'],
  });

/** Decision thresholds. */
export type Thresholds = z.output<typeof Thresholds>;

/** The decision a score leads to. */
export type Decision = 'match' | 'potential-match' | 'no-match';

/**
 * The decision for a score under thresholds.
 *
 * @example
 * ```ts
 * decide(0.93, DEFAULT_THRESHOLDS); // 'match'
 * decide(0.85, DEFAULT_THRESHOLDS); // 'potential-match'
 * ```
 */
export function decide(
  score: number,
  thresholds: { readonly match: number; readonly potentialMatch: number },
): Decision {
  if (score >= thresholds.match) return 'match';
  if (score >= thresholds.potentialMatch) return 'potential-match';
  return 'no-match';
}
