/**
 * The methodology (rule set) behind every finding of `@unforced/recruitment`, named in each finding's
 * provenance. The version changes whenever a rule, threshold or severity mapping changes, so results can
 * be compared over time and reproduced.
 *
 * @example
 * ```ts
 * RECRUITMENT_METHODOLOGY.id; // 'unforced/recruitment'
 * ```
 */
export const RECRUITMENT_METHODOLOGY = { id: 'unforced/recruitment', version: '0.1.0' } as const;

/**
 * Days from `asOf` within which each kind of remediation is due. Fees and unlawful deductions: 90 days
 * (RBA VAP 8.0.2: fees found must be repaid within 90 days). The other periods are Unforced's choices,
 * documented in docs/recruitment.md: documents back at once (7 days to organise), withheld wages within
 * the month RBA allows for late pay, contract and loan terms fixed within the 90-day repayment window.
 *
 * @example
 * ```ts
 * REMEDIATION_DAYS.repay; // 90
 * ```
 */
export const REMEDIATION_DAYS = {
  repay: 90,
  documents: 7,
  wages: 30,
  contract: 90,
  loan: 90,
  review: 30,
} as const;

/** A kind of remediation period in {@link REMEDIATION_DAYS}. */
export type RemediationPeriod = keyof typeof REMEDIATION_DAYS;
