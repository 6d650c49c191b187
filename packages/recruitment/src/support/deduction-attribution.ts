import type { Loan, Payslip } from '@unforced/core';

const REPAYMENT_KINDS: ReadonlySet<string> = new Set(['loan-repayment', 'advance-repayment']);
const NO_LOANS: readonly (Loan | undefined)[] = Object.freeze([]);

/**
 * The loan each deduction of a payslip repays, aligned with `payslip.deductions` (`undefined` where
 * none): by `loanId`; failing that, a loan or advance repayment is linked to the worker's only loan when
 * there is exactly one. With several loans and no `loanId`, a repayment stays unlinked (the loans are
 * then simulated from their schedules). A worker without loans shares one empty array.
 *
 * @example
 * ```ts
 * loansOfDeductions(payslip, [loan])[0]?.id; // 'L-1'
 * ```
 */
export function loansOfDeductions(payslip: Payslip, loans: readonly Loan[]): readonly (Loan | undefined)[] {
  if (loans.length === 0) return NO_LOANS;
  const onlyLoan = loans.length === 1 ? loans[0] : undefined;
  if (
    !payslip.deductions.some(
      (d) => d.loanId !== undefined || (onlyLoan !== undefined && REPAYMENT_KINDS.has(d.kind)),
    )
  )
    return NO_LOANS;
  return payslip.deductions.map((deduction) => {
    if (deduction.loanId !== undefined) return loans.find((candidate) => candidate.id === deduction.loanId);
    return onlyLoan !== undefined && REPAYMENT_KINDS.has(deduction.kind) ? onlyLoan : undefined;
  });
}

/**
 * Whether a loan is recruitment debt: money the worker owes for being recruited. Its repayment from
 * wages is a deduction to obtain employment (ILO C095 Art. 9).
 *
 * @example
 * ```ts
 * isRecruitmentDebt({ ...loan, kind: 'recruitment-debt' }); // true
 * ```
 */
export function isRecruitmentDebt(loan: Loan): boolean {
  return loan.kind === 'recruitment-debt' || loan.purpose === 'recruitment';
}
