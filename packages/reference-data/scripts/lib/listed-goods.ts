import type { DatasetMeta, ListedGoodRecord } from '../../src/datasets/records.js';
import { BuildError } from './build-error.js';
import { compareStrings } from './compare.js';
import { type CountryNameIndex, mapCountryNames } from './country-names.js';
import type { CsvRecord } from './csv-records.js';
import { DOL_COPY_DATE, DOL_LICENCE, DOL_PUBLISHER, DOL_VIA } from './dol-source.js';
import { fileDigests, type SourceFile } from './source-file.js';
import { type GeneratedModule, renderDataModule } from './write-module.js';
import { parseYesNo } from './yes-no.js';

/** The flattened 2022 TVPRA List of Goods. */
export const LISTED_GOODS_PATH = 'dol-ilab-goods-list/tvpra_list_goods_by_country.csv';

/** Columns read from {@link LISTED_GOODS_PATH}. */
export const LISTED_GOODS_COLUMNS: readonly string[] = [
  'good',
  'sector',
  'country',
  'region',
  'child_labor',
  'forced_labor',
  'forced_child_labor_eo13126',
  'derived_labor_exploitation',
  'derived_input_country',
];

/**
 * Turns the good–country rows into records sorted by country code and good. Every DOL country name (and
 * derived-input country) must map to a code, or the build fails listing the unmapped names. A derived
 * good must name its input country and a non-derived good must not.
 */
export function buildListedGoodRecords(
  records: readonly CsvRecord[],
  names: CountryNameIndex,
): ListedGoodRecord[] {
  const allNames = records.flatMap((record) => [record.get('country'), record.get('derived_input_country')]);
  const codes = mapCountryNames(
    names,
    allNames.filter((name) => name !== ''),
    LISTED_GOODS_PATH,
  );
  const code = (name: string): string => codes.get(name) ?? '';
  const goods = records.map((record): ListedGoodRecord => {
    const where = `${LISTED_GOODS_PATH} line ${record.line}`;
    const countryAsPublished = record.get('country');
    const inputName = record.get('derived_input_country');
    const derived = parseYesNo(record.get('derived_labor_exploitation'), where);
    if (derived !== (inputName !== '')) {
      throw new BuildError(`${where}: derived is ${derived} but the input country is "${inputName}"`);
    }
    const good: ListedGoodRecord = {
      good: record.get('good'),
      sector: record.get('sector'),
      country: code(countryAsPublished),
      countryAsPublished,
      region: record.get('region'),
      childLabour: parseYesNo(record.get('child_labor'), where),
      forcedLabour: parseYesNo(record.get('forced_labor'), where),
      forcedChildLabourEo13126: parseYesNo(record.get('forced_child_labor_eo13126'), where),
      derived,
    };
    if (good.good === '' || good.sector === '' || good.region === '') {
      throw new BuildError(`${where}: empty cell`);
    }
    return inputName === '' ? good : { ...good, derivedInputCountry: code(inputName) };
  });
  goods.sort((a, b) => compareStrings(a.country, b.country) || compareStrings(a.good, b.good));
  const seen = new Set<string>();
  for (const good of goods) {
    const key = `${good.country}|${good.good}`;
    if (seen.has(key)) {
      throw new BuildError(`${LISTED_GOODS_PATH}: duplicate pair ${good.good} / ${good.country}`);
    }
    seen.add(key);
  }
  return goods;
}

/** Provenance of the shipped List of Goods. */
export function listedGoodsMeta(file: SourceFile): DatasetMeta {
  return {
    id: 'us-dol-tvpra-list-of-goods',
    title: 'US DOL List of Goods Produced by Child Labor or Forced Labor (TVPRA List)',
    edition: '2022 TVPRA List of Goods',
    publishedAt: '2022-09-28',
    retrievedAt: DOL_COPY_DATE,
    source: {
      publisher: DOL_PUBLISHER,
      url: 'https://www.dol.gov/agencies/ilab/reports/child-labor/list-of-goods',
      via: DOL_VIA,
      files: fileDigests([file]),
    },
    licence: DOL_LICENCE,
    caveats: [
      'Not the latest edition: the 2024 List (204 goods from 82 countries and areas as of 2024-09-05) is not yet available here in machine-readable form, so goods added in 2024 are missing and removals are not reflected.',
      'Country names are DOL\'s (e.g. "Burma", "Congo, Democratic Republic of the"); country holds the ISO code mapped by an alias table.',
      'Derived (downstream) goods carry no child- or forced-labour flag of their own; they are listed because of an input produced with such labour in derivedInputCountry.',
    ],
    validAsOf: '2022-09-28',
    refreshDays: 730,
  };
}

/** The `listed-goods.ts` module. */
export function buildListedGoodsModule(
  file: SourceFile,
  records: readonly CsvRecord[],
  names: CountryNameIndex,
  outPath: string,
): GeneratedModule {
  const goods = buildListedGoodRecords(records, names);
  const countries = new Set(goods.map((good) => good.country)).size;
  const goodNames = new Set(goods.map((good) => good.good)).size;
  return {
    path: outPath,
    content: renderDataModule({
      sourcePaths: [file.path],
      recordType: 'ListedGoodRecord',
      metaName: 'listedGoodsMeta',
      meta: listedGoodsMeta(file),
      arrayName: 'listedGoods',
      records: goods,
    }),
    summary: `listed-goods: ${goods.length} good–country pairs (${goodNames} goods, ${countries} countries)`,
  };
}
