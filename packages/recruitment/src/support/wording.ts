import { type CostCategory, formatMoney, type Money } from '@unforced/core';

/**
 * How each ILO cost category reads in a finding's message.
 *
 * @example
 * ```ts
 * CATEGORY_LABELS.medical; // 'a medical cost'
 * ```
 */
export const CATEGORY_LABELS: Readonly<Record<CostCategory, string>> = {
  'recruitment-fee': 'a recruitment fee',
  medical: 'a medical cost',
  insurance: 'an insurance cost',
  'skills-test': 'a skills or qualification test',
  'training-orientation': 'a training or orientation cost',
  equipment: 'an equipment cost',
  'travel-lodging': 'a travel or lodging cost',
  administrative: 'an administrative cost (documents, visa, permits)',
  bribe: 'a bribe',
  tribute: 'a tribute',
  extortion: 'extortion',
  kickback: 'a kickback',
  bond: 'a bond',
  'illegal-cost-recovery': 'an illegal cost-recovery fee',
  collateral: 'collateral',
  deposit: 'a deposit',
  'not-recruitment-related': 'a cost unrelated to recruitment',
};

/**
 * A ratio rounded to four decimal places for a metric (never for money arithmetic).
 *
 * @example
 * ```ts
 * metricRatio(5_996_47, 1_700_00); // 3.5273
 * ```
 */
export function metricRatio(numerator: number, denominator: number): number {
  return Math.round((numerator / denominator) * 10_000) / 10_000;
}

/**
 * A share as a percentage with up to two decimals, for messages.
 *
 * @example
 * ```ts
 * percent(0.5); // '50%'
 * ```
 */
export function percent(share: number): string {
  return `${Math.round(share * 10_000) / 100}%`;
}

/**
 * Amounts in several currencies for a message, joined with ` + ` (one amount is formatted without
 * building a list: this runs for several findings of every worker).
 *
 * @example
 * ```ts
 * formatTotals([{ amountMinor: 20_400, currency: 'MYR' }, { amountMinor: 500, currency: 'NPR' }]); // 'MYR 204.00 + NPR 5.00'
 * ```
 */
export function formatTotals(amounts: readonly Money[]): string {
  const only = amounts.length === 1 ? amounts[0] : undefined;
  return only !== undefined ? formatMoney(only) : amounts.map(formatMoney).join(' + ');
}
