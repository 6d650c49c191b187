import { z } from 'zod';
import { IsoDate } from '../dates/iso-date.js';
import { DecimalString } from '../money/decimal-ratio.js';
import { NonNegativeMoney } from '../money/money.js';
import { addCodedIssue } from '../validation/coded-issue.js';
import { RecordId } from './record-id.js';

/**
 * A loan, wage advance or recruitment debt owed by a worker. RBA Code 8.0 allows worker loans of at most
 * 60% of a month's gross base wage, repaid at no more than 10% of it a month over at most six months,
 * with no interest (education loans: 120% and 12 months); the recruitment package checks these.
 *
 * @example
 * ```ts
 * Loan.parse({
 *   id: 'L-1', kind: 'loan', principal: { amountMinor: 300_000, currency: 'MYR' }, issuedOn: '2026-01-05',
 *   lender: { kind: 'employer' },
 *   schedule: { installment: { amountMinor: 60_000, currency: 'MYR' }, frequency: 'monthly', firstDueOn: '2026-02-01' },
 * });
 * ```
 */
export const Loan = z
  .strictObject({
    id: RecordId,
    kind: z.enum(['loan', 'advance', 'recruitment-debt']),
    purpose: z
      .enum(['general', 'education', 'housing', 'medical', 'recruitment', 'other'])
      .default('general'),
    principal: NonNegativeMoney,
    issuedOn: IsoDate,
    lender: z.strictObject({
      kind: z.enum(['employer', 'recruiter', 'sub-agent', 'moneylender', 'bank', 'family', 'other']),
      id: RecordId.optional(),
    }),
    /** Annual interest rate in percent as a decimal string, e.g. `"24"`; absent means none stated. */
    annualInterestPercent: DecimalString.optional(),
    /** Flat fees charged on the loan (administration, processing). */
    fees: NonNegativeMoney.optional(),
    schedule: z
      .strictObject({
        installment: NonNegativeMoney,
        frequency: z.enum(['monthly', 'per-payslip']),
        firstDueOn: IsoDate,
        installments: z.number().int().positive().optional(),
      })
      .optional(),
  })
  .superRefine((loan, ctx) => {
    const amounts = [
      [loan.fees, ['fees']],
      [loan.schedule?.installment, ['schedule', 'installment']],
    ] as const;
    for (const [amount, path] of amounts) {
      if (amount !== undefined && amount.currency !== loan.principal.currency)
        addCodedIssue(ctx, 'CURRENCY_MISMATCH', `loan amounts must all be in ${loan.principal.currency}`, [
          ...path,
          'currency',
        ]);
    }
    if (loan.principal.amountMinor <= 0)
      addCodedIssue(ctx, 'OUT_OF_RANGE', 'the principal must be positive', ['principal', 'amountMinor']);
  });

/** A loan, advance or recruitment debt. */
export type Loan = z.output<typeof Loan>;
