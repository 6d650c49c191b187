import type { IloIndicator, MetricValue, Payslip, Severity, StandardRef } from '@unforced/core';
import { CITATIONS } from '../findings/citations.js';
import type { RecruitmentFindingCode } from '../findings/finding-codes.js';
import type { CheckEnv, KeyedFinding } from '../support/check-env.js';
import { isRecruitmentDebt } from '../support/deduction-attribution.js';
import { MoneyBag } from '../support/money-bag.js';
import { formatTotals } from '../support/wording.js';
import { loansOfPayslip, type WorkerFacts } from '../support/worker-facts.js';

type Bucket = 'employment' | 'disciplinary' | 'deposit' | 'equipment' | 'no-basis';

/** Deduction kinds presumed lawful without a stated basis: statutory, or agreed through a union. */
const isStatutory = (kind: string): boolean =>
  kind === 'tax' || kind === 'social-security' || kind === 'union-dues';

const RULES: Readonly<
  Record<
    Bucket,
    {
      code: RecruitmentFindingCode;
      severity: Severity;
      indicators: readonly IloIndicator[];
      standards: readonly StandardRef[];
      what: string;
      /** Counted in what the employer owes (the recruitment bucket is counted with the fees). */
      owed: boolean;
    }
  >
> = {
  employment: {
    code: 'recruitment.wage.deduction-to-obtain-employment',
    severity: 'high',
    indicators: ['debt-bondage'],
    standards: [CITATIONS.c095Art9, CITATIONS.rbaFees],
    what: 'to pay recruitment fees or recruitment debt, a deduction to obtain or keep employment',
    owed: false,
  },
  disciplinary: {
    code: 'recruitment.wage.disciplinary-deduction',
    severity: 'high',
    indicators: ['withholding-of-wages'],
    standards: [CITATIONS.rbaWages, CITATIONS.c095Art8],
    what: 'as a disciplinary measure',
    owed: true,
  },
  deposit: {
    code: 'recruitment.wage.deposit-or-mandatory-savings',
    severity: 'high',
    indicators: ['withholding-of-wages'],
    standards: [CITATIONS.rbaDeposits, CITATIONS.indicatorWages],
    what: 'as a deposit or mandatory savings',
    owed: true,
  },
  equipment: {
    code: 'recruitment.wage.equipment-deduction',
    severity: 'medium',
    indicators: [],
    standards: [CITATIONS.relatedCosts, CITATIONS.employerPays],
    what: 'for equipment, tools or uniforms, a related cost the employer bears',
    owed: true,
  },
  'no-basis': {
    code: 'recruitment.wage.deduction-without-lawful-basis',
    severity: 'medium',
    indicators: [],
    standards: [CITATIONS.c095Art8],
    what: 'with no stated basis in law, collective agreement or arbitration award',
    owed: true,
  },
};

/** `' was deducted from wages <what> ('`, joined once per rule (the message is built for every worker). */
const DEDUCTED_WHAT = Object.fromEntries(
  Object.entries(RULES).map(([bucket, rule]) => [bucket, ` was deducted from wages ${rule.what} (`]),
) as Readonly<Record<Bucket, string>>;

/** What to do about recruitment deductions (what was deducted is repaid with the fees). */
const STOP_RECRUITMENT_DEDUCTIONS =
  'Stop deducting for recruitment; what was deducted is repaid with the fees.';

/** The outcome of {@link checkDeductions}. */
export interface DeductionsOutput {
  readonly findings: KeyedFinding[];
  /** Deductions the employer must return (disciplinary, deposits and savings, equipment, no lawful basis). */
  readonly owed: MoneyBag;
}

function bucketOf(
  kind: string,
  lawfulBasis: string | undefined,
  hasLoan: boolean,
  recruitment: boolean,
  workerHasLoans: boolean,
): Bucket | undefined {
  if (recruitment) return 'employment';
  if (kind === 'disciplinary') return 'disciplinary';
  if (kind === 'deposit' || kind === 'savings') return 'deposit';
  if (kind === 'equipment') return 'equipment';
  if (isStatutory(kind) || lawfulBasis !== undefined) return undefined;
  if ((kind === 'loan-repayment' || kind === 'advance-repayment') && (hasLoan || workerHasLoans))
    return undefined;
  return 'no-basis';
}

/**
 * Deductions from wages: for recruitment fees or recruitment debt (prohibited, ILO C095 Art. 9),
 * disciplinary (RBA Code 8.0 A4), deposits and mandatory savings (RBA A1), equipment (ILO related cost),
 * and any other deduction without a stated lawful basis (ILO C095 Art. 8; tax, social security and union
 * dues are presumed lawful, and loan repayments are judged with the loan). One finding per rule and
 * worker, with the total and the payslips.
 *
 * @example
 * ```ts
 * checkDeductions(facts, env).owed.isZero(); // false when a disciplinary deduction was found
 * ```
 */
export function checkDeductions(facts: WorkerFacts, env: CheckEnv): DeductionsOutput {
  // Most workers hit one or two of the five buckets: a small list, found by a scan, beats a Map.
  const totals: BucketTotal[] = [];
  const workerHasLoans = facts.worker.loans.length > 0;
  for (let s = 0; s < facts.payslips.length; s += 1) {
    const payslip = facts.payslips[s] as Payslip;
    const loanOf = loansOfPayslip(facts, s);
    const deductions = payslip.deductions;
    for (let k = 0; k < deductions.length; k += 1) {
      const deduction = deductions[k];
      if (deduction === undefined || isStatutory(deduction.kind)) continue;
      const loan = loanOf[k];
      const recruitment =
        deduction.kind === 'recruitment-fee' || (loan !== undefined && isRecruitmentDebt(loan));
      const bucket = bucketOf(
        deduction.kind,
        deduction.lawfulBasis,
        loan !== undefined,
        recruitment,
        workerHasLoans,
      );
      if (bucket === undefined) continue;
      let entry: BucketTotal | undefined;
      for (let t = 0; t < totals.length; t += 1)
        if ((totals[t] as BucketTotal).bucket === bucket) entry = totals[t];
      if (entry === undefined)
        totals.push({ bucket, bag: new MoneyBag().add(deduction.amount), payslips: [payslip.id], count: 1 });
      else {
        entry.bag.add(deduction.amount);
        if (entry.payslips[entry.payslips.length - 1] !== payslip.id) entry.payslips.push(payslip.id);
        entry.count += 1;
      }
    }
  }
  const findings: KeyedFinding[] = new Array(totals.length);
  const owed = new MoneyBag();
  for (let t = 0; t < totals.length; t += 1)
    findings[t] = deductionFinding(totals[t] as BucketTotal, owed, facts, env);
  return { findings, owed };
}

/** The deductions of one worker that fall under one rule. */
interface BucketTotal {
  readonly bucket: Bucket;
  readonly bag: MoneyBag;
  readonly payslips: string[];
  count: number;
}

/** The finding for one rule's deductions; adds them to `owed` when the employer must return them. */
function deductionFinding(
  entry: BucketTotal,
  owed: MoneyBag,
  facts: WorkerFacts,
  env: CheckEnv,
): KeyedFinding {
  const rule = RULES[entry.bucket];
  if (rule.owed) owed.addBag(entry.bag);
  const amounts = entry.bag.amounts();
  const single = amounts.isOk() && amounts.value.length === 1 ? amounts.value[0] : undefined;
  const total = amounts.isOk() ? formatTotals(amounts.value) : 'an amount too large to add up';
  const payslips = entry.payslips.join(', ');
  // One literal per shape: a field added afterwards would give the object a second property store.
  const metrics: Record<string, MetricValue> =
    single === undefined
      ? { deducted: total, count: entry.count, payslips }
      : { deducted: total, count: entry.count, payslips, amount: single };
  // Built without a spec object: one finding per rule broken, for every worker of a batch.
  return {
    key: entry.bucket,
    finding: env.ctx.observedFinding(
      rule.code,
      rule.severity,
      rule.indicators,
      facts.subject,
      `${total}${DEDUCTED_WHAT[entry.bucket]}${entry.count} deduction(s) on payslips ${payslips}).`,
      metrics,
      rule.standards,
      rule.owed
        ? env.ctx.remedy(`Return ${total} to the worker and stop the deductions.`, 'repay', 'remediate')
        : env.ctx.remedy(STOP_RECRUITMENT_DEDUCTIONS, 'repay', 'remediate'),
    ),
  };
}
