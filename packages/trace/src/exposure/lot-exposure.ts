import { z } from 'zod';
import { CommodityClass } from '../model/commodity.js';
import { Share } from './share.js';

/**
 * The exposure of one finished lot: the shares of its mass, traced through every transformation,
 * that come from high-risk origins (made at a high-risk place, or a DOL-listed raw material), that
 * passed through a listed entity, and whose origin is unknown; `traced` is 1 − unknown. The first
 * three may overlap. Any non-zero share is reported: UFLPA covers goods made "wholly or in part".
 * `basis` is `inferred` when some step upstream had to weight inputs by count for want of a mass.
 *
 * @example
 * ```ts
 * LotExposure.parse(analysis.exposures[0]);
 * ```
 */
export const LotExposure = z.strictObject({
  lot: z.string().min(1),
  product: z.string().optional(),
  commodity: CommodityClass.optional(),
  /** The lot's produced mass in kilograms (exact decimal), when known. */
  quantityKg: z.string().optional(),
  highRisk: Share,
  listed: Share,
  unknown: Share,
  traced: Share,
  basis: z.enum(['observed', 'inferred']),
});
/** The exposure of one finished lot. */
export type LotExposure = z.infer<typeof LotExposure>;
