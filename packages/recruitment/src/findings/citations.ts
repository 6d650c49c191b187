import type { StandardRef } from '@unforced/core';

const FAIR = 'ILO-FAIR-RECRUITMENT-2019';
const DEFINITION = 'Definition of recruitment fees and related costs';

/**
 * The clauses the recruitment rules rest on (see `../shared/STANDARDS.md`), declared once so every
 * finding cites them the same way. Paragraph numbers of the ILO Definition follow `@unforced/core`'s
 * `COST_CATEGORIES`; docs/recruitment.md lists which rule cites which clause.
 *
 * @example
 * ```ts
 * CITATIONS.c095Art9; // { standard: 'ILO-C095', clause: 'Art. 9' }
 * ```
 */
export const CITATIONS = {
  generalPrinciple7: { standard: FAIR, clause: 'General Principle 7' },
  recruitmentFees: { standard: FAIR, clause: `${DEFINITION}, para. 8 (recruitment fees)` },
  relatedCosts: { standard: FAIR, clause: `${DEFINITION}, para. 12 (related costs)` },
  illegitimateCosts: { standard: FAIR, clause: `${DEFINITION}, para. 16 (illegitimate costs)` },
  employerPays: { standard: 'EPP', clause: 'No worker should pay for a job' },
  rbaFees: {
    standard: 'RBA-COC-8.0',
    clause: 'A1 Freely Chosen Employment: no recruitment fees or related fees, even where local law allows',
  },
  rbaDeposits: {
    standard: 'RBA-COC-8.0',
    clause: 'A1 Freely Chosen Employment: no deposits or mandatory savings',
  },
  rbaLoans: { standard: 'RBA-COC-8.0', clause: 'A1 Freely Chosen Employment: worker loans' },
  rbaDocuments: { standard: 'RBA-COC-8.0', clause: 'A1 Freely Chosen Employment: identity documents' },
  rbaContract: {
    standard: 'RBA-COC-8.0',
    clause:
      "A1 Freely Chosen Employment: contract in the worker's language before departure, no substitution",
  },
  rbaFreeToLeave: { standard: 'RBA-COC-8.0', clause: 'A1 Freely Chosen Employment: freedom to leave' },
  rbaWages: { standard: 'RBA-COC-8.0', clause: 'A4 Wages and Benefits' },
  rbaFeeMatrix: { standard: 'RBA-VAP-8.0.2', clause: 'A1 Fees evaluation criteria' },
  rbaRepay90: { standard: 'RBA-VAP-8.0.2', clause: 'A1 Fees: repayment within 90 days' },
  c095Art8: { standard: 'ILO-C095', clause: 'Art. 8' },
  c095Art9: { standard: 'ILO-C095', clause: 'Art. 9' },
  c095Art12: { standard: 'ILO-C095', clause: 'Art. 12' },
  indicatorDeception: { standard: 'ILO-INDICATORS-2012', clause: 'Indicator 2: Deception' },
  indicatorDocuments: {
    standard: 'ILO-INDICATORS-2012',
    clause: 'Indicator 7: Retention of identity documents',
  },
  indicatorWages: { standard: 'ILO-INDICATORS-2012', clause: 'Indicator 8: Withholding of wages' },
  indicatorDebt: { standard: 'ILO-INDICATORS-2012', clause: 'Indicator 9: Debt bondage' },
  methodology: { standard: 'UNFORCED-METHODOLOGY', clause: 'docs/recruitment.md' },
} as const satisfies Record<string, StandardRef>;

/** A named citation in {@link CITATIONS}. */
export type CitationName = keyof typeof CITATIONS;
