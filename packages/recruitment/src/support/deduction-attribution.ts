import type { Deduction, Loan, Payslip } from '@unforced/core';

/** A deduction with the loan it repays, when that can be told. */
export interface AttributedDeduction {
  readonly deduction: Deduction;
  /** Index of the deduction within its payslip. */
  readonly index: number;
  readonly loan?: Loan;
}

const REPAYMENT_KINDS: ReadonlySet<string> = new Set(['loan-repayment', 'advance-repayment']);

/**
 * Links each deduction to the loan it repays: by `loanId`; failing that, a loan or advance repayment
 * is linked to the worker's only loan when there is exactly one. With several loans and no `loanId`, a
 * repayment stays unlinked (the loans are then simulated from their schedules).
 *
 * @example
 * ```ts
 * attributeDeductions(payslip, [loan])[0]?.loan?.id; // 'L-1'
 * ```
 */
export function attributeDeductions(payslip: Payslip, loans: readonly Loan[]): AttributedDeduction[] {
  const onlyLoan = loans.length === 1 ? loans[0] : undefined;
  return payslip.deductions.map((deduction, index) => {
    if (deduction.loanId !== undefined) {
      const loan = loans.find((candidate) => candidate.id === deduction.loanId);
      return loan === undefined ? { deduction, index } : { deduction, index, loan };
    }
    if (onlyLoan !== undefined && REPAYMENT_KINDS.has(deduction.kind))
      return { deduction, index, loan: onlyLoan };
    return { deduction, index };
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
