import { describe, expect, it } from 'vitest';
import { DEFAULT_RISK_POLICY } from './default-policy.js';
import { parseRiskPolicy } from './parse-risk-policy.js';

const issuesOf = (input: unknown) =>
  parseRiskPolicy(input)
    ._unsafeUnwrapErr()
    .issues.map((i) => [i.code, i.path.join('.')]);

describe('parseRiskPolicy', () => {
  it('accepts the default policy and a caller variant', () => {
    expect(parseRiskPolicy(DEFAULT_RISK_POLICY)._unsafeUnwrap()).toEqual(DEFAULT_RISK_POLICY);
    expect(parseRiskPolicy({ ...DEFAULT_RISK_POLICY, id: 'acme', version: '1' }).isOk()).toBe(true);
  });

  it('refuses weights out of range with the path of each', () => {
    const policy = {
      ...DEFAULT_RISK_POLICY,
      evidence: {
        ...DEFAULT_RISK_POLICY.evidence,
        severityPoints: { low: 2, medium: 6, high: -1, critical: 130 },
      },
      mitigations: { ...DEFAULT_RISK_POLICY.mitigations, maxReduction: 1.5 },
    };
    const error = parseRiskPolicy(policy)._unsafeUnwrapErr();
    expect(error.code).toBe('INVALID_POLICY');
    expect(issuesOf(policy)).toEqual([
      ['OUT_OF_RANGE', 'evidence.severityPoints.high'],
      ['OUT_OF_RANGE', 'evidence.severityPoints.critical'],
      ['OUT_OF_RANGE', 'mitigations.maxReduction'],
    ]);
  });

  it('refuses missing and unknown keys', () => {
    const { halfLifeDays: _dropped, ...evidence } = DEFAULT_RISK_POLICY.evidence;
    expect(issuesOf({ ...DEFAULT_RISK_POLICY, evidence })).toEqual([['REQUIRED', 'evidence.halfLifeDays']]);
    const { version: _version, ...noVersion } = DEFAULT_RISK_POLICY;
    expect(issuesOf(noVersion)).toEqual([['REQUIRED', 'version']]);
    expect(issuesOf({ ...DEFAULT_RISK_POLICY, weights: {} })).toEqual([['UNKNOWN_FIELD', 'weights']]);
  });

  it('refuses thresholds out of order, duplicate sectors and bad keywords', () => {
    expect(issuesOf({ ...DEFAULT_RISK_POLICY, tiers: { medium: 50, high: 40, critical: 60 } })).toEqual([
      ['OUT_OF_RANGE', 'tiers'],
    ]);
    const first = DEFAULT_RISK_POLICY.inherent.sectors.table[0];
    const twice = {
      ...DEFAULT_RISK_POLICY,
      inherent: {
        ...DEFAULT_RISK_POLICY.inherent,
        sectors: { ...DEFAULT_RISK_POLICY.inherent.sectors, table: [first, first] },
      },
    };
    expect(issuesOf(twice)).toEqual([['DUPLICATE_ID', 'inherent.sectors.table.1.id']]);
    const badKeyword = {
      ...DEFAULT_RISK_POLICY,
      inherent: {
        ...DEFAULT_RISK_POLICY.inherent,
        sectors: {
          ...DEFAULT_RISK_POLICY.inherent.sectors,
          table: [{ id: 'x', label: 'X', points: 1, keywords: ['Tea'] }],
        },
      },
    };
    expect(issuesOf(badKeyword)).toEqual([['INVALID_FORMAT', 'inherent.sectors.table.0.keywords.0']]);
  });
});
