import { DEFAULT_SECTORS } from './default-sectors.js';
import type { RiskPolicy } from './policy-schema.js';

/**
 * The default risk policy, version `2026.1`. Every number is explained, with its source, in
 * docs/methodology.md ("The default policy"); change a number there and here together. Callers can
 * start from it and replace what they need:
 *
 * @example
 * ```ts
 * const strict = parseRiskPolicy({ ...DEFAULT_RISK_POLICY, id: 'acme', version: '1', tiers: { medium: 15, high: 35, critical: 55 } });
 * ```
 */
export const DEFAULT_RISK_POLICY: RiskPolicy = {
  id: 'unforced/default-risk-policy',
  version: '2026.1',
  tiers: { medium: 20, high: 40, critical: 60 },
  inherent: {
    cap: 50,
    tipTier: { 'tier-1': 3, 'tier-2': 9, 'tier-2-watch-list': 13, 'tier-3': 18, unranked: 13 },
    gsi: { pointsPerPrevalence: 1, prevalenceCap: 8, pointsPerVulnerability: 0.05, vulnerabilityCap: 5 },
    subdivisions: [
      {
        code: 'CN-XJ',
        points: 30,
        floorTier: 'critical',
        reason:
          'UFLPA rebuttable presumption: goods mined, produced or manufactured wholly or in part in Xinjiang are presumed made with forced labour',
        standard: { standard: 'UFLPA', clause: 'Sec. 3(a)' },
      },
    ],
    sectors: { unknownPoints: 5, onUnmatched: 'error', table: DEFAULT_SECTORS },
    listedGoods: { forcedLabour: 12, childLabourOnly: 4, derived: 6 },
    uflpaPrioritySector: { inChina: 8, elsewhere: 3 },
    workforce: {
      migrantShare: 10,
      agencyShare: 6,
      seasonal: 3,
      employerProvidedHousing: 4,
      pieceRates: 2,
      unknownProfile: 5,
    },
  },
  evidence: {
    cap: 60,
    severityPoints: { low: 2, medium: 6, high: 15, critical: 30 },
    basisWeight: { observed: 1, inferred: 0.5 },
    halfLifeDays: { finding: 365, audit: 365, grievance: 180 },
    openMinimumWeight: 0.5,
    closedWeight: 0.25,
    repeatWeight: 0.25,
    groupCapMultiple: 3,
    grievanceSeverity: 'medium',
  },
  mitigations: {
    maxReduction: 0.35,
    effects: {
      'independent-audit': 0.1,
      'certified-recruiter': 0.1,
      'grievance-channel': 0.1,
      'fee-repayment': 0.15,
    },
    auditValidDays: 365,
  },
  floors: { openCriticalEvidence: true, minConfidence: 0.8 },
  confidence: {
    audit: 0.4,
    perCheckArea: 0.15,
    maxCheckAreas: 3,
    workerVoice: 0.15,
    workforceProfile: 0.1,
    sectorOrGoods: 0.05,
    medium: 0.4,
    high: 0.7,
  },
  actions: {
    deadlineDays: {
      'unannounced-audit': 30,
      'independent-audit': 90,
      'trace-to-origin': 30,
      'supplier-questionnaire': 60,
      'repay-recruitment-fees': 90,
      'return-identity-documents': 7,
      'pay-withheld-wages': 30,
      'limit-working-hours': 60,
      'investigate-indicator': 60,
      'open-grievance-channel': 90,
      'responsible-exit-review': 180,
    },
    reassessDays: { low: 730, medium: 365, high: 180, critical: 90 },
  },
};
