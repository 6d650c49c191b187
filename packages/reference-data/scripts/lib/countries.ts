import type { CountryRecord, DatasetMeta } from '../../src/datasets/records.js';
import { BuildError } from './build-error.js';
import { compareStrings } from './compare.js';
import type { CsvRecord } from './csv-records.js';
import {
  COUNTRY_CODES_COMMIT,
  COUNTRY_CODES_COMMIT_DATE,
  COUNTRY_CODES_PATH,
  ISO3166_PATH,
} from './iso-sources.js';
import { fileDigests, type SourceFile } from './source-file.js';
import { type GeneratedModule, renderDataModule } from './write-module.js';

/** The number of rows `iso3166/SOURCE.md` states. */
export const EXPECTED_COUNTRY_COUNT = 249;

/** Turns the rows of `iso3166-1.csv` into records sorted by alpha-2, checking codes and uniqueness. */
export function buildCountryRecords(records: readonly CsvRecord[]): CountryRecord[] {
  const countries = records.map((record): CountryRecord => {
    const country: CountryRecord = {
      alpha2: record.get('alpha2'),
      alpha3: record.get('alpha3'),
      numeric: record.get('numeric'),
      name: record.get('name'),
      officialName: record.get('official_name_en'),
      region: record.get('region'),
      subRegion: record.get('sub_region'),
      independent: record.get('is_independent') === 'Yes',
    };
    const bad =
      !/^[A-Z]{2}$/.test(country.alpha2) ||
      !/^[A-Z]{3}$/.test(country.alpha3) ||
      !/^\d{3}$/.test(country.numeric) ||
      country.name === '' ||
      country.officialName === '';
    if (bad) {
      throw new BuildError(`${ISO3166_PATH} line ${record.line}: malformed row`, [JSON.stringify(country)]);
    }
    return country;
  });
  countries.sort((a, b) => compareStrings(a.alpha2, b.alpha2));
  const seen = new Set<string>();
  for (const country of countries) {
    if (seen.has(country.alpha2)) {
      throw new BuildError(`${ISO3166_PATH}: duplicate alpha-2 ${country.alpha2}`);
    }
    seen.add(country.alpha2);
  }
  if (countries.length !== EXPECTED_COUNTRY_COUNT) {
    throw new BuildError(`${ISO3166_PATH}: ${countries.length} rows, expected ${EXPECTED_COUNTRY_COUNT}`);
  }
  return countries;
}

/** Provenance of the shipped ISO 3166-1 table. */
export function countriesMeta(file: SourceFile): DatasetMeta {
  return {
    id: 'iso-3166-1',
    title: 'ISO 3166-1 country codes',
    edition: `datasets/country-codes at commit ${COUNTRY_CODES_COMMIT.slice(0, 8)} (${COUNTRY_CODES_COMMIT_DATE})`,
    publishedAt: COUNTRY_CODES_COMMIT_DATE,
    retrievedAt: COUNTRY_CODES_COMMIT_DATE,
    source: {
      publisher:
        'ISO 3166 Maintenance Agency (codes), UN M49 (regions), UNTERM and Unicode CLDR (names), compiled by the datasets/country-codes project',
      url: 'https://github.com/datasets/country-codes',
      via: `GitHub datasets/country-codes data/country-codes.csv at commit ${COUNTRY_CODES_COMMIT}; ${ISO3166_PATH} is a column subset of ${COUNTRY_CODES_PATH} with no value changed.`,
      files: fileDigests([file]),
    },
    licence:
      "ODC-PDDL-1.0 (public domain dedication) per the datasets/country-codes repository; its README notes that ISO's own rights position is unclear.",
    caveats: [
      'Kosovo (XK) is not in ISO 3166-1 and is absent from this table, although the TIP Report and the DOL List of Goods report on it.',
      'name is the CLDR display name (e.g. "Türkiye", "Côte d’Ivoire", "Antigua & Barbuda"); officialName is the UNTERM name.',
      'independent is true only where the source says "Yes"; territories and parts of other states are false.',
    ],
    validAsOf: '2026-05-15',
    refreshDays: 365,
  };
}

/** The `countries.ts` module. */
export function buildCountriesModule(
  file: SourceFile,
  records: readonly CsvRecord[],
  outPath: string,
): GeneratedModule {
  const countries = buildCountryRecords(records);
  return {
    path: outPath,
    content: renderDataModule({
      sourcePaths: [file.path],
      recordType: 'CountryRecord',
      metaName: 'countriesMeta',
      meta: countriesMeta(file),
      arrayName: 'countries',
      records: countries,
    }),
    summary: `countries: ${countries.length} ISO 3166-1 rows`,
  };
}
