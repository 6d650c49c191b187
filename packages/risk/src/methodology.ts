/**
 * The id and version of the risk methodology (the algorithm in this package). Every assessment names
 * it, with the id and version of the policy (the numbers) it ran with.
 *
 * @example
 * ```ts
 * assessment.provenance.methodology; // { id: 'unforced/risk', version: '0.1.0' }
 * ```
 */
export const RISK_METHODOLOGY = { id: 'unforced/risk', version: '0.1.0' } as const;
