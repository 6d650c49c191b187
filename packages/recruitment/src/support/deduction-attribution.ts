import type { Deduction, Loan, Payslip } from '@unforced/core';

const REPAYMENT_KINDS: ReadonlySet<string> = new Set(['loan-repayment', 'advance-repayment']);
/**
 * The loans of a payslip none of whose deductions repays a loan: one array shared by all of them, never
 * written to (not frozen: see money-bag.ts).
 */
export const NO_LOANS: readonly (Loan | undefined)[] = [];

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
  const deductions = payslip.deductions;
  // Loops rather than `some`/`map`/`find` callbacks: this runs for every payslip of a large batch.
  let linked: (Loan | undefined)[] | undefined;
  for (let k = 0; k < deductions.length; k += 1) {
    const deduction = deductions[k] as Deduction;
    const loan =
      deduction.loanId !== undefined
        ? loanWithId(loans, deduction.loanId)
        : onlyLoan !== undefined && REPAYMENT_KINDS.has(deduction.kind)
          ? onlyLoan
          : undefined;
    if (loan !== undefined && linked === undefined)
      linked = new Array<Loan | undefined>(deductions.length).fill(undefined);
    if (linked !== undefined) linked[k] = loan;
  }
  return linked ?? NO_LOANS;
}

/**
 * The loan with this id, or `undefined` (a loop: it runs for deductions of every payslip of a batch).
 *
 * @example
 * ```ts
 * loanWithId(worker.loans, 'L-1')?.principal;
 * ```
 */
export function loanWithId(loans: readonly Loan[], id: string): Loan | undefined {
  for (let i = 0; i < loans.length; i += 1) if (loans[i]?.id === id) return loans[i];
  return undefined;
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
