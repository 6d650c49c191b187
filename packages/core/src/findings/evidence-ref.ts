import { z } from 'zod';
import { addCodedIssue } from '../validation/coded-issue.js';

/** Kinds of evidence a finding can point to. */
export const EVIDENCE_KINDS = [
  'document',
  'contract',
  'receipt',
  'payslip',
  'bank-record',
  'interview',
  'photo',
  'audit-report',
  'grievance',
  'trace-event',
  'dataset',
  'other',
] as const;

/**
 * A reference to a piece of evidence held elsewhere: its id, the SHA-256 of its bytes (lower-case hex)
 * so a reader can prove the file is the one cited, and its kind. The evidence itself never travels
 * inside a finding.
 *
 * @example
 * ```ts
 * EvidenceRef.parse({ id: 'receipt-0042', kind: 'receipt', sha256: 'e3b0c442…b855' });
 * ```
 */
export const EvidenceRef = z.strictObject({
  id: z.string().min(1),
  kind: z.enum(EVIDENCE_KINDS),
  sha256: z.string().superRefine((value, ctx) => {
    if (!/^[0-9a-f]{64}$/.test(value))
      addCodedIssue(ctx, 'INVALID_FORMAT', 'sha256 must be 64 lower-case hexadecimal characters');
  }),
  uri: z.string().min(1).optional(),
  description: z.string().optional(),
});

/** A reference to evidence: id, SHA-256 and kind. */
export type EvidenceRef = z.infer<typeof EvidenceRef>;
