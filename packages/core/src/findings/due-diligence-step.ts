import { z } from 'zod';

/**
 * The due-diligence steps a recommended action serves, after the EU CSDDD (Directive 2024/1760,
 * Arts. 7–16) and the OECD Due Diligence Guidance: identify and assess, prevent and mitigate, bring to
 * an end, remediate, engage stakeholders, handle complaints, monitor, communicate.
 */
export const DUE_DILIGENCE_STEPS = [
  'identify',
  'prevent',
  'bring-to-end',
  'remediate',
  'engage',
  'complaints',
  'monitor',
  'communicate',
] as const;

/**
 * One CSDDD due-diligence step.
 *
 * @example
 * ```ts
 * DueDiligenceStep.parse('remediate');
 * ```
 */
export const DueDiligenceStep = z.enum(DUE_DILIGENCE_STEPS);

/** One CSDDD due-diligence step. */
export type DueDiligenceStep = z.infer<typeof DueDiligenceStep>;
