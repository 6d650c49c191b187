import { z } from 'zod';
import { IsoDate } from '../dates/iso-date.js';
import { EvidenceRef } from '../findings/evidence-ref.js';
import { NonNegativeMoney } from '../money/money.js';
import { CostCategory } from './cost-category.js';
import { RecordId } from './record-id.js';

/** Who paid a cost. */
export const PAYERS = [
  'worker',
  'worker-family',
  'employer',
  'recruiter',
  'government',
  'other',
  'unknown',
] as const;

/** Who received a payment. */
export const PAYEE_KINDS = [
  'recruiter',
  'sub-agent',
  'employer',
  'government',
  'medical-provider',
  'training-provider',
  'travel-provider',
  'lender',
  'other',
  'unknown',
] as const;

/**
 * A cost paid during recruitment or employment: what it was (as written in the record), its amount and
 * date, who paid it and to whom, whether it was later recovered from wages, any receipt, and any
 * reimbursement. `category` is the ILO category when the record states it; otherwise the recruitment
 * package classifies `description`.
 *
 * @example
 * ```ts
 * CostItem.parse({
 *   id: 'C-1', description: 'agency fee', amount: { amountMinor: 15_000_000, currency: 'NPR' },
 *   paidOn: '2026-03-02', paidBy: 'worker', paidTo: { kind: 'recruiter', id: 'REC-1' },
 * });
 * ```
 */
export const CostItem = z.strictObject({
  id: RecordId,
  description: z.string().min(1).max(1000),
  category: CostCategory.optional(),
  amount: NonNegativeMoney,
  paidOn: IsoDate,
  paidBy: z.enum(PAYERS),
  paidTo: z
    .strictObject({ kind: z.enum(PAYEE_KINDS), id: RecordId.optional(), name: z.string().optional() })
    .optional(),
  /** The employer first paid the cost and then deducted it from the worker's wages. */
  recoveredThroughDeductions: z.boolean().default(false),
  receipt: EvidenceRef.optional(),
  /** Money the worker got back for this cost, and when. */
  reimbursed: z.strictObject({ amount: NonNegativeMoney, on: IsoDate }).optional(),
});

/** A recruitment or employment cost. */
export type CostItem = z.output<typeof CostItem>;
