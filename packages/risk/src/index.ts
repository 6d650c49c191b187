export {
  Assessment,
  CONTRIBUTION_GROUPS,
  Confidence,
  Contribution,
  EVIDENCE_SOURCES,
  EvidenceItemRef,
  IndicatorEvidence,
  MitigationStatus,
  RecommendedAction,
} from './assessment/assessment-schema.js';
export {
  type AssessOptions,
  assessSupplier,
  createRiskModel,
  type RiskModel,
  type RiskModelOptions,
} from './assessment/create-risk-model.js';
export {
  type AssessmentChange,
  type AssessmentComparison,
  CHANGE_KINDS,
  type ChangeKind,
  compareAssessments,
} from './compare/compare-assessments.js';
export { comparePortfolios, type PortfolioComparison } from './compare/compare-portfolios.js';
export { CheckRun, Mitigation, type MitigationInput } from './input/mitigation.js';
export { SupplierEvidence, type SupplierEvidenceInput, Volume } from './input/supplier-evidence.js';
export { RISK_METHODOLOGY } from './methodology.js';
export { DEFAULT_RISK_POLICY } from './policy/default-policy.js';
export { DEFAULT_SECTORS } from './policy/default-sectors.js';
export { parseRiskPolicy } from './policy/parse-risk-policy.js';
export {
  ACTION_IDS,
  type ActionId,
  MITIGATION_KINDS,
  type MitigationKind,
  RISK_TIERS,
  RiskPolicy,
  type RiskPolicyInput,
  RiskTier,
} from './policy/policy-schema.js';
export {
  type AggregateRow,
  aggregatePortfolio,
  type IndicatorAggregateRow,
  type PortfolioAggregates,
} from './portfolio/aggregate-portfolio.js';
export {
  assessPortfolio,
  type PortfolioAssessment,
  type PortfolioError,
} from './portfolio/assess-portfolio.js';
export {
  AttributedFinding,
  type EvidenceRecordError,
  type FlatEvidence,
  groupEvidence,
} from './portfolio/group-evidence.js';
export {
  type PortfolioRanking,
  type RankBy,
  type RankedSupplier,
  type RankOptions,
  rankPortfolio,
} from './portfolio/rank-portfolio.js';
