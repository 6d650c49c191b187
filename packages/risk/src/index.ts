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
