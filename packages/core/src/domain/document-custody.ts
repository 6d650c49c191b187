import { z } from 'zod';
import { IsoDate } from '../dates/iso-date.js';

/** Identity and work documents whose custody matters. */
export const DOCUMENT_KINDS = [
  'passport',
  'national-id',
  'work-permit',
  'visa',
  'residence-permit',
  'bank-card',
  'other',
] as const;

/**
 * Who holds a worker's document, observed on a date. RBA Code 8.0: documents are not held by the
 * employer unless local law requires it, and then with a receipt and access within 12 hours; the
 * document number itself is never recorded here.
 *
 * @example
 * ```ts
 * DocumentCustody.parse({ document: 'passport', heldBy: 'employer', consent: false, observedOn: '2026-10-01' });
 * ```
 */
export const DocumentCustody = z.strictObject({
  document: z.enum(DOCUMENT_KINDS),
  heldBy: z.enum(['worker', 'employer', 'recruiter', 'government', 'other']),
  /** The worker freely agreed, in writing, to safekeeping. */
  consent: z.boolean().optional(),
  /** A receipt was given to the worker. */
  receiptGiven: z.boolean().optional(),
  /** How many hours the worker must wait to get the document back on request. */
  accessWithinHours: z.number().nonnegative().optional(),
  /** Local law requires the employer to hold it (name the law in `legalBasis`). */
  requiredByLaw: z.boolean().optional(),
  legalBasis: z.string().min(1).optional(),
  observedOn: IsoDate,
});

/** Document custody. */
export type DocumentCustody = z.output<typeof DocumentCustody>;
