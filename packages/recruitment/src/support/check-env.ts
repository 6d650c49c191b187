import { addMonthsIso, type Finding, type IsoDate, type Ratio, type UnforcedIssue } from '@unforced/core';
import type { CostClassification } from '../classify/classify-cost.js';
import type { FindingContext } from '../findings/finding-context.js';
import type { FeeCapSource, RecruitmentOptions } from '../options.js';
import type { FxConverter } from './fx.js';

/** What every check of one run shares. */
export interface CheckEnv {
  readonly ctx: FindingContext;
  readonly fx: FxConverter;
  readonly options: RecruitmentOptions;
  readonly feeCaps: FeeCapSource;
  readonly classify: (description: string, category?: CostClassification['category']) => CostClassification;
  /** `addMonthsIso`, remembered per date (payslip periods repeat across workers). */
  readonly addMonths: (date: IsoDate, months: number) => IsoDate;
  readonly deductionShareLimit: Ratio;
}

/** A finding with a key that orders it among the findings of the same subject and code. */
export interface KeyedFinding {
  readonly key: string;
  readonly finding: Finding;
}

/** What a check found about one worker: findings, and problems (e.g. a missing FX rate) with paths. */
export interface CheckOutput {
  readonly findings: KeyedFinding[];
  readonly issues: UnforcedIssue[];
}

/**
 * A memoised `addMonthsIso`.
 *
 * @example
 * ```ts
 * const addMonths = createMonthAdder();
 * addMonths('2026-01-31', 1); // '2026-02-28'
 * ```
 */
export function createMonthAdder(): (date: IsoDate, months: number) => IsoDate {
  const cache = new Map<string, IsoDate>();
  return (date, months) => {
    // Checks add one month far more than anything else; that case needs no composite key.
    const key = months === 1 ? date : `${date}|${months}`;
    let value = cache.get(key);
    if (value === undefined) {
      value = addMonthsIso(date, months);
      cache.set(key, value);
    }
    return value;
  };
}

/**
 * Orders keyed findings by code, then key: the within-subject order of the output.
 *
 * @example
 * ```ts
 * keyedFindings.sort(compareKeyed);
 * ```
 */
export function compareKeyed(a: KeyedFinding, b: KeyedFinding): number {
  if (a.finding.code !== b.finding.code) return a.finding.code < b.finding.code ? -1 : 1;
  if (a.key !== b.key) return a.key < b.key ? -1 : 1;
  return a.finding.message < b.finding.message ? -1 : a.finding.message > b.finding.message ? 1 : 0;
}
