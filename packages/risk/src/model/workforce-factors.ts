import type { IloIndicator, WorkforceProfile } from '@unforced/core';
import type { RiskPolicy } from '../policy/policy-schema.js';
import { EMPTY, type FactorDraft } from './factor-draft.js';

function factor(
  id: string,
  label: string,
  raw: number,
  detail: string,
  indicators: readonly IloIndicator[],
): FactorDraft {
  return {
    factor: `inherent:workforce-${id}`,
    group: 'inherent',
    label,
    basis: 'inferred',
    raw,
    detail,
    indicators,
    evidence: EMPTY,
    dataEditions: EMPTY,
    standards: EMPTY,
  };
}

const percent = (share: number) => `${Math.round(share * 1000) / 10}%`;

// Shared, frozen: assessments are immutable data, and a million of them should not each copy these.
const MIGRANT: readonly IloIndicator[] = Object.freeze([
  'abuse-of-vulnerability',
  'debt-bondage',
  'retention-of-identity-documents',
] as const);
const AGENCY: readonly IloIndicator[] = Object.freeze(['deception', 'withholding-of-wages'] as const);
const SEASONAL: readonly IloIndicator[] = Object.freeze(['excessive-overtime'] as const);
const HOUSING: readonly IloIndicator[] = Object.freeze([
  'restriction-of-movement',
  'isolation',
  'abusive-working-and-living-conditions',
] as const);
const PIECE_RATES: readonly IloIndicator[] = Object.freeze([
  'excessive-overtime',
  'withholding-of-wages',
] as const);

/**
 * Whether a workforce profile says anything the model reads: a migrant or agency share, seasonal work,
 * employer-provided housing or piece rates (a bare worker count does not make it known).
 *
 * @example
 * ```ts
 * workforceKnown({ workers: 120 }); // false
 * ```
 */
export function workforceKnown(workforce: WorkforceProfile): boolean {
  return (
    workforce.migrantShare !== undefined ||
    workforce.agencyShare !== undefined ||
    workforce.seasonal !== undefined ||
    workforce.employerProvidedHousing !== undefined ||
    workforce.pieceRates !== undefined
  );
}

/**
 * The workforce-profile factors of inherent risk: migrant and agency shares (scaled by the share),
 * seasonal work, employer-provided housing and piece rates; or, when none of them is known, the
 * policy's `unknownProfile` points (unknown is not safe). The indicators named are those such work is
 * associated with (ILO 2012), listed as context, not as evidence.
 *
 * @example
 * ```ts
 * workforceFactors(DEFAULT_RISK_POLICY, { migrantShare: 0.7, employerProvidedHousing: true });
 * ```
 */
export function workforceFactors(policy: RiskPolicy, workforce: WorkforceProfile | undefined): FactorDraft[] {
  const w = policy.inherent.workforce;
  const out: FactorDraft[] = [];
  if (workforce === undefined || !workforceKnown(workforce))
    return [
      factor(
        'unknown',
        'Workforce: profile unknown',
        w.unknownProfile,
        'no workforce profile given (unknown, not safe)',
        EMPTY,
      ),
    ];
  if (workforce.migrantShare !== undefined && workforce.migrantShare > 0)
    out.push(
      factor(
        'migrant',
        'Workforce: migrant workers',
        w.migrantShare * workforce.migrantShare,
        `${percent(workforce.migrantShare)} of workers are migrants`,
        MIGRANT,
      ),
    );
  if (workforce.agencyShare !== undefined && workforce.agencyShare > 0)
    out.push(
      factor(
        'agency',
        'Workforce: agency or contract labour',
        w.agencyShare * workforce.agencyShare,
        `${percent(workforce.agencyShare)} of workers are agency or contract labour`,
        AGENCY,
      ),
    );
  if (workforce.seasonal === true)
    out.push(factor('seasonal', 'Workforce: seasonal work', w.seasonal, 'seasonal work', SEASONAL));
  if (workforce.employerProvidedHousing === true)
    out.push(
      factor(
        'housing',
        'Workforce: employer-provided housing',
        w.employerProvidedHousing,
        'workers live in housing the employer provides',
        HOUSING,
      ),
    );
  if (workforce.pieceRates === true)
    out.push(
      factor(
        'piece-rates',
        'Workforce: piece rates',
        w.pieceRates,
        'workers are paid piece rates',
        PIECE_RATES,
      ),
    );
  return out;
}
