import type { PrioritySectorRecord } from '../curated/uflpa-priority-sectors.js';
import type { FeeCapRule } from '../fee-caps/fee-cap-rule.js';
import type { GsiCountryRecord } from '../gsi/gsi-record.js';
import type {
  CbpWroRecord,
  CountryRecord,
  Eo13126Record,
  ListedGoodRecord,
  SubdivisionRecord,
  TipTierRecord,
  UflpaEntityRecord,
} from './records.js';

/**
 * The datasets a {@link ReferenceData} holds, by slot, with their record types. Every slot but `gsi`
 * is bundled; `gsi` is filled only when the caller loads the Walk Free workbook.
 */
export interface DatasetSlots {
  countries: CountryRecord;
  subdivisions: SubdivisionRecord;
  tipTiers: TipTierRecord;
  listedGoods: ListedGoodRecord;
  eo13126: Eo13126Record;
  uflpaEntities: UflpaEntityRecord;
  cbpWro: CbpWroRecord;
  feeCaps: FeeCapRule;
  uflpaPrioritySectors: PrioritySectorRecord;
  gsi: GsiCountryRecord;
}

/** The name of a dataset slot. */
export type DatasetSlot = keyof DatasetSlots;

/** Every slot, in a fixed order (used for listings and status reports). */
export const DATASET_SLOTS: readonly DatasetSlot[] = [
  'countries',
  'subdivisions',
  'tipTiers',
  'listedGoods',
  'eo13126',
  'uflpaEntities',
  'cbpWro',
  'feeCaps',
  'uflpaPrioritySectors',
  'gsi',
];
