/**
 * The CSV files a workforce can be given in, joined by `worker_id`.
 *
 * @example
 * ```ts
 * CSV_FILES.map((file) => `${file}.csv`); // ['workers.csv', 'costs.csv', …]
 * ```
 */
export const CSV_FILES = ['workers', 'costs', 'payslips', 'deductions', 'loans', 'documents'] as const;

/** One of the CSV files. */
export type CsvFile = (typeof CSV_FILES)[number];

/** A column of a CSV file: its header, whether it must have a value, the field it fills and what it holds. */
export interface CsvColumn {
  readonly column: string;
  readonly required: boolean;
  /** The `WorkerRecord` field (dotted, relative to the row's object) it fills. */
  readonly field: string;
  readonly description: string;
}

const col = (column: string, required: boolean, field: string, description: string): CsvColumn => ({
  column,
  required,
  field,
  description,
});

/**
 * The columns of each CSV file. Amounts are decimal numbers in major units (`150000.00`, `150,000`) in
 * the row's currency; booleans are `true/false`, `yes/no`, `y/n` or `1/0`; lists are separated by `;`;
 * an empty cell is an absent value. docs/recruitment.md prints this table.
 *
 * @example
 * ```ts
 * CSV_COLUMNS.costs.map((c) => c.column); // ['worker_id', 'cost_id', 'description', …]
 * ```
 */
export const CSV_COLUMNS: Readonly<Record<CsvFile, readonly CsvColumn[]>> = {
  workers: [
    col('worker_id', true, 'id', 'pseudonymous worker id (never a name or document number)'),
    col('facility_id', true, 'facilityId', 'the facility the worker works at'),
    col('supplier_id', false, 'supplierId', 'the supplier operating the facility'),
    col('origin_country', true, 'originCountry', 'ISO 3166-1 alpha-2 country of origin'),
    col('destination_country', true, 'destinationCountry', 'ISO 3166-1 alpha-2 country of work'),
    col('occupation', true, 'occupation', 'occupation as written'),
    col(
      'occupation_category',
      false,
      'occupationCategory',
      'occupation group (`manufacturing`, `domestic-work`, …)',
    ),
    col('languages', false, 'languages', 'languages the worker reads, BCP 47, separated by `;`'),
    col('recruiter_ids', false, 'recruiterIds', 'recruiters involved, separated by `;`'),
    col('wage', true, 'contract.monthlyGrossBaseWage', 'contract monthly gross base wage'),
    col('wage_currency', true, 'contract.monthlyGrossBaseWage.currency', 'ISO 4217 currency of the wage'),
    col('contract_start', true, 'contract.startDate', 'contract start date'),
    col('contract_months', false, 'contract.durationMonths', 'contract length in months'),
    col('contract_language', true, 'contract.language', 'language of the contract, BCP 47'),
    col(
      'signed_before_departure',
      false,
      'contract.signedBeforeDeparture',
      'contract signed before leaving the origin country',
    ),
    col('substituted_on_arrival', false, 'contract.substitutedOnArrival', 'contract replaced on arrival'),
    col(
      'substituted_with_worse_terms',
      false,
      'contract.substitutedWithWorseTerms',
      'the replacement is worse',
    ),
    col('notice_days', false, 'contract.noticePeriodDays', 'notice period to resign, in days'),
    col('exit_penalty', false, 'contract.exitPenalty', 'what the worker must pay to leave early'),
    col(
      'exit_penalty_currency',
      false,
      'contract.exitPenalty.currency',
      'currency of the exit penalty (default: the wage currency)',
    ),
  ],
  costs: [
    col('worker_id', true, 'workerId', 'the worker who incurred the cost'),
    col('cost_id', true, 'id', 'cost id, unique per worker'),
    col(
      'description',
      true,
      'description',
      'the cost as written in the record ("agency fee", "GAMCA medical")',
    ),
    col('category', false, 'category', 'ILO category when the record states it (overrides the description)'),
    col('amount', true, 'amount', 'amount paid'),
    col('currency', true, 'amount.currency', 'ISO 4217 currency of the amount'),
    col('paid_on', true, 'paidOn', 'date paid'),
    col(
      'paid_by',
      true,
      'paidBy',
      '`worker`, `worker-family`, `employer`, `recruiter`, `government`, `other` or `unknown`',
    ),
    col(
      'paid_to_kind',
      false,
      'paidTo.kind',
      'who received it (`recruiter`, `sub-agent`, `medical-provider`, …)',
    ),
    col('paid_to_id', false, 'paidTo.id', 'id of the recipient'),
    col(
      'recovered_through_deductions',
      false,
      'recoveredThroughDeductions',
      'the employer paid it and deducts it from wages',
    ),
    col('receipt_id', false, 'receipt.id', 'id of the receipt document'),
    col(
      'receipt_sha256',
      false,
      'receipt.sha256',
      'SHA-256 of the receipt file (required with `receipt_id`)',
    ),
    col('reimbursed_amount', false, 'reimbursed.amount', 'amount given back to the worker, in `currency`'),
    col('reimbursed_on', false, 'reimbursed.on', 'date it was given back'),
  ],
  payslips: [
    col('worker_id', true, 'workerId', 'the worker paid'),
    col('payslip_id', true, 'id', 'payslip id, unique per worker'),
    col('period_start', true, 'periodStart', 'first day of the pay period'),
    col('period_end', true, 'periodEnd', 'last day of the pay period'),
    col('currency', true, 'gross.currency', 'ISO 4217 currency of every amount on the payslip'),
    col('gross', true, 'gross', 'gross pay'),
    col('net', true, 'net', 'net pay'),
    col('paid_on', false, 'paidOn', 'date paid (empty: not paid)'),
    col('hours_worked', false, 'hoursWorked', 'hours worked in the period'),
    col('overtime_hours', false, 'overtimeHours', 'overtime hours in the period'),
    col('days_off', false, 'daysOff', 'days off in the period'),
  ],
  deductions: [
    col('worker_id', true, 'workerId', 'the worker'),
    col('payslip_id', true, 'payslipId', 'the payslip the deduction is on'),
    col('amount', true, 'amount', "amount deducted, in the payslip's currency"),
    col(
      'kind',
      false,
      'kind',
      '`tax`, `social-security`, `loan-repayment`, `recruitment-fee`, `disciplinary`, `deposit`, … (default `other`)',
    ),
    col('reason', true, 'reason', 'the reason as written'),
    col('lawful_basis', false, 'lawfulBasis', 'the law, collective agreement or award allowing it'),
    col('loan_id', false, 'loanId', 'the loan it repays'),
  ],
  loans: [
    col('worker_id', true, 'workerId', 'the borrower'),
    col('loan_id', true, 'id', 'loan id, unique per worker'),
    col('kind', true, 'kind', '`loan`, `advance` or `recruitment-debt`'),
    col(
      'purpose',
      false,
      'purpose',
      '`general`, `education`, `housing`, `medical`, `recruitment` or `other`',
    ),
    col('principal', true, 'principal', 'amount lent'),
    col('currency', true, 'principal.currency', 'ISO 4217 currency of every amount of the loan'),
    col('issued_on', true, 'issuedOn', 'date lent'),
    col(
      'lender_kind',
      true,
      'lender.kind',
      '`employer`, `recruiter`, `sub-agent`, `moneylender`, `bank`, `family` or `other`',
    ),
    col('lender_id', false, 'lender.id', 'id of the lender'),
    col('annual_interest_percent', false, 'annualInterestPercent', 'annual interest in percent (`24`)'),
    col('fees', false, 'fees', 'flat fees charged on the loan'),
    col('installment', false, 'schedule.installment', 'scheduled repayment (empty: no schedule)'),
    col('frequency', false, 'schedule.frequency', '`monthly` or `per-payslip` (default `monthly`)'),
    col('first_due_on', false, 'schedule.firstDueOn', 'first repayment date (required with `installment`)'),
    col('installments', false, 'schedule.installments', 'number of repayments'),
  ],
  documents: [
    col('worker_id', true, 'workerId', 'the document holder'),
    col(
      'document',
      true,
      'document',
      '`passport`, `national-id`, `work-permit`, `visa`, `residence-permit`, `bank-card` or `other`',
    ),
    col('held_by', true, 'heldBy', '`worker`, `employer`, `recruiter`, `government` or `other`'),
    col('consent', false, 'consent', 'the worker agreed in writing to safekeeping'),
    col('receipt_given', false, 'receiptGiven', 'a receipt was given'),
    col('access_within_hours', false, 'accessWithinHours', 'hours to get the document back on request'),
    col('required_by_law', false, 'requiredByLaw', 'local law requires the employer to hold it'),
    col('legal_basis', false, 'legalBasis', 'the law requiring it'),
    col('observed_on', true, 'observedOn', 'date the custody was observed'),
  ],
};

/**
 * The column of a file that fills a field path (the longest matching field), for error reporting.
 *
 * @example
 * ```ts
 * columnForField('costs', ['amount', 'amountMinor']); // 'amount'
 * ```
 */
export function columnForField(file: CsvFile, path: readonly (string | number)[]): string | undefined {
  const dotted = path.filter((p) => typeof p === 'string').join('.');
  let best: CsvColumn | undefined;
  for (const column of CSV_COLUMNS[file]) {
    const matches = dotted === column.field || dotted.startsWith(`${column.field}.`);
    if (matches && (best === undefined || column.field.length > best.field.length)) best = column;
  }
  return best?.column;
}
