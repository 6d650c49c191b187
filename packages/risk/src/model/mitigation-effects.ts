import type { MitigationStatus } from '../assessment/assessment-schema.js';
import type { Mitigation } from '../input/mitigation.js';
import { dayNumber } from '../internal/civil-days.js';
import { MITIGATION_KINDS, type MitigationKind, type RiskPolicy } from '../policy/policy-schema.js';

/** The mitigations in force on `asOf` and the share of the score they take off together. */
export interface MitigationEffects {
  readonly statuses: MitigationStatus[];
  /** Active kinds, in the fixed kind order, with their policy effect. */
  readonly active: ReadonlyArray<{
    readonly kind: MitigationKind;
    readonly effect: number;
    readonly id: string;
  }>;
  /** The product of (1 − effect) over active kinds, floored at 1 − maxReduction. */
  readonly keep: number;
}

function statusOf(policy: RiskPolicy, m: Mitigation, asOfDay: number): MitigationStatus['status'] {
  const since = dayNumber(m.since);
  if (since > asOfDay) return 'not-yet-in-effect';
  if (m.until !== undefined && dayNumber(m.until) < asOfDay) return 'expired';
  if (m.kind === 'independent-audit' && asOfDay - since > policy.mitigations.auditValidDays) return 'expired';
  return 'active';
}

/**
 * Which mitigations are in force on `asOf` (one per kind counts: the most recent), and the multiplier
 * they leave on the score: `Π (1 − effect)` over the active kinds, but never below
 * `1 − maxReduction`. More mitigations can only lower the multiplier.
 *
 * @example
 * ```ts
 * mitigationEffects(DEFAULT_RISK_POLICY, mitigations, dayNumber('2026-11-22')).keep; // 0.765 for audit + fee repayment
 * ```
 */
export function mitigationEffects(
  policy: RiskPolicy,
  mitigations: readonly Mitigation[],
  asOfDay: number,
): MitigationEffects {
  if (mitigations.length === 0) return { statuses: [], active: [], keep: 1 };
  const sorted = [...mitigations].sort((a, b) =>
    a.kind !== b.kind
      ? a.kind < b.kind
        ? -1
        : 1
      : a.since !== b.since
        ? a.since > b.since
          ? -1
          : 1
        : a.id < b.id
          ? -1
          : a.id > b.id
            ? 1
            : 0,
  );
  const chosen = new Map<MitigationKind, Mitigation>();
  const statuses: MitigationStatus[] = sorted.map((m) => {
    let status = statusOf(policy, m, asOfDay);
    if (status === 'active') {
      if (chosen.has(m.kind)) status = 'superseded';
      else chosen.set(m.kind, m);
    }
    return {
      id: m.id,
      kind: m.kind,
      since: m.since,
      until: m.until ?? null,
      status,
      effect: status === 'active' ? policy.mitigations.effects[m.kind] : 0,
    };
  });
  const active: Array<{ kind: MitigationKind; effect: number; id: string }> = [];
  let product = 1;
  for (const kind of MITIGATION_KINDS) {
    const m = chosen.get(kind);
    if (m === undefined) continue;
    const effect = policy.mitigations.effects[kind];
    active.push({ kind, effect, id: m.id });
    product *= 1 - effect;
  }
  return { statuses, active, keep: Math.max(1 - policy.mitigations.maxReduction, product) };
}
