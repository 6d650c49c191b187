import { z } from 'zod';
import { CountryCode } from '../codes/country-code.js';
import { IsoDate } from '../dates/iso-date.js';
import { RecordId } from './record-id.js';

/** Where a recruiter sits in the recruitment chain. */
export const RECRUITER_ROLES = [
  'origin-agency',
  'destination-agency',
  'sub-agent',
  'labour-contractor',
  'employer',
] as const;

/**
 * A recruitment agency, sub-agent or labour contractor. Recruiters are usually facilitators: under the
 * Employer Pays Principle the employer remains responsible for fees they charged.
 *
 * @example
 * ```ts
 * Recruiter.parse({ id: 'REC-1', name: 'Himal Manpower', country: 'NP', role: 'origin-agency', licenceNumber: '123/065/66' });
 * ```
 */
export const Recruiter = z.strictObject({
  id: RecordId,
  name: z.string().min(1).max(500),
  country: CountryCode,
  role: z.enum(RECRUITER_ROLES),
  licenceNumber: z.string().min(1).optional(),
  /** An ethical-recruitment certification (e.g. IOM IRIS) and until when it is valid. */
  certification: z.strictObject({ scheme: z.string().min(1), validUntil: IsoDate }).optional(),
});

/** A recruiter. */
export type Recruiter = z.output<typeof Recruiter>;
