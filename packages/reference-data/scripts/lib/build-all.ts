import { resolve } from 'node:path';
import { buildCbpWroModule, CBP_WRO_COLUMNS, CBP_WRO_PATH } from './cbp-wro.js';
import { buildCountriesModule, buildCountryRecords } from './countries.js';
import { buildCountryNameIndex, COUNTRY_CODES_NAME_COLUMNS, ISO3166_NAME_COLUMNS } from './country-names.js';
import { readCsvRecords } from './csv-records.js';
import { buildEo13126Module, EO13126_COLUMNS, EO13126_PATH } from './eo13126.js';
import { buildIsoCodesModule } from './iso-codes.js';
import { COUNTRY_CODES_COLUMNS, COUNTRY_CODES_PATH, ISO3166_COLUMNS, ISO3166_PATH } from './iso-sources.js';
import { buildListedGoodsModule, LISTED_GOODS_COLUMNS, LISTED_GOODS_PATH } from './listed-goods.js';
import type { BuildPaths } from './paths.js';
import { createSourceReader } from './source-file.js';
import { buildTipTiersModule, TIP_TIERS_COLUMNS, TIP_TIERS_PATH } from './tip-tiers.js';
import { buildUflpaModule, UFLPA_COLUMNS, UFLPA_PATH } from './uflpa.js';
import type { GeneratedModule } from './write-module.js';

/** Converts every dataset and returns the generated modules (nothing is written). */
export function buildAllModules(paths: BuildPaths): GeneratedModule[] {
  const read = createSourceReader(paths.sharedDataDir);
  const out = (name: string): string => resolve(paths.referenceDataGeneratedDir, name);

  const isoFile = read(ISO3166_PATH);
  const isoRecords = readCsvRecords(isoFile, ISO3166_COLUMNS);
  const countryCodesFile = read(COUNTRY_CODES_PATH);
  const countryCodesRecords = readCsvRecords(countryCodesFile, COUNTRY_CODES_COLUMNS);
  const names = buildCountryNameIndex([
    { records: isoRecords, codeColumn: 'alpha2', nameColumns: ISO3166_NAME_COLUMNS },
    {
      records: countryCodesRecords,
      codeColumn: 'ISO3166-1-Alpha-2',
      nameColumns: COUNTRY_CODES_NAME_COLUMNS,
    },
  ]);

  const tipFile = read(TIP_TIERS_PATH);
  const goodsFile = read(LISTED_GOODS_PATH);
  const eoFile = read(EO13126_PATH);
  const uflpaFile = read(UFLPA_PATH);
  const wroFile = read(CBP_WRO_PATH);

  return [
    buildCountriesModule(isoFile, isoRecords, out('countries.ts')),
    buildIsoCodesModule(
      buildCountryRecords(isoRecords),
      isoFile,
      countryCodesFile,
      countryCodesRecords,
      paths.coreGeneratedDir,
    ),
    buildTipTiersModule(tipFile, readCsvRecords(tipFile, TIP_TIERS_COLUMNS), names, out('tip-tiers.ts')),
    buildListedGoodsModule(
      goodsFile,
      readCsvRecords(goodsFile, LISTED_GOODS_COLUMNS),
      names,
      out('listed-goods.ts'),
    ),
    buildEo13126Module(eoFile, readCsvRecords(eoFile, EO13126_COLUMNS), names, out('eo13126.ts')),
    buildUflpaModule(uflpaFile, readCsvRecords(uflpaFile, UFLPA_COLUMNS), out('uflpa-entities.ts')),
    buildCbpWroModule(wroFile, readCsvRecords(wroFile, CBP_WRO_COLUMNS), names, out('cbp-wro.ts')),
  ];
}
