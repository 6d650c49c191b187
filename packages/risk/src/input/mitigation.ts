import { EvidenceRef, IsoDate, RecordId } from '@unforced/core';
import { z } from 'zod';
import { MITIGATION_KINDS } from '../policy/policy-schema.js';

/**
 * A mitigation in place at a supplier: a recent independent audit, an ethically certified recruiter
 * (e.g. IOM IRIS), a working grievance channel, a fee-repayment programme. It counts from `since`
 * (inclusive) until `until` (inclusive, when given); an independent audit counts for the policy's
 * `mitigations.auditValidDays` after `since`. Mitigations lower residual risk but never hide an open
 * critical finding.
 *
 * @example
 * ```ts
 * Mitigation.parse({ id: 'M-1', supplierId: 'SUP-1', kind: 'fee-repayment', since: '2026-09-15' });
 * ```
 */
export const Mitigation = z.strictObject({
  id: RecordId,
  supplierId: RecordId,
  kind: z.enum(MITIGATION_KINDS),
  since: IsoDate,
  until: IsoDate.optional(),
  description: z.string().min(1).optional(),
  evidence: z.array(EvidenceRef).default([]),
});

/** A mitigation, as validated by {@link Mitigation}. */
export type Mitigation = z.output<typeof Mitigation>;

/** A mitigation as callers write it. */
export type MitigationInput = z.input<typeof Mitigation>;

/**
 * A check that was run on a supplier (e.g. `screening` on 2026-11-01), whether or not it found anything.
 * A check that found nothing still adds to the assessment's confidence; one that found something is
 * also known from its findings (the first segment of their codes).
 *
 * @example
 * ```ts
 * CheckRun.parse({ area: 'screening', runOn: '2026-11-01' });
 * ```
 */
export const CheckRun = z.strictObject({
  area: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'an area is a lower-case word such as screening'),
  runOn: IsoDate,
});

/** A check that was run. */
export type CheckRun = z.output<typeof CheckRun>;
