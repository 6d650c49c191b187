export {
  type AssessedCost,
  type AssessedWorker,
  assessWorker,
  type WorkerAssessment,
} from './assess-worker.js';
export {
  checkParsedWorkers,
  checkRecruitment,
  type RecruitmentError,
  type RecruitmentReport,
  type RecruitmentSink,
} from './check-recruitment.js';
export type { FeeBurden } from './checks/fee-burden.js';
export {
  type CostClassification,
  type CostGroup,
  classifyCost,
  createCostClassifier,
  matchCostKeyword,
} from './classify/classify-cost.js';
export { COST_KEYWORDS, type CostKeyword, type KeywordRank } from './classify/cost-keywords.js';
export { editDistance, normaliseDescription } from './classify/normalise-description.js';
export type {
  AssessedFacility,
  FacilityAssessment,
  FacilityRemediation,
} from './facility/assess-facility.js';
export { CITATIONS, type CitationName } from './findings/citations.js';
export { RECRUITMENT_FINDING_CODES, type RecruitmentFindingCode } from './findings/finding-codes.js';
export { type CellReader, createCellReader } from './input/csv/csv-cells.js';
export {
  CSV_COLUMNS,
  CSV_FILES,
  type CsvColumn,
  type CsvFile,
  columnForField,
} from './input/csv/csv-columns.js';
export {
  type ParseWorkersCsvOptions,
  parseWorkersCsv,
  type WorkerCsvFiles,
} from './input/csv/parse-workers-csv.js';
export {
  type ParsedWorker,
  type ParsedWorkers,
  parseWorkers,
  parseWorkersJson,
  type RecordError,
} from './input/parsed-workers.js';
export { recordIssues } from './input/record-checks.js';
export { type LoanSimulation, SIMULATION_HORIZON_MONTHS } from './loans/simulate-loan.js';
export { RECRUITMENT_METHODOLOGY, REMEDIATION_DAYS, type RemediationPeriod } from './methodology.js';
export {
  CorridorCostEstimate,
  type FeeCapSource,
  RecruitmentOptions,
  type RecruitmentOptionsInput,
} from './options.js';
export { type FeeMatrixColumn, type FeeMatrixRating, rateFeeMatrix } from './rba/facility-fee-rating.js';
export {
  FEE_BANDS,
  FEE_SCENARIOS,
  type FeeBand,
  type FeeScenario,
  feeBandOf,
  feeMatrixGrade,
  scenario1Row,
  scenario2Row,
} from './rba/fee-matrix.js';
export type { RemediationItem, WorkerRemediation } from './remediation/worker-remediation.js';
