import { chinaSubdivisions, chinaSubdivisionsMeta } from '../curated/china-subdivisions.js';
import { uflpaPrioritySectors, uflpaPrioritySectorsMeta } from '../curated/uflpa-priority-sectors.js';
import { feeCapRules, feeCapRulesMeta } from '../fee-caps/fee-cap-rules.js';
import { cbpWroFindings, cbpWroMeta } from '../generated/cbp-wro.js';
import { countries, countriesMeta } from '../generated/countries.js';
import { eo13126Meta, eo13126Products } from '../generated/eo13126.js';
import { listedGoods, listedGoodsMeta } from '../generated/listed-goods.js';
import { tipTiers, tipTiersMeta } from '../generated/tip-tiers.js';
import { uflpaEntities, uflpaEntitiesMeta } from '../generated/uflpa-entities.js';
import type { Dataset } from './dataset.js';
import type { DatasetSlot, DatasetSlots } from './dataset-slots.js';

/** The datasets shipped inside the package (every slot except the caller-loaded `gsi`). */
export const BUNDLED_DATASETS: { readonly [K in Exclude<DatasetSlot, 'gsi'>]: Dataset<DatasetSlots[K]> } = {
  countries: { meta: countriesMeta, records: countries },
  subdivisions: { meta: chinaSubdivisionsMeta, records: chinaSubdivisions },
  tipTiers: { meta: tipTiersMeta, records: tipTiers },
  listedGoods: { meta: listedGoodsMeta, records: listedGoods },
  eo13126: { meta: eo13126Meta, records: eo13126Products },
  uflpaEntities: { meta: uflpaEntitiesMeta, records: uflpaEntities },
  cbpWro: { meta: cbpWroMeta, records: cbpWroFindings },
  feeCaps: { meta: feeCapRulesMeta, records: feeCapRules },
  uflpaPrioritySectors: { meta: uflpaPrioritySectorsMeta, records: uflpaPrioritySectors },
};
