import type { IloIndicator, WorkforceProfile } from '@unforced/core';
import type { RiskPolicy } from '../policy/policy-schema.js';
import type { FactorDraft } from './factor-draft.js';

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
    evidence: [],
    dataEditions: [],
    standards: [],
  };
}

const percent = (share: number) => `${Math.round(share * 1000) / 10}%`;

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
  const known =
    workforce !== undefined &&
    (workforce.migrantShare !== undefined ||
      workforce.agencyShare !== undefined ||
      workforce.seasonal !== undefined ||
      workforce.employerProvidedHousing !== undefined ||
      workforce.pieceRates !== undefined);
  if (!known || workforce === undefined)
    return [
      factor(
        'unknown',
        'Workforce: profile unknown',
        w.unknownProfile,
        'no workforce profile given (unknown, not safe)',
        [],
      ),
    ];
  if (workforce.migrantShare !== undefined && workforce.migrantShare > 0)
    out.push(
      factor(
        'migrant',
        'Workforce: migrant workers',
        w.migrantShare * workforce.migrantShare,
        `${percent(workforce.migrantShare)} of workers are migrants`,
        ['abuse-of-vulnerability', 'debt-bondage', 'retention-of-identity-documents'],
      ),
    );
  if (workforce.agencyShare !== undefined && workforce.agencyShare > 0)
    out.push(
      factor(
        'agency',
        'Workforce: agency or contract labour',
        w.agencyShare * workforce.agencyShare,
        `${percent(workforce.agencyShare)} of workers are agency or contract labour`,
        ['deception', 'withholding-of-wages'],
      ),
    );
  if (workforce.seasonal === true)
    out.push(
      factor('seasonal', 'Workforce: seasonal work', w.seasonal, 'seasonal work', ['excessive-overtime']),
    );
  if (workforce.employerProvidedHousing === true)
    out.push(
      factor(
        'housing',
        'Workforce: employer-provided housing',
        w.employerProvidedHousing,
        'workers live in housing the employer provides',
        ['restriction-of-movement', 'isolation', 'abusive-working-and-living-conditions'],
      ),
    );
  if (workforce.pieceRates === true)
    out.push(
      factor('piece-rates', 'Workforce: piece rates', w.pieceRates, 'workers are paid piece rates', [
        'excessive-overtime',
        'withholding-of-wages',
      ]),
    );
  return out;
}
