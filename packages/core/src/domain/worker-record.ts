import { z } from 'zod';
import { CountryCode } from '../codes/country-code.js';
import { IsoDate } from '../dates/iso-date.js';
import { NonNegativeMoney } from '../money/money.js';
import { addCodedIssue } from '../validation/coded-issue.js';
import { CostItem } from './cost-item.js';
import { DocumentCustody } from './document-custody.js';
import { Loan } from './loan.js';
import { Payslip } from './payslip.js';
import { RecordId } from './record-id.js';

/**
 * Occupation groups that legal fee caps distinguish (e.g. the Philippines bans placement fees for
 * domestic workers and seafarers; Indonesia's zero-cost placement covers care and domestic work).
 */
export const OCCUPATION_CATEGORIES = [
  'domestic-work',
  'caregiving',
  'seafaring',
  'fishing',
  'agriculture',
  'construction',
  'manufacturing',
  'hospitality',
  'cleaning',
  'driving',
  'other',
] as const;

/** A language tag (BCP 47, e.g. `ne`, `bn`, `ms`, `en`). */
const LanguageTag = z
  .string()
  .regex(/^[a-zA-Z]{2,3}(?:-[a-zA-Z0-9]{2,8})*$/, 'a BCP 47 language tag such as "ne" or "en"');

/**
 * The employment contract as the worker received it. `signedBeforeDeparture` and
 * `substitutedOnArrival` test the RBA requirement that a contract in the worker's language is given
 * before departure and not replaced with worse terms on arrival.
 */
export const EmploymentContract = z.strictObject({
  monthlyGrossBaseWage: NonNegativeMoney,
  startDate: IsoDate,
  durationMonths: z.number().int().positive().optional(),
  language: LanguageTag,
  signedBeforeDeparture: z.boolean().optional(),
  substitutedOnArrival: z.boolean().optional(),
  /** When substituted: whether the new terms are worse (lower pay, longer hours, other work). */
  substitutedWithWorseTerms: z.boolean().optional(),
  noticePeriodDays: z.number().int().nonnegative().optional(),
  /** What the worker must pay to leave before the end of the contract or without notice. */
  exitPenalty: NonNegativeMoney.optional(),
});

/** An employment contract. */
export type EmploymentContract = z.output<typeof EmploymentContract>;

/**
 * One worker's recruitment and employment record, pseudonymous: `id` is a code chosen by the caller,
 * never a name or document number, and the schema has no field for either.
 *
 * @example
 * ```ts
 * WorkerRecord.parse({
 *   id: 'W-0193', facilityId: 'FAC-1', originCountry: 'NP', destinationCountry: 'MY',
 *   occupation: 'machine operator', occupationCategory: 'manufacturing', languages: ['ne'],
 *   contract: { monthlyGrossBaseWage: { amountMinor: 170_000, currency: 'MYR' }, startDate: '2026-04-01', language: 'ne' },
 * });
 * ```
 */
export const WorkerRecord = z
  .strictObject({
    id: RecordId,
    facilityId: RecordId,
    supplierId: RecordId.optional(),
    originCountry: CountryCode,
    destinationCountry: CountryCode,
    occupation: z.string().min(1),
    occupationCategory: z.enum(OCCUPATION_CATEGORIES).default('other'),
    /** Languages the worker reads, BCP 47. */
    languages: z.array(LanguageTag).default([]),
    recruiterIds: z.array(RecordId).default([]),
    contract: EmploymentContract,
    costs: z.array(CostItem).default([]),
    loans: z.array(Loan).default([]),
    payslips: z.array(Payslip).default([]),
    documents: z.array(DocumentCustody).default([]),
  })
  .superRefine((worker, ctx) => {
    const seen = new Set<string>();
    for (const [list, items] of [
      ['costs', worker.costs],
      ['loans', worker.loans],
      ['payslips', worker.payslips],
    ] as const) {
      items.forEach((item, index) => {
        const key = `${list}:${item.id}`;
        // Reported on the later item, where the id repeats.
        if (seen.has(key))
          addCodedIssue(ctx, 'DUPLICATE_ID', `${list} has the id "${item.id}" twice`, [list, index, 'id']);
        seen.add(key);
      });
    }
  });

/** A pseudonymous worker record. */
export type WorkerRecord = z.output<typeof WorkerRecord>;
/** A worker record as callers may write it (defaults not yet applied). */
export type WorkerRecordInput = z.input<typeof WorkerRecord>;
