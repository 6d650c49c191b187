import type { RiskPolicy, RiskTier } from '../policy/policy-schema.js';

/**
 * The tier of a score given in tenths of a point: at or above a threshold, the tier starts.
 *
 * @example
 * ```ts
 * tierOfTenths(DEFAULT_RISK_POLICY, 530); // 'high' (53.0 ≥ 40, < 60)
 * ```
 */
export function tierOfTenths(policy: RiskPolicy, tenths: number): RiskTier {
  const { medium, high, critical } = policy.tiers;
  if (tenths >= Math.round(critical * 10)) return 'critical';
  if (tenths >= Math.round(high * 10)) return 'high';
  if (tenths >= Math.round(medium * 10)) return 'medium';
  return 'low';
}

/**
 * The rank of a tier, 0 (low) to 3 (critical).
 *
 * @example
 * ```ts
 * tierRank('critical') > tierRank('high'); // true
 * ```
 */
export function tierRank(tier: RiskTier): number {
  return tier === 'critical' ? 3 : tier === 'high' ? 2 : tier === 'medium' ? 1 : 0;
}
