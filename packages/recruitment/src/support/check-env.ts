import type { Finding, Ratio, UnforcedIssue } from '@unforced/core';
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
