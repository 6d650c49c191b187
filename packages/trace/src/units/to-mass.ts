import { divR, mulR, parseDecimal, type Rational } from './rational.js';
import { unitInfo } from './uom.js';

/** Why a quantity could not be expressed in kilograms. */
export type MassProblem = 'no-quantity' | 'unknown-unit' | 'no-conversion';

/** A quantity in kilograms, or why it cannot be had. */
export type MassResult = { readonly kg: Rational } | { readonly problem: MassProblem };

/**
 * Converts a quantity to kilograms exactly. Mass units convert by their Rec 20 factor; length, area,
 * volume and count units convert only when the product's master data gives a mass per unit of the same
 * dimension (e.g. fabric `{ MTR: '0.165' }` kg per metre, garments `{ H87: '0.25' }` kg per piece).
 *
 * @example
 * ```ts
 * toKilograms('4000', 'LBR', undefined); // { kg: 45359237/25000 } (1814.36948 kg)
 * ```
 */
export function toKilograms(
  quantity: string | undefined,
  uom: string | undefined,
  massPerUnit: ReadonlyMap<string, Rational> | undefined,
): MassResult {
  const amount = quantity === undefined ? undefined : parseDecimal(quantity);
  if (amount === undefined) return { problem: 'no-quantity' };
  const unit = unitInfo(uom);
  if (unit === undefined) return { problem: 'unknown-unit' };
  if (unit.dimension === 'mass') return { kg: mulR(amount, unit.factor) };
  if (massPerUnit !== undefined) {
    for (const [code, kgPer] of massPerUnit) {
      const reference = unitInfo(code);
      if (reference === undefined || reference.dimension !== unit.dimension) continue;
      // quantity × (factor of uom / factor of the reference unit) × kg per reference unit
      return { kg: mulR(mulR(amount, divR(unit.factor, reference.factor)), kgPer) };
    }
  }
  return { problem: 'no-conversion' };
}
