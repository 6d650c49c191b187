import type { CellReader } from './csv-cells.js';
import { defined } from './csv-cells.js';

/**
 * A worker row: the record without its costs, payslips, loans and documents.
 *
 * @example
 * ```ts
 * workerFromRow(createCellReader('workers', 2, row, issues)).id; // 'W-1'
 * ```
 */
export function workerFromRow(c: CellReader): Record<string, unknown> {
  const currency = c.required('wage_currency');
  const penaltyCurrency = c.text('exit_penalty_currency') ?? currency;
  return defined({
    id: c.required('worker_id'),
    facilityId: c.required('facility_id'),
    supplierId: c.text('supplier_id'),
    originCountry: c.required('origin_country'),
    destinationCountry: c.required('destination_country'),
    occupation: c.required('occupation'),
    occupationCategory: c.text('occupation_category'),
    languages: c.list('languages'),
    recruiterIds: c.list('recruiter_ids'),
    contract: defined({
      monthlyGrossBaseWage: c.money('wage', currency) ?? requiredMoney(c, 'wage'),
      startDate: c.required('contract_start'),
      durationMonths: c.number('contract_months'),
      language: c.required('contract_language'),
      signedBeforeDeparture: c.bool('signed_before_departure'),
      substitutedOnArrival: c.bool('substituted_on_arrival'),
      substitutedWithWorseTerms: c.bool('substituted_with_worse_terms'),
      noticePeriodDays: c.number('notice_days'),
      exitPenalty: c.money('exit_penalty', penaltyCurrency),
    }),
  });
}

/**
 * A cost row.
 *
 * @example
 * ```ts
 * costFromRow(createCellReader('costs', 2, row, issues)).amount; // { amountMinor: 15000000, currency: 'NPR' }
 * ```
 */
export function costFromRow(c: CellReader): Record<string, unknown> {
  const currency = c.required('currency');
  const receiptId = c.text('receipt_id');
  const reimbursed = c.money('reimbursed_amount', currency);
  const reimbursedOn = c.text('reimbursed_on');
  const reimbursedText = c.text('reimbursed_amount');
  if ((reimbursedText === undefined) !== (reimbursedOn === undefined))
    c.issue(
      reimbursedText === undefined ? 'reimbursed_amount' : 'reimbursed_on',
      'REQUIRED',
      'reimbursed_amount and reimbursed_on go together',
    );
  const paidToKind = c.text('paid_to_kind');
  return defined({
    id: c.required('cost_id'),
    description: c.required('description'),
    category: c.text('category'),
    amount: c.money('amount', currency) ?? requiredMoney(c, 'amount'),
    paidOn: c.required('paid_on'),
    paidBy: c.required('paid_by'),
    paidTo: paidToKind === undefined ? undefined : defined({ kind: paidToKind, id: c.text('paid_to_id') }),
    recoveredThroughDeductions: c.bool('recovered_through_deductions'),
    receipt:
      receiptId === undefined
        ? undefined
        : { id: receiptId, kind: 'receipt', sha256: c.required('receipt_sha256') },
    reimbursed:
      reimbursed === undefined || reimbursedOn === undefined
        ? undefined
        : { amount: reimbursed, on: reimbursedOn },
  });
}

/**
 * A payslip row (its deductions come from the deductions file).
 *
 * @example
 * ```ts
 * payslipFromRow(createCellReader('payslips', 2, row, issues)).deductions; // []
 * ```
 */
export function payslipFromRow(c: CellReader): Record<string, unknown> {
  const currency = c.required('currency');
  return defined({
    id: c.required('payslip_id'),
    periodStart: c.required('period_start'),
    periodEnd: c.required('period_end'),
    gross: c.money('gross', currency) ?? requiredMoney(c, 'gross'),
    net: c.money('net', currency) ?? requiredMoney(c, 'net'),
    deductions: [],
    paidOn: c.text('paid_on'),
    hoursWorked: c.number('hours_worked'),
    overtimeHours: c.number('overtime_hours'),
    daysOff: c.number('days_off'),
  });
}

/**
 * A deduction row, in the currency of its payslip.
 *
 * @example
 * ```ts
 * deductionFromRow(createCellReader('deductions', 2, row, issues), 'MYR').amount; // MYR amount
 * ```
 */
export function deductionFromRow(c: CellReader, currency: string | undefined): Record<string, unknown> {
  return defined({
    amount: c.money('amount', currency) ?? requiredMoney(c, 'amount'),
    reason: c.required('reason'),
    kind: c.text('kind'),
    lawfulBasis: c.text('lawful_basis'),
    loanId: c.text('loan_id'),
  });
}

/**
 * A loan row.
 *
 * @example
 * ```ts
 * loanFromRow(createCellReader('loans', 2, row, issues)).schedule; // present when `installment` is
 * ```
 */
export function loanFromRow(c: CellReader): Record<string, unknown> {
  const currency = c.required('currency');
  const installment = c.money('installment', currency);
  return defined({
    id: c.required('loan_id'),
    kind: c.required('kind'),
    purpose: c.text('purpose'),
    principal: c.money('principal', currency) ?? requiredMoney(c, 'principal'),
    issuedOn: c.required('issued_on'),
    lender: defined({ kind: c.required('lender_kind'), id: c.text('lender_id') }),
    annualInterestPercent: c.text('annual_interest_percent'),
    fees: c.money('fees', currency),
    schedule:
      installment === undefined
        ? undefined
        : defined({
            installment,
            frequency: c.text('frequency') ?? 'monthly',
            firstDueOn: c.required('first_due_on'),
            installments: c.number('installments'),
          }),
  });
}

/**
 * A document-custody row.
 *
 * @example
 * ```ts
 * documentFromRow(createCellReader('documents', 2, row, issues)).heldBy; // 'employer'
 * ```
 */
export function documentFromRow(c: CellReader): Record<string, unknown> {
  return defined({
    document: c.required('document'),
    heldBy: c.required('held_by'),
    consent: c.bool('consent'),
    receiptGiven: c.bool('receipt_given'),
    accessWithinHours: c.number('access_within_hours'),
    requiredByLaw: c.bool('required_by_law'),
    legalBasis: c.text('legal_basis'),
    observedOn: c.required('observed_on'),
  });
}

/** Marks a money cell that was empty (its `REQUIRED` issue is recorded) or unreadable (issue recorded). */
function requiredMoney(c: CellReader, column: string): undefined {
  if (c.text(column) === undefined) c.issue(column, 'REQUIRED', 'is required');
  return undefined;
}
