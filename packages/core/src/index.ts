export {
  type ParsedRows,
  type ParseRowsOptions,
  parseRows,
  type RowError,
  type ValidRow,
} from './batch/parse-rows.js';
export { CountryCode, isCountryCode, USER_ASSIGNED_COUNTRY_CODES } from './codes/country-code.js';
export { CurrencyCode, isCurrencyCode, minorUnitExponent } from './codes/currency-code.js';
export { countryOfSubdivision, SubdivisionCode } from './codes/subdivision-code.js';
export {
  AsOf,
  addDaysIso,
  addMonthsIso,
  compareIsoDates,
  daysBetween,
  IsoDate,
  isIsoDate,
  notAfter,
  parseIsoDate,
} from './dates/iso-date.js';
export { IsoDateTime, isIsoDateTime } from './dates/iso-date-time.js';
export { AuditFinding } from './domain/audit-finding.js';
export {
  COST_CATEGORIES,
  CostCategory,
  costCategoryGroup,
  ILLEGITIMATE_COST_CATEGORIES,
  RELATED_COST_CATEGORIES,
} from './domain/cost-category.js';
export { CostItem, PAYEE_KINDS, PAYERS } from './domain/cost-item.js';
export { DOCUMENT_KINDS, DocumentCustody } from './domain/document-custody.js';
export { Facility } from './domain/facility.js';
export { Grievance } from './domain/grievance.js';
export { Loan } from './domain/loan.js';
export { DEDUCTION_KINDS, Deduction, Payslip } from './domain/payslip.js';
export { RecordId } from './domain/record-id.js';
export { RECRUITER_ROLES, Recruiter } from './domain/recruiter.js';
export {
  OrganisationIdentifiers,
  Supplier,
  type SupplierInput,
  WorkforceProfile,
} from './domain/supplier.js';
export {
  EmploymentContract,
  OCCUPATION_CATEGORIES,
  WorkerRecord,
  type WorkerRecordInput,
} from './domain/worker-record.js';
export { ERROR_CODES, type ErrorCode, isErrorCode } from './errors/error-codes.js';
export {
  errorFromIssues,
  formatPath,
  type IssuePath,
  isUnforcedError,
  toUnforcedError,
  UnforcedError,
  type UnforcedErrorOptions,
  type UnforcedIssue,
} from './errors/unforced-error.js';
export { DUE_DILIGENCE_STEPS, DueDiligenceStep } from './findings/due-diligence-step.js';
export { EVIDENCE_KINDS, EvidenceRef } from './findings/evidence-ref.js';
export {
  Finding,
  FindingBasis,
  type FindingInput,
  FindingSubject,
  MetricValue,
  Remediation,
  SUBJECT_KINDS,
} from './findings/finding.js';
export { DataEditionRef, Provenance } from './findings/provenance.js';
export {
  compareSeverity,
  isAtLeast,
  maxSeverity,
  RBA_GRADES,
  RbaGrade,
  rbaGradeFromSeverity,
  SEVERITIES,
  Severity,
  severityFromRbaGrade,
  severityRank,
} from './findings/severity.js';
export { STANDARDS, type StandardId, StandardRef } from './findings/standards.js';
export { ISO_3166_1_ALPHA2, ISO_4217_CURRENCIES, ISO_CODES_SOURCE } from './generated/iso-codes.js';
export { Gln, gs1CheckDigit, parseGln } from './identifiers/gln.js';
export { Lei, mod97, parseLei } from './identifiers/lei.js';
export { OsId, osIdCheckCharacter, parseOsId } from './identifiers/os-id.js';
export {
  ILO_INDICATOR_IDS,
  ILO_INDICATORS,
  ILO_INDICATORS_SOURCE,
  IloIndicator,
  type IloIndicatorInfo,
  iloIndicatorInfo,
} from './ilo/ilo-indicators.js';
export {
  addMoney,
  compareMoney,
  compareMoneyRatio,
  isNegativeMoney,
  isZeroMoney,
  moneyRatio,
  negateMoney,
  type Ratio,
  scaleMoney,
  subtractMoney,
  sumMoney,
} from './money/arithmetic.js';
export { DecimalString, isZeroRatio, parseDecimalRatio } from './money/decimal-ratio.js';
export { type DecimalSeparators, separatorsForLocale } from './money/decimal-separators.js';
export { formatMoney, toDecimalString } from './money/format-money.js';
export { type Conversion, type ConvertMoneyOptions, convertMoney, FxRate } from './money/fx-rate.js';
export { createMoney, Money, moneyFromBigInt, NonNegativeMoney } from './money/money.js';
export { type ParseMoneyOptions, parseMoney } from './money/parse-money.js';
export { divideRounded, type RoundingMode } from './money/rounding.js';
export { addCodedIssue } from './validation/coded-issue.js';
export { validate } from './validation/validate.js';
export { issuesFromZod } from './validation/zod-issues.js';
