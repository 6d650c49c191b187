import type { Finding } from '@unforced/core';
import { checkRecruitment, type RecruitmentReport } from '../check-recruitment.js';
import type { RecruitmentOptionsInput } from '../options.js';
import { AS_OF, MYR_NPR } from './builders.js';

/**
 * Runs the checks for a test, throwing on an options error (tests then fail loudly).
 *
 * @example
 * ```ts
 * const report = runChecks([buildWorker({ id: 'W-1' })]);
 * ```
 */
export function runChecks(workers: unknown[], options: Record<string, unknown> = {}): RecruitmentReport {
  // Options are validated by the code under test, so tests may pass loosely typed literals.
  const result = checkRecruitment(workers, {
    asOf: AS_OF,
    fxRates: [MYR_NPR],
    ...options,
  } as RecruitmentOptionsInput);
  if (result.isErr()) throw result.error;
  return result.value;
}

/** The findings of one subject with one code. */
export function findingsOf(report: RecruitmentReport, subjectId: string, code: string): Finding[] {
  return report.findings.filter((f) => f.subject.id === subjectId && f.code === code);
}

/** `subject code` for every worker finding, for compact assertions. */
export function workerCodes(report: RecruitmentReport): string[] {
  return report.findings.filter((f) => f.subject.kind === 'worker').map((f) => `${f.subject.id} ${f.code}`);
}
