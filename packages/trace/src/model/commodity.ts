import { z } from 'zod';

/**
 * What a product class is, for mass balance defaults, tier roles and DOL List of Goods look-ups. The
 * cotton chain comes first; `other` covers the rest (give `dolGood` in the product's master data).
 *
 * @example
 * ```ts
 * COMMODITY_CLASSES.includes('yarn'); // true
 * ```
 */
export const COMMODITY_CLASSES = [
  'seed-cotton',
  'cotton-lint',
  'yarn',
  'fabric',
  'garment',
  'trim',
  'packaging',
  'other',
] as const;

/**
 * A commodity class.
 *
 * @example
 * ```ts
 * CommodityClass.parse('cotton-lint');
 * ```
 */
export const CommodityClass = z.enum(COMMODITY_CLASSES);
/** A commodity class. */
export type CommodityClass = z.infer<typeof CommodityClass>;

const DOL_GOODS: Partial<Record<CommodityClass, string>> = {
  'seed-cotton': 'Cotton',
  'cotton-lint': 'Cotton',
  yarn: 'Thread/Yarn',
  fabric: 'Textiles',
  garment: 'Garments',
};

/**
 * The good's name on the US DOL List of Goods for a commodity class (`cotton-lint` → `Cotton`,
 * `yarn` → `Thread/Yarn`, `fabric` → `Textiles`, `garment` → `Garments`), or `undefined`.
 *
 * @example
 * ```ts
 * dolGoodOf('garment'); // 'Garments'
 * ```
 */
export function dolGoodOf(commodity: CommodityClass): string | undefined {
  return DOL_GOODS[commodity];
}

const TRANSFORMATION_OF: Partial<Record<CommodityClass, string>> = {
  'seed-cotton': 'harvesting',
  'cotton-lint': 'ginning',
  yarn: 'spinning',
  fabric: 'weaving',
  garment: 'cut-and-sew',
};

/**
 * The transformation type that makes a commodity (`yarn` → `spinning`), used when an event names no
 * `processType`.
 *
 * @example
 * ```ts
 * transformationTypeOf('fabric'); // 'weaving'
 * ```
 */
export function transformationTypeOf(commodity: CommodityClass): string | undefined {
  return TRANSFORMATION_OF[commodity];
}
