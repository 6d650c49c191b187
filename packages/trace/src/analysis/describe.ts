import type { TraceFacility } from '../model/master-data.js';
import { formatDecimal, mulR, type Rational, rational } from '../units/rational.js';
import type { AnalysisContext } from './context.js';

/**
 * A party's name from master data, or its id.
 *
 * @example
 * ```ts
 * partyLabel(context, 'urn:epc:id:pgln:9521004.00000'); // 'Dong Nai Spinning JSC'
 * ```
 */
export function partyLabel(context: Pick<AnalysisContext, 'graph'>, id: string): string {
  return context.graph.master.parties.get(id)?.name ?? id;
}

/**
 * A facility's name with its subdivision or country.
 *
 * @example
 * ```ts
 * facilityLabel(facility); // 'Tarim Bright Field gin (CN-XJ)'
 * ```
 */
export function facilityLabel(facility: TraceFacility): string {
  return `${facility.name} (${facility.subdivision ?? facility.country})`;
}

/**
 * A lot's id with its product name when known.
 *
 * @example
 * ```ts
 * lotLabel(context, 3); // 'urn:epc:class:lgtin:9521004.020001.Y-0001 (Ne 30/1 combed cotton yarn)'
 * ```
 */
export function lotLabel(context: Pick<AnalysisContext, 'graph'>, lot: number): string {
  const id = context.graph.lotIds[lot] ?? '';
  const product = context.graph.master.productOf(id);
  return product === undefined ? id : `${id} (${product.name})`;
}

/**
 * Kilograms to three decimals.
 *
 * @example
 * ```ts
 * kgText(rational(4985n, 2n)); // '2392.5 kg'
 * ```
 */
export function kgText(value: Rational): string {
  return `${formatDecimal(value, 3)} kg`;
}

/**
 * A share as a percentage to two decimals.
 *
 * @example
 * ```ts
 * percentText(rational(6n, 25n)); // '24%'
 * ```
 */
export function percentText(value: Rational): string {
  return `${formatDecimal(mulR(value, rational(100n, 1n)), 2)}%`;
}
