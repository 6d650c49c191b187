import {
  compareMoneyRatio,
  formatMoney,
  type Loan,
  type Money,
  type Severity,
  type UnforcedIssue,
} from '@unforced/core';
import { CITATIONS } from '../findings/citations.js';
import type { RecruitmentFindingCode } from '../findings/finding-codes.js';
import { type LoanSimulation, simulateLoan } from '../loans/simulate-loan.js';
import { append } from '../support/append.js';
import type { CheckEnv, CheckOutput, KeyedFinding } from '../support/check-env.js';
import { isRecruitmentDebt } from '../support/deduction-attribution.js';
import { metricRatio, percent } from '../support/wording.js';
import type { WorkerFacts } from '../support/worker-facts.js';

/** Lenders whose loans RBA Code 8.0 limits: the employer and its recruiters. */
const EMPLOYER_SIDE: ReadonlySet<string> = new Set(['employer', 'recruiter', 'sub-agent']);

/** RBA Code 8.0 A1 worker-loan limits; education loans have their own. */
function limitsOf(loan: Loan) {
  const education = loan.purpose === 'education';
  return {
    principal: education ? { numerator: 6, denominator: 5 } : { numerator: 3, denominator: 5 },
    principalLabel: education ? '120%' : '60%',
    monthly: { numerator: 1, denominator: 10 },
    months: education ? 12 : 6,
  };
}

/** What {@link checkLoans} returns: findings, issues and each loan's simulation. */
export interface LoanCheckOutput extends CheckOutput {
  readonly simulations: LoanSimulation[];
}

interface Breach {
  readonly code: RecruitmentFindingCode;
  readonly severity: Severity;
  readonly message: string;
}

function over(
  a: Money,
  wage: Money,
  ratio: { numerator: number; denominator: number },
  env: CheckEnv,
  issues: UnforcedIssue[],
  path: (string | number)[],
): { over: boolean; share?: number } {
  const converted = env.fx.convert(a, wage.currency);
  const sign = converted.andThen((amount) => compareMoneyRatio(amount, wage, ratio));
  if (converted.isErr() || sign.isErr()) {
    const error = converted.isErr() ? converted.error : sign.isErr() ? sign.error : undefined;
    if (error !== undefined) issues.push({ code: error.code, message: error.message, path });
    return { over: false };
  }
  return { over: sign.value > 0, share: metricRatio(converted.value.amountMinor, wage.amountMinor) };
}

function breachesOf(
  loan: Loan,
  sim: LoanSimulation,
  facts: WorkerFacts,
  env: CheckEnv,
  issues: UnforcedIssue[],
  index: number,
) {
  const limits = limitsOf(loan);
  const wage = facts.wage;
  const breaches: Breach[] = [];
  const size = over(loan.principal, wage, limits.principal, env, issues, ['loans', index, 'principal']);
  const monthly = over(sim.largestMonthlyRepayment, wage, limits.monthly, env, issues, [
    'loans',
    index,
    'schedule',
  ]);
  if (!EMPLOYER_SIDE.has(loan.lender.kind)) return { breaches, size, monthly };
  if (size.over)
    breaches.push({
      code: 'recruitment.loan.principal-over-limit',
      severity: 'high',
      message: `the loan of ${formatMoney(loan.principal)} is ${percent(size.share ?? 0)} of a month's gross base wage (limit ${limits.principalLabel})`,
    });
  if (monthly.over)
    breaches.push({
      code: 'recruitment.loan.repayment-over-limit',
      severity: 'high',
      message: `repayments of up to ${formatMoney(sim.largestMonthlyRepayment)} a month take ${percent(monthly.share ?? 0)} of the wage (limit 10%)`,
    });
  const scheduled = loan.schedule?.installments;
  const months = sim.monthsToRepay ?? scheduled;
  if (months !== undefined && months > limits.months)
    breaches.push({
      code: 'recruitment.loan.term-over-limit',
      severity: 'high',
      message: `it takes ${months} months to repay (limit ${limits.months})`,
    });
  const interestStated =
    loan.annualInterestPercent !== undefined && !/^0*(\.0*)?$/.test(loan.annualInterestPercent);
  if (interestStated || (loan.fees?.amountMinor ?? 0) > 0)
    breaches.push({
      code: 'recruitment.loan.interest-or-fees-charged',
      severity: 'high',
      message: `it carries ${interestStated ? `interest of ${loan.annualInterestPercent}% a year (${formatMoney(sim.interestCharged)} over the repayment)` : ''}${interestStated && loan.fees !== undefined ? ' and ' : ''}${(loan.fees?.amountMinor ?? 0) > 0 && loan.fees !== undefined ? `fees of ${formatMoney(loan.fees)}` : ''} (RBA: no interest)`,
    });
  return { breaches, size, monthly };
}

function loanFindings(
  loan: Loan,
  index: number,
  sim: LoanSimulation,
  facts: WorkerFacts,
  env: CheckEnv,
  issues: UnforcedIssue[],
): KeyedFinding[] {
  const subject = facts.subject;
  const { breaches, size, monthly } = breachesOf(loan, sim, facts, env, issues, index);
  if (sim.basis === 'none' || loan.schedule === undefined) {
    const none = sim.basis === 'none';
    breaches.push({
      code: 'recruitment.loan.no-schedule',
      severity: none ? 'high' : 'medium',
      message: none
        ? 'it has no repayment schedule and no repayments on the payslips, so the worker cannot know when it ends'
        : 'it has no repayment schedule; the simulation repeats the last repayment seen on the payslips',
    });
  }
  if (sim.grows)
    breaches.push({
      code: 'recruitment.loan.debt-grows',
      severity: 'critical',
      message: sim.neverRepaid
        ? `it is not repaid within ${sim.observedMonths > 0 ? 'the simulation' : 'its schedule'}: the debt is induced or inflated`
        : 'the debt grew above what was borrowed before being repaid',
    });
  if (sim.overpaid.amountMinor > 0)
    breaches.push({
      code: 'recruitment.loan.overpaid',
      severity: 'critical',
      message: `${formatMoney(sim.overpaid)} was deducted after the debt was repaid`,
    });
  const metrics = {
    loanId: loan.id,
    principal: loan.principal,
    lender: loan.lender.kind,
    ...(sim.monthsToRepay === undefined ? {} : { monthsToRepay: sim.monthsToRepay }),
    interestCharged: sim.interestCharged,
    largestMonthlyRepayment: sim.largestMonthlyRepayment,
    ...(monthly.share === undefined ? {} : { repaymentShareOfWage: monthly.share }),
    ...(size.share === undefined ? {} : { principalShareOfWage: size.share }),
    simulationBasis: sim.basis,
  };
  const basis =
    sim.basis === 'observed' || sim.basis === 'scheduled' || sim.basis === 'none' ? 'observed' : 'inferred';
  const out: KeyedFinding[] = breaches.map((breach) => ({
    key: loan.id,
    finding: env.ctx.finding({
      code: breach.code,
      severity: breach.severity,
      indicators: ['debt-bondage'],
      subject,
      message: `Loan ${loan.id}: ${breach.message}.`,
      metrics,
      standards: [CITATIONS.rbaLoans, CITATIONS.indicatorDebt],
      remediation:
        breach.code === 'recruitment.loan.overpaid'
          ? {
              action: `Repay the ${formatMoney(sim.overpaid)} deducted in excess.`,
              period: 'repay',
              step: 'remediate',
            }
          : {
              action:
                'Bring the loan within RBA limits: no interest or fees, at most 10% of the wage a month, write off the excess.',
              period: 'loan',
              step: 'remediate',
            },
      basis,
    }),
  }));
  const recruitmentDebt = isRecruitmentDebt(loan);
  if (breaches.length > 0 || recruitmentDebt) {
    const severe = sim.grows || sim.overpaid.amountMinor > 0 || (sim.monthsToRepay ?? 0) > 12;
    const severity: Severity = severe ? 'critical' : EMPLOYER_SIDE.has(loan.lender.kind) ? 'high' : 'medium';
    const months = sim.monthsToRepay === undefined ? 'no end date' : `${sim.monthsToRepay} months to repay`;
    out.push({
      key: loan.id,
      finding: env.ctx.finding({
        code: 'recruitment.debt.bondage-indicator',
        severity,
        indicators: ['debt-bondage'],
        subject,
        message: `Loan ${loan.id} (${formatMoney(loan.principal)} from the ${loan.lender.kind}${recruitmentDebt ? ', a recruitment debt' : ''}) shows debt bondage: ${months}, ${formatMoney(sim.interestCharged)} interest${monthly.share === undefined ? '' : `, repayments take up to ${percent(monthly.share)} of the wage`}${breaches.length > 0 ? `; ${breaches.length} RBA loan limit(s) or condition(s) broken` : ''}.`,
        metrics,
        standards: [
          CITATIONS.indicatorDebt,
          CITATIONS.rbaLoans,
          ...(recruitmentDebt ? [CITATIONS.c095Art9] : []),
        ],
        remediation: {
          action:
            'Cancel recruitment debt, refund interest and excess deductions, and let the worker leave free of debt.',
          period: 'loan',
          step: 'remediate',
        },
        basis,
      }),
    });
  }
  return out;
}

/**
 * Debt bondage (ILO indicator 9) and RBA Code 8.0 worker-loan limits: each loan is simulated month by
 * month ({@link simulateLoan}); loans from the employer or its recruiters are held to ≤60% of a month's
 * gross base wage (education 120%), repayments ≤10% of it a month, ≤6 months (education 12), no interest
 * or fees. A debt that grows, is never repaid, has no schedule or is over-collected is flagged, and any
 * breach (or any recruitment debt) yields a debt-bondage finding.
 *
 * @example
 * ```ts
 * checkLoans(facts, env).simulations[0]?.monthsToRepay; // 5
 * ```
 */
export function checkLoans(facts: WorkerFacts, env: CheckEnv): LoanCheckOutput {
  const findings: KeyedFinding[] = [];
  const issues: UnforcedIssue[] = [];
  const simulations: LoanSimulation[] = [];
  const records = facts.worker.loans;
  if (records.length === 0) return { findings, issues, simulations };
  const loans = records.map((loan, index) => ({ loan, index }));
  if (loans.length > 1) loans.sort((a, b) => (a.loan.id < b.loan.id ? -1 : 1));
  for (const { loan, index } of loans) {
    const run = simulateLoan(loan, facts, env.fx);
    for (const issue of run.issues) issues.push(issue);
    simulations.push(run.simulation);
    append(findings, loanFindings(loan, index, run.simulation, facts, env, issues));
  }
  return { findings, issues, simulations };
}
