export {
  cbpWroFindings,
  countryCodeForName,
  dataEditions,
  datasetStatus,
  eo13126Products,
  feeCapRules,
  getCountry,
  getSubdivision,
  listedGoods,
  tipTier,
  uflpaEntities,
  uflpaPrioritySectorsFor,
} from './accessors.js';
export { bundledReferenceData } from './bundled-reference-data.js';
export { COUNTRY_NAME_ALIASES, normaliseCountryName } from './countries/country-name-aliases.js';
export { createCountryNameIndex } from './countries/country-name-index.js';
export { type CsvTable, type ParseCsvOptions, parseCsv, parseCsvRows } from './csv/parse-csv.js';
export type { PrioritySectorRecord } from './curated/uflpa-priority-sectors.js';
export { BUNDLED_DATASETS } from './datasets/bundled-datasets.js';
export type { Dataset } from './datasets/dataset.js';
export { DATASET_SLOTS, type DatasetSlot, type DatasetSlots } from './datasets/dataset-slots.js';
export type {
  AliasKind,
  CbpWroRecord,
  CountryRecord,
  DatasetMeta,
  Eo13126Record,
  ListedGoodRecord,
  SubdivisionRecord,
  TipTier,
  TipTierRecord,
  UflpaEntityRecord,
} from './datasets/records.js';
export {
  CbpWroRecordSchema,
  CountryRecordSchema,
  DatasetMetaSchema,
  Eo13126RecordSchema,
  GsiCountryRecordSchema,
  ListedGoodRecordSchema,
  PrioritySectorRecordSchema,
  SubdivisionRecordSchema,
  TipTierRecordSchema,
  UflpaEntityRecordSchema,
} from './datasets/schemas.js';
export { applicableFeeCapRules, type FeeCapQuery } from './fee-caps/applicable-fee-cap-rules.js';
export { FeeCap, FeeCapRule, type FeeCapRuleInput } from './fee-caps/fee-cap-rule.js';
export type { GsiCountryRecord } from './gsi/gsi-record.js';
export { gsiMeta, type LoadGsiOptions, loadGsiWorkbook } from './gsi/load-gsi-workbook.js';
export {
  createReferenceData,
  type DatasetOverrides,
  type ReferenceData,
  type ReferenceDataOptions,
} from './reference-data.js';
export { type DatasetStatus, datasetStatusOf } from './status/dataset-status.js';
export { parseAliasList } from './uflpa/alias-list.js';
export {
  type ParseUflpaEntityListCsvOptions,
  parseUflpaEntityListCsv,
  type UflpaCsvRowError,
  type UflpaEntityListCsv,
} from './uflpa/parse-uflpa-entity-list-csv.js';
export { type ParsedUflpaName, parseUflpaName } from './uflpa/parse-uflpa-name.js';
export type { UflpaAlias } from './uflpa/uflpa-alias.js';
export { uflpaDedupeKey } from './uflpa/uflpa-dedupe-key.js';
export { uflpaId } from './uflpa/uflpa-id.js';
export { type CellValue, readXlsxSheet, type Worksheet } from './xlsx/read-xlsx.js';
