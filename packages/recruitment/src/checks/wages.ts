import type {
  Deduction,
  FindingSubject,
  IloIndicator,
  Payslip,
  StandardRef,
  UnforcedIssue,
} from '@unforced/core';
import { CITATIONS } from '../findings/citations.js';
import type { FindingSpec } from '../findings/finding-context.js';
import type { CheckEnv, KeyedFinding } from '../support/check-env.js';
import { metricRatio, percent } from '../support/wording.js';
import type { WorkerFacts } from '../support/worker-facts.js';

/** Shared by every finding of the kind (findings are values, never mutated). */
const WAGE_STANDARDS: readonly StandardRef[] = [
  CITATIONS.rbaWages,
  CITATIONS.c095Art12,
  CITATIONS.indicatorWages,
];
const WITHHOLDING: readonly IloIndicator[] = ['withholding-of-wages'];

/** The outcome of {@link checkWagePayment}. */
export interface WagePaymentOutput {
  readonly findings: KeyedFinding[];
  readonly issues: UnforcedIssue[];
  /** The lowest net pay as a share of gross over the payslips (a metric); absent without payslips. */
  readonly lowestNetShare?: number;
}

/**
 * Timely payment and the share of pay left after deductions (ILO indicator 8; RBA Code 8.0 A4; ILO C095
 * Arts. 8 and 12): a payslip not paid, or paid, more than one calendar month after its period ended is
 * `critical` (RBA: wages delayed more than a month are a severe finding); payslips whose deductions take
 * more than the `deductionShareLimit` of gross pay (default 50%) are flagged.
 *
 * @example
 * ```ts
 * checkWagePayment(facts, env).findings.map((f) => f.finding.code); // ['recruitment.wage.withheld']
 * ```
 */
export function checkWagePayment(facts: WorkerFacts, env: CheckEnv): WagePaymentOutput {
  const withheld: string[] = [];
  const late: string[] = [];
  const heavy: string[] = [];
  let lowestNetShare: number | undefined;
  const limit = env.deductionShareLimit;
  // The share test in exact integer arithmetic: on safe integers where the products stay exact.
  const limitNum = Number(limit.numerator);
  const limitDen = Number(limit.denominator);
  const smallLimit = Number.isSafeInteger(limitNum) && Number.isSafeInteger(limitDen);
  const payslips = facts.payslips;
  for (let s = 0; s < payslips.length; s += 1) {
    const payslip = payslips[s] as Payslip;
    const due = env.addMonths(payslip.periodEnd, 1);
    if (payslip.paidOn === undefined) {
      if (env.ctx.asOf > due) withheld.push(payslip.id);
    } else if (payslip.paidOn > due) late.push(payslip.id);
    let deducted = 0;
    const deductions = payslip.deductions;
    for (let k = 0; k < deductions.length; k += 1)
      deducted += (deductions[k] as Deduction).amount.amountMinor;
    const gross = payslip.gross.amountMinor;
    if (gross > 0) {
      const share = metricRatio(payslip.net.amountMinor, gross);
      if (lowestNetShare === undefined || share < lowestNetShare) lowestNetShare = share;
    }
    const left = deducted * limitDen;
    const right = limitNum * gross;
    if (
      smallLimit &&
      Number.isSafeInteger(left) &&
      Number.isSafeInteger(right) &&
      Number.isSafeInteger(deducted)
        ? left > right
        : BigInt(deducted) * BigInt(limit.denominator) > BigInt(limit.numerator) * BigInt(gross)
    )
      heavy.push(payslip.id);
  }
  const subject = facts.subject;
  const findings: KeyedFinding[] = [];
  if (withheld.length > 0)
    findings.push(
      untimelyPayment(
        'recruitment.wage.withheld',
        withheld,
        'were still unpaid more than a month after the pay period ended',
        { action: 'Pay the withheld wages in full.', period: 'wages', step: 'remediate' },
        subject,
        env,
      ),
    );
  if (late.length > 0)
    findings.push(
      untimelyPayment(
        'recruitment.wage.paid-late',
        late,
        'were paid more than a month after the pay period ended',
        { action: 'Pay wages within the pay cycle.', period: 'wages', step: 'prevent' },
        subject,
        env,
      ),
    );
  if (heavy.length > 0)
    findings.push({
      key: '',
      finding: env.ctx.finding({
        code: 'recruitment.wage.low-net-share',
        severity: 'medium',
        indicators: [],
        subject,
        message: `On ${heavy.length} payslip(s) (${heavy.join(', ')}) deductions took more than ${percent(Number(limit.numerator) / Number(limit.denominator))} of gross pay${lowestNetShare === undefined ? '' : `; the lowest net pay was ${percent(lowestNetShare)} of gross`}.`,
        metrics: {
          payslips: heavy.join(', '),
          count: heavy.length,
          ...(lowestNetShare === undefined ? {} : { lowestNetShareOfGross: lowestNetShare }),
        },
        standards: [CITATIONS.c095Art8, CITATIONS.methodology],
        remediation: {
          action: 'Review the deductions against the law and the worker’s written agreement.',
          period: 'review',
          step: 'identify',
        },
      }),
    });
  return lowestNetShare === undefined ? { findings, issues: [] } : { findings, issues: [], lowestNetShare };
}

/** A `critical` finding for payslips withheld or paid late (RBA: wages delayed over a month are severe). */
function untimelyPayment(
  code: 'recruitment.wage.withheld' | 'recruitment.wage.paid-late',
  payslipIds: readonly string[],
  what: string,
  remediation: NonNullable<FindingSpec['remediation']>,
  subject: FindingSubject,
  env: CheckEnv,
): KeyedFinding {
  const payslips = payslipIds.join(', ');
  return {
    key: '',
    finding: env.ctx.observedFinding(
      code,
      'critical',
      WITHHOLDING,
      subject,
      `${payslipIds.length} payslip(s) (${payslips}) ${what}.`,
      { payslips, count: payslipIds.length },
      WAGE_STANDARDS,
      env.ctx.remedy(remediation.action, remediation.period, remediation.step),
    ),
  };
}
