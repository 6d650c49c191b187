import { z } from 'zod';
import { IsoDate } from '../dates/iso-date.js';
import { IloIndicator } from '../ilo/ilo-indicators.js';
import { RecordId } from './record-id.js';

/**
 * A grievance raised through a worker-voice channel (hotline, app, union, NGO). Complainants are never
 * named; `anonymous` records whether the channel even knows who they are.
 *
 * @example
 * ```ts
 * Grievance.parse({
 *   id: 'G-1', supplierId: 'SUP-1', receivedOn: '2026-09-02', channel: 'hotline',
 *   summary: 'Passports kept by HR', indicators: ['retention-of-identity-documents'], status: 'open', anonymous: true,
 * });
 * ```
 */
export const Grievance = z.strictObject({
  id: RecordId,
  supplierId: RecordId,
  facilityId: RecordId.optional(),
  receivedOn: IsoDate,
  channel: z.string().min(1),
  summary: z.string().min(1),
  indicators: z.array(IloIndicator).default([]),
  status: z.enum(['open', 'in-progress', 'resolved', 'dismissed']),
  resolvedOn: IsoDate.optional(),
  anonymous: z.boolean().default(true),
});

/** A worker grievance. */
export type Grievance = z.output<typeof Grievance>;
