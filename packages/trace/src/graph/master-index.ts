import type { TraceFacility, TraceParty, TraceProduct } from '../model/master-data.js';
import type { ParsedMasterData } from '../model/parse-master-data.js';
import { productClassOf } from '../model/product-key.js';
import { parseDecimal, type Rational } from '../units/rational.js';

/** Master data indexed for look-ups by the identifiers events use. */
export interface MasterIndex {
  readonly parties: ReadonlyMap<string, TraceParty>;
  readonly facilities: ReadonlyMap<string, TraceFacility>;
  readonly products: ReadonlyMap<string, TraceProduct>;
  /** The product of a lot or item: explicit lot record, then the lot id itself, then its GTIN class. */
  productOf(lotId: string): TraceProduct | undefined;
  /** Kilograms per unit of a product, by Rec 20 code. */
  massPerUnit(product: TraceProduct | undefined): ReadonlyMap<string, Rational> | undefined;
}

/**
 * Indexes validated master data.
 *
 * @example
 * ```ts
 * const index = indexMasterData(parseMasterData(input)._unsafeUnwrap());
 * index.productOf('urn:epc:class:lgtin:9521004.020001.Y-0001')?.commodity; // 'yarn'
 * ```
 */
export function indexMasterData(master: ParsedMasterData): MasterIndex {
  const parties = new Map(master.parties.map((p) => [p.id, p]));
  const facilities = new Map(master.facilities.map((f) => [f.id, f]));
  const products = new Map(master.products.map((p) => [p.id, p]));
  const lots = new Map(master.lots.map((l) => [l.id, l.productId]));
  const masses = new Map<TraceProduct, ReadonlyMap<string, Rational>>();
  for (const product of master.products) {
    if (product.massPerUnit === undefined) continue;
    const map = new Map<string, Rational>();
    for (const [code, value] of Object.entries(product.massPerUnit)) {
      const parsed = parseDecimal(value);
      if (parsed !== undefined) map.set(code, parsed);
    }
    masses.set(product, map);
  }
  const resolve = (lotId: string): TraceProduct | undefined => {
    const explicit = lots.get(lotId);
    if (explicit !== undefined) return products.get(explicit);
    const direct = products.get(lotId);
    if (direct !== undefined) return direct;
    const classId = productClassOf(lotId);
    return classId === undefined ? undefined : products.get(classId);
  };
  return {
    parties,
    facilities,
    products,
    productOf: resolve,
    massPerUnit: (product) => (product === undefined ? undefined : masses.get(product)),
  };
}
