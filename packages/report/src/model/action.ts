import { DueDiligenceStep, IsoDate, Money, Severity } from '@unforced/core';
import { z } from 'zod';

/**
 * A recommended action with its deadline: what to do, by when, at which due-diligence step, how urgent,
 * and which findings it answers. Remediation is preferred over disengagement; when an action is an exit,
 * `responsibleExitNote` says how to leave without harming the workers.
 *
 * @example
 * ```ts
 * ReportAction.parse({
 *   action: 'Repay recruitment fees to 14 workers',
 *   dueDate: '2027-02-20',
 *   step: 'remediate',
 *   priority: 'critical',
 *   findingCodes: ['recruitment.fee.borne-by-worker'],
 * });
 * ```
 */
export const ReportAction = z.strictObject({
  action: z.string().min(1),
  dueDate: IsoDate,
  step: DueDiligenceStep,
  priority: Severity,
  /** The supplier the action concerns, in portfolio reports. */
  supplierId: z.string().min(1).optional(),
  owner: z.string().min(1).optional(),
  amount: Money.optional(),
  findingCodes: z.array(z.string().min(1)).default([]),
  responsibleExitNote: z.string().min(1).optional(),
});

/** A recommended action. */
export type ReportAction = z.output<typeof ReportAction>;
