import {
  compareMoneyRatio,
  type FindingSubject,
  formatMoney,
  type IloIndicator,
  type StandardRef,
  type UnforcedIssue,
} from '@unforced/core';
import { CITATIONS } from '../findings/citations.js';
import type { RecruitmentFindingCode } from '../findings/finding-codes.js';
import type { CheckEnv, CheckOutput, KeyedFinding } from '../support/check-env.js';
import { metricRatio } from '../support/wording.js';
import type { WorkerFacts } from '../support/worker-facts.js';

/** The primary language subtag, lower case (`ne-NP` → `ne`). */
const primary = (tag: string): string => (tag.split('-')[0] ?? tag).toLowerCase();

/** Longest notice that is still "one month": no calendar month is longer than 31 days. */
const MAX_NOTICE_DAYS = 31;

function exitPenaltyFinding(
  facts: WorkerFacts,
  env: CheckEnv,
  issues: UnforcedIssue[],
): KeyedFinding | undefined {
  const penalty = facts.worker.contract.exitPenalty;
  if (penalty === undefined || penalty.amountMinor === 0) return undefined;
  const converted = env.fx.convert(penalty, facts.wage.currency);
  const over60 = converted.andThen((p) => compareMoneyRatio(p, facts.wage, { numerator: 3, denominator: 5 }));
  const over3m = converted.andThen((p) => compareMoneyRatio(p, facts.wage, { numerator: 3, denominator: 1 }));
  if (converted.isErr() || over60.isErr() || over3m.isErr()) {
    const error = converted.isErr()
      ? converted.error
      : over60.isErr()
        ? over60.error
        : over3m.isErr()
          ? over3m.error
          : undefined;
    if (error !== undefined)
      issues.push({ code: error.code, message: error.message, path: ['contract', 'exitPenalty'] });
    return undefined;
  }
  if (over60.value <= 0) return undefined;
  const severe = over3m.value > 0;
  const months = metricRatio(converted.value.amountMinor, facts.wage.amountMinor);
  return {
    key: '',
    finding: env.ctx.finding({
      code: 'recruitment.contract.exit-penalty-over-limit',
      severity: severe ? 'critical' : 'high',
      indicators: ['intimidation-and-threats'],
      subject: facts.subject,
      message: `Leaving costs the worker ${formatMoney(penalty)}, ${months} months of the gross base wage (RBA: at most 60% of a month's wage; above 3 months is severe).`,
      metrics: { exitPenalty: penalty, penaltyMonthsOfWage: months },
      standards: [CITATIONS.rbaFreeToLeave],
      remediation: {
        action: 'Remove the exit penalty from the contract.',
        period: 'contract',
        step: 'bring-to-end',
      },
    }),
  };
}

const DECEPTION: readonly IloIndicator[] = ['deception'];
const NO_INDICATORS: readonly IloIndicator[] = [];
const DECEPTION_STANDARDS: readonly StandardRef[] = [CITATIONS.rbaContract, CITATIONS.indicatorDeception];
const LEAVE_STANDARDS: readonly StandardRef[] = [CITATIONS.rbaFreeToLeave];

/** Whether one of the worker's languages has the contract language's primary subtag (exact match first). */
function readsLanguage(languages: readonly string[], language: string): boolean {
  for (const l of languages) if (l === language) return true;
  const wanted = primary(language);
  for (const l of languages) if (primary(l) === wanted) return true;
  return false;
}

function pushFinding(
  findings: KeyedFinding[],
  subject: FindingSubject,
  env: CheckEnv,
  code: RecruitmentFindingCode,
  severity: 'medium' | 'high' | 'critical',
  deception: boolean,
  message: string,
  action: string,
): void {
  findings.push({
    key: '',
    finding: env.ctx.finding({
      code,
      severity,
      indicators: deception ? DECEPTION : NO_INDICATORS,
      subject,
      message,
      standards: deception ? DECEPTION_STANDARDS : LEAVE_STANDARDS,
      remediation: { action, period: 'contract', step: 'remediate' },
    }),
  });
}

/**
 * The contract and the freedom to leave (RBA Code 8.0 A1; deception is ILO indicator 2): a contract not
 * in a language the worker reads, not signed before departure, or replaced on arrival with worse terms
 * (`critical`; `medium` when the record does not say whether the terms are worse); a notice period over
 * one month; an exit penalty over 60% of a month's gross base wage (`critical` over 3 months' wage).
 * A contract language is checked only when the worker's languages are recorded.
 *
 * @example
 * ```ts
 * checkContract(facts, env).findings.map((f) => f.finding.code);
 * ```
 */
export function checkContract(facts: WorkerFacts, env: CheckEnv): CheckOutput {
  const { worker } = facts;
  const contract = worker.contract;
  const subject = facts.subject;
  const findings: KeyedFinding[] = [];
  const issues: UnforcedIssue[] = [];
  if (worker.languages.length > 0 && !readsLanguage(worker.languages, contract.language))
    pushFinding(
      findings,
      subject,
      env,
      'recruitment.contract.not-in-worker-language',
      'high',
      true,
      `The contract is in "${contract.language}", which is not among the languages the worker reads (${worker.languages.join(', ')}).`,
      'Give the worker the contract in a language they read, and confirm they understood it.',
    );
  if (contract.signedBeforeDeparture === false)
    pushFinding(
      findings,
      subject,
      env,
      'recruitment.contract.not-signed-before-departure',
      'high',
      true,
      'The worker did not sign the contract before leaving the country of origin.',
      'Confirm the terms with the worker and honour the better of the promised and actual terms.',
    );
  if (contract.substitutedOnArrival === true) {
    if (contract.substitutedWithWorseTerms === true)
      pushFinding(
        findings,
        subject,
        env,
        'recruitment.contract.substituted-with-worse-terms',
        'critical',
        true,
        'The contract was replaced on arrival with worse terms.',
        'Restore the original terms and pay the difference, or let the worker leave without penalty with a paid return.',
      );
    else if (contract.substitutedWithWorseTerms === undefined)
      pushFinding(
        findings,
        subject,
        env,
        'recruitment.contract.substitution-unclear',
        'medium',
        true,
        'The contract was replaced on arrival; the record does not say whether the new terms are worse.',
        'Compare the two contracts with the worker.',
      );
  }
  if (contract.noticePeriodDays !== undefined && contract.noticePeriodDays > MAX_NOTICE_DAYS)
    pushFinding(
      findings,
      subject,
      env,
      'recruitment.contract.notice-over-one-month',
      'high',
      false,
      `The worker must give ${contract.noticePeriodDays} days' notice to leave (RBA: at most one month).`,
      'Reduce the notice period to one month at most.',
    );
  const penalty = exitPenaltyFinding(facts, env, issues);
  if (penalty !== undefined) findings.push(penalty);
  return { findings, issues };
}
