import { z } from 'zod';
import { IsoDate } from '../dates/iso-date.js';
import { Money, NonNegativeMoney } from '../money/money.js';
import { addCodedIssue } from '../validation/coded-issue.js';
import { RecordId } from './record-id.js';

/** Why money was deducted from a payslip. */
export const DEDUCTION_KINDS = [
  'tax',
  'social-security',
  'loan-repayment',
  'advance-repayment',
  'recruitment-fee',
  'accommodation',
  'food',
  'transport',
  'equipment',
  'disciplinary',
  'deposit',
  'savings',
  'union-dues',
  'other',
] as const;

/**
 * One deduction on a payslip: the amount, the reason as written and its kind, the lawful basis the
 * employer states (law, collective agreement or arbitration award, ILO C095 Art. 8), and the loan it
 * repays, if any.
 */
export const Deduction = z.strictObject({
  amount: NonNegativeMoney,
  reason: z.string().min(1),
  kind: z.enum(DEDUCTION_KINDS).default('other'),
  lawfulBasis: z.string().min(1).optional(),
  loanId: RecordId.optional(),
});

/** A deduction from wages. */
export type Deduction = z.output<typeof Deduction>;

/**
 * A payslip: the pay period, gross pay, deductions and net pay, when it was paid (absent: not paid), and
 * hours. All amounts must share one currency.
 *
 * @example
 * ```ts
 * Payslip.parse({
 *   id: 'P-2026-03', periodStart: '2026-03-01', periodEnd: '2026-03-31', paidOn: '2026-04-07',
 *   gross: { amountMinor: 170_000, currency: 'MYR' },
 *   deductions: [{ amount: { amountMinor: 60_000, currency: 'MYR' }, reason: 'loan', kind: 'loan-repayment' }],
 *   net: { amountMinor: 110_000, currency: 'MYR' },
 * });
 * ```
 */
export const Payslip = z
  .strictObject({
    id: RecordId,
    periodStart: IsoDate,
    periodEnd: IsoDate,
    gross: NonNegativeMoney,
    deductions: z.array(Deduction).default([]),
    net: Money,
    paidOn: IsoDate.optional(),
    hoursWorked: z.number().nonnegative().optional(),
    overtimeHours: z.number().nonnegative().optional(),
    daysOff: z.number().int().nonnegative().optional(),
  })
  .superRefine((slip, ctx) => {
    if (slip.periodEnd < slip.periodStart)
      addCodedIssue(ctx, 'OUT_OF_RANGE', 'the pay period ends before it starts', ['periodEnd']);
    const currencies = new Set([
      slip.gross.currency,
      slip.net.currency,
      ...slip.deductions.map((d) => d.amount.currency),
    ]);
    if (currencies.size > 1)
      addCodedIssue(ctx, 'CURRENCY_MISMATCH', `a payslip mixes currencies: ${[...currencies].join(', ')}`);
  });

/** A payslip. */
export type Payslip = z.output<typeof Payslip>;
