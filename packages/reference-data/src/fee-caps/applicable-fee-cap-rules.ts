import type { IsoDate } from '@unforced/core';
import type { FeeCapRule } from './fee-cap-rule.js';

/** A recruitment corridor to look up legal fee rules for. */
export interface FeeCapQuery {
  /** ISO alpha-2 origin country of the worker. */
  readonly origin: string;
  /** ISO alpha-2 destination country. */
  readonly destination: string;
  /** The worker's occupation group (`WorkerRecord.occupationCategory`). */
  readonly occupationCategory?: string;
  /** The date the fees were charged; rules not yet in force then are skipped. */
  readonly on?: IsoDate;
}

/**
 * The legal fee rules that apply to a corridor, occupation and date. Several may apply (e.g. Indonesia's
 * general ban on placement fees and the zero-cost rule for domestic workers); each is evaluated on its
 * own. An empty result means no rule is known for the corridor, which is not the same as "no cap".
 *
 * @example
 * ```ts
 * applicableFeeCapRules(rules, { origin: 'NP', destination: 'MY', on: '2026-02-10' }); // [np-free-visa-free-ticket]
 * ```
 */
export function applicableFeeCapRules(rules: readonly FeeCapRule[], query: FeeCapQuery): FeeCapRule[] {
  const occupation = query.occupationCategory ?? 'other';
  return rules.filter((rule) => {
    if (rule.origin !== query.origin) return false;
    if (rule.destinations !== 'any' && !rule.destinations.includes(query.destination)) return false;
    if (rule.excludedDestinations.includes(query.destination)) return false;
    if (rule.occupations !== 'any' && !(rule.occupations as readonly string[]).includes(occupation))
      return false;
    if ((rule.excludedOccupations as readonly string[]).includes(occupation)) return false;
    if (query.on !== undefined && rule.effectiveFrom !== undefined && query.on < rule.effectiveFrom)
      return false;
    return true;
  });
}
