import { parseDecimal, type Rational } from './rational.js';

/** The physical dimension of a unit of measure. */
export type UnitDimension = 'mass' | 'length' | 'area' | 'volume' | 'count';

/** A UNECE Recommendation 20 unit the trace package converts, with its exact factor to the base unit. */
export interface UnitInfo {
  readonly code: string;
  readonly name: string;
  readonly dimension: UnitDimension;
  /** Exact factor to the dimension's base unit (kg, m, m², m³, one item). */
  readonly factor: Rational;
}

// [code, name, dimension, factor to base as an exact decimal string]. Factors of the international
// yard and pound (1959): 1 lb = 0.45359237 kg, 1 yd = 0.9144 m.
const TABLE: ReadonlyArray<readonly [string, string, UnitDimension, string]> = [
  ['KGM', 'kilogram', 'mass', '1'],
  ['GRM', 'gram', 'mass', '0.001'],
  ['MGM', 'milligram', 'mass', '0.000001'],
  ['TNE', 'tonne (metric ton)', 'mass', '1000'],
  ['DTN', 'decitonne', 'mass', '100'],
  ['LBR', 'pound', 'mass', '0.45359237'],
  ['ONZ', 'ounce (avoirdupois)', 'mass', '0.028349523125'],
  ['STN', 'ton (US) or short ton', 'mass', '907.18474'],
  ['LTN', 'ton (UK) or long ton', 'mass', '1016.0469088'],
  ['MTR', 'metre', 'length', '1'],
  ['CMT', 'centimetre', 'length', '0.01'],
  ['MMT', 'millimetre', 'length', '0.001'],
  ['KMT', 'kilometre', 'length', '1000'],
  ['INH', 'inch', 'length', '0.0254'],
  ['FOT', 'foot', 'length', '0.3048'],
  ['YRD', 'yard', 'length', '0.9144'],
  ['MTK', 'square metre', 'area', '1'],
  ['CMK', 'square centimetre', 'area', '0.0001'],
  ['FTK', 'square foot', 'area', '0.09290304'],
  ['YDK', 'square yard', 'area', '0.83612736'],
  ['MTQ', 'cubic metre', 'volume', '1'],
  ['LTR', 'litre', 'volume', '0.001'],
  ['H87', 'piece', 'count', '1'],
  ['C62', 'one', 'count', '1'],
  ['EA', 'each', 'count', '1'],
  ['PR', 'pair', 'count', '2'],
  ['DZN', 'dozen', 'count', '12'],
];

const UNITS: ReadonlyMap<string, UnitInfo> = new Map(
  TABLE.map(([code, name, dimension, factor]) => [
    code,
    { code, name, dimension, factor: parseDecimal(factor) ?? { n: 0n, d: 1n } },
  ]),
);

/**
 * The UNECE Rec 20 codes whose conversions the package knows.
 *
 * @example
 * ```ts
 * KNOWN_UNIT_CODES.includes('LBR'); // true
 * ```
 */
export const KNOWN_UNIT_CODES: readonly string[] = TABLE.map((row) => row.at(0) as string);

/**
 * A unit of measure by its UNECE Rec 20 code (`KGM`, `TNE`, `LBR`, `MTR`, `H87`…), or `undefined` when
 * the package does not know its conversion. A missing `uom` on an EPCIS quantity means a count of items.
 *
 * @example
 * ```ts
 * unitInfo('LBR')?.factor; // 45359237/100000000 (kg)
 * ```
 */
export function unitInfo(code: string | undefined): UnitInfo | undefined {
  return UNITS.get(code ?? 'C62');
}
