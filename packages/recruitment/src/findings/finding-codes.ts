/**
 * Every finding code `@unforced/recruitment` emits, with what it means. Codes are stable: a code is never
 * reused for another rule. docs/recruitment.md lists each one with its clause and severity (a test keeps
 * the two in step).
 *
 * @example
 * ```ts
 * RECRUITMENT_FINDING_CODES['recruitment.epp.fee-borne-by-worker'];
 * ```
 */
export const RECRUITMENT_FINDING_CODES = {
  'recruitment.cost.unclassified':
    'A cost could not be placed in an ILO category from its description; a person must review it.',
  'recruitment.cost.payer-unknown':
    'A recruitment fee or related cost was paid, but the record does not say by whom.',
  'recruitment.epp.fee-borne-by-worker': 'The worker bore a recruitment fee (paid it or had it deducted).',
  'recruitment.epp.related-cost-borne-by-worker':
    'The worker bore a related cost of recruitment (medical, insurance, tests, training, equipment, travel, documents).',
  'recruitment.epp.illegitimate-cost':
    'The worker paid a cost that is never legitimate (bribe, kickback, deposit, bond, collateral…).',
  'recruitment.epp.fee-deducted-from-wages':
    'Payslips show recruitment-fee deductions beyond the costs recorded as recovered from wages.',
  'recruitment.legal-cap.exceeded':
    "The worker was charged more than a legal cap of the corridor's origin country.",
  'recruitment.legal-cap.employer-pays-item-charged':
    'The worker paid for an item that the legal rule of the corridor puts on the employer (e.g. visa, air ticket).',
  'recruitment.fee-burden.months-of-wage':
    "The fees and related costs the worker bore, as months of the contract's gross base wage.",
  'recruitment.rba.fee-rating.not-repaid':
    'RBA VAP fee rating of a facility for fees not repaid within 90 days (scenario 1).',
  'recruitment.rba.fee-rating.repaid':
    'RBA VAP fee rating of a facility for fees repaid within 90 days (scenario 2).',
  'recruitment.loan.principal-over-limit':
    "A loan or advance is above 60% of a month's gross base wage (education: 120%).",
  'recruitment.loan.repayment-over-limit': "Loan repayments take more than 10% of a month's gross base wage.",
  'recruitment.loan.term-over-limit': 'A loan takes more than 6 months to repay (education: 12).',
  'recruitment.loan.interest-or-fees-charged': 'A worker loan carries interest or fees.',
  'recruitment.loan.no-schedule': 'A loan has no repayment schedule and no observed repayments.',
  'recruitment.loan.debt-grows': 'A debt grows, or is never repaid on its terms: induced or inflated debt.',
  'recruitment.loan.overpaid': 'More was deducted for a loan than the debt amounted to (inflated debt).',
  'recruitment.debt.bondage-indicator':
    'A debt owed to the employer or recruiter shows ILO indicator 9 (debt bondage).',
  'recruitment.wage.withheld': 'A payslip was not paid more than a month after its pay period ended.',
  'recruitment.wage.paid-late': 'A payslip was paid more than a month after its pay period ended.',
  'recruitment.wage.deduction-to-obtain-employment':
    'Wages were deducted to pay for getting or keeping the job (recruitment fees or recruitment debt).',
  'recruitment.wage.disciplinary-deduction': 'Wages were deducted as a disciplinary measure.',
  'recruitment.wage.deposit-or-mandatory-savings': 'Wages were deducted as a deposit or mandatory savings.',
  'recruitment.wage.equipment-deduction': 'Wages were deducted for equipment, tools or uniforms.',
  'recruitment.wage.deduction-without-lawful-basis':
    'A deduction states no basis in law, collective agreement or arbitration award.',
  'recruitment.wage.low-net-share':
    'Deductions took more than the threshold share of gross pay on a payslip.',
  'recruitment.documents.held-without-consent':
    "An identity document is held by the employer or a recruiter without the worker's consent.",
  'recruitment.documents.access-over-12-hours':
    'A held document cannot be had back within 12 hours, or the access time is not recorded.',
  'recruitment.documents.no-receipt':
    'A document held because the law requires it was taken without a receipt.',
  'recruitment.documents.retained-at-facility':
    "Share of a facility's sampled workers whose identity documents are retained.",
  'recruitment.contract.not-in-worker-language': 'The contract is not in a language the worker reads.',
  'recruitment.contract.not-signed-before-departure': 'The contract was not signed before departure.',
  'recruitment.contract.substituted-with-worse-terms':
    'The contract was replaced on arrival with worse terms (deception).',
  'recruitment.contract.substitution-unclear':
    'The contract was replaced on arrival and the record does not say whether the terms are worse.',
  'recruitment.contract.notice-over-one-month': 'The notice period to resign is longer than one month.',
  'recruitment.contract.exit-penalty-over-limit':
    "The penalty for leaving exceeds 60% of a month's wage (above 3 months' wage: severe).",
  'recruitment.remediation.repay-worker':
    'What the employer owes the worker: fees and costs borne, unlawful deductions; due in 90 days.',
  'recruitment.remediation.estimated-costs':
    "No cost records for the worker: the corridor's typical costs are used as an estimate (inferred).",
  'recruitment.remediation.facility-total': 'What the employer owes the sampled workers of a facility.',
} as const;

/** A finding code of `@unforced/recruitment`. */
export type RecruitmentFindingCode = keyof typeof RECRUITMENT_FINDING_CODES;
