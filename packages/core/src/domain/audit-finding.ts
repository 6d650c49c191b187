import { z } from 'zod';
import { IsoDate } from '../dates/iso-date.js';
import { RbaGrade } from '../findings/severity.js';
import { IloIndicator } from '../ilo/ilo-indicators.js';
import { RecordId } from './record-id.js';

/**
 * A non-conformance from an external social audit (RBA VAP, SMETA, SA8000, amfori BSCI…): the
 * standard, clause and grade as the audit report gives them, mapped to the RBA grade scale, and the ILO
 * indicators it evidences when known.
 *
 * @example
 * ```ts
 * AuditFinding.parse({
 *   id: 'AF-1', supplierId: 'SUP-1', standard: 'RBA VAP 8.0.2', clause: 'A1', grade: 'priority',
 *   description: 'Workers paid recruitment fees not repaid', auditDate: '2026-06-10', status: 'open',
 *   indicators: ['debt-bondage'],
 * });
 * ```
 */
export const AuditFinding = z.strictObject({
  id: RecordId,
  supplierId: RecordId,
  facilityId: RecordId.optional(),
  standard: z.string().min(1),
  clause: z.string().min(1),
  grade: RbaGrade,
  /** The grade as written in the audit report, if it used another scale. */
  gradeAsReported: z.string().min(1).optional(),
  description: z.string().min(1),
  indicators: z.array(IloIndicator).default([]),
  auditDate: IsoDate,
  auditor: z.string().min(1).optional(),
  /** Whether the audit was announced, semi-announced or unannounced. */
  announcement: z.enum(['announced', 'semi-announced', 'unannounced']).optional(),
  status: z.enum(['open', 'closed']),
  closedOn: IsoDate.optional(),
});

/** An external audit non-conformance. */
export type AuditFinding = z.output<typeof AuditFinding>;
