export { Disclosure, MethodologyRef, ReportMeta, RiskScore, RiskTier, Share } from './model/common.js';
