import type { DatasetMeta, Eo13126Record } from '../../src/datasets/records.js';
import { BuildError } from './build-error.js';
import { compareStrings } from './compare.js';
import { type CountryNameIndex, mapCountryNames } from './country-names.js';
import type { CsvRecord } from './csv-records.js';
import { DOL_COPY_DATE, DOL_LICENCE, DOL_PUBLISHER, DOL_VIA } from './dol-source.js';
import { fileDigests, type SourceFile } from './source-file.js';
import { type GeneratedModule, renderDataModule } from './write-module.js';

/** The EO 13126 product–country pairs (rows of the List of Goods flagged Forced_Child_Labor). */
export const EO13126_PATH = 'dol-ilab-goods-list/eo13126_products_list.csv';

/** Columns read from {@link EO13126_PATH}. */
export const EO13126_COLUMNS: readonly string[] = ['country', 'product'];

/** Turns the EO 13126 rows into records sorted by country code and product; every name must map. */
export function buildEo13126Records(records: readonly CsvRecord[], names: CountryNameIndex): Eo13126Record[] {
  const codes = mapCountryNames(
    names,
    records.map((record) => record.get('country')),
    EO13126_PATH,
  );
  const products = records.map((record): Eo13126Record => {
    const countryAsPublished = record.get('country');
    const product = record.get('product');
    if (product === '') throw new BuildError(`${EO13126_PATH} line ${record.line}: empty product`);
    return { country: codes.get(countryAsPublished) ?? '', countryAsPublished, product };
  });
  products.sort((a, b) => compareStrings(a.country, b.country) || compareStrings(a.product, b.product));
  const seen = new Set<string>();
  for (const product of products) {
    const key = `${product.country}|${product.product}`;
    if (seen.has(key)) {
      throw new BuildError(`${EO13126_PATH}: duplicate pair ${product.product} / ${product.country}`);
    }
    seen.add(key);
  }
  return products;
}

/** Provenance of the shipped EO 13126 list. */
export function eo13126Meta(file: SourceFile): DatasetMeta {
  return {
    id: 'us-dol-eo13126-list',
    title: 'US DOL List of Products Produced by Forced or Indentured Child Labor (EO 13126)',
    edition: "EO 13126 List as flagged in DOL's 2022 List of Goods app data",
    publishedAt: '2022-07-13',
    retrievedAt: DOL_COPY_DATE,
    source: {
      publisher: DOL_PUBLISHER,
      url: 'https://www.dol.gov/agencies/ilab/reports/child-labor/list-of-products',
      via: `${DOL_VIA} Rows with Forced_Child_Labor = Yes.`,
      files: fileDigests([file]),
    },
    licence: DOL_LICENCE,
    caveats: [
      'An approximation: DOL says the EO List comprised 34 products from 26 countries as of 2022-07-13, while the app flag yields 35 product names over 25 countries (naming splits such as "Fish" and "Tilapia (fish)" for Ghana, and possibly one country differ); check against the DOL page.',
      'Taken from the 2022 List of Goods data; later changes to the EO List are not reflected.',
      "Country names are DOL's; country holds the ISO code mapped by an alias table.",
    ],
    validAsOf: '2022-07-13',
    refreshDays: 730,
  };
}

/** The `eo13126.ts` module. */
export function buildEo13126Module(
  file: SourceFile,
  records: readonly CsvRecord[],
  names: CountryNameIndex,
  outPath: string,
): GeneratedModule {
  const products = buildEo13126Records(records, names);
  return {
    path: outPath,
    content: renderDataModule({
      sourcePaths: [file.path],
      recordType: 'Eo13126Record',
      metaName: 'eo13126Meta',
      meta: eo13126Meta(file),
      arrayName: 'eo13126Products',
      records: products,
    }),
    summary: `eo13126: ${products.length} product–country pairs (${new Set(products.map((p) => p.product)).size} products, ${new Set(products.map((p) => p.country)).size} countries)`,
  };
}
