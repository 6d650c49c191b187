import { COUNTRY_CODES_NAME_COLUMNS, ISO3166_NAME_COLUMNS } from './country-names.js';

/** The PDDL table of ISO 3166-1 codes derived from `country-codes.csv` (never the CC BY-SA `lukes-all.csv`). */
export const ISO3166_PATH = 'iso3166/iso3166-1.csv';

/** The full `datasets/country-codes` file (PDDL). */
export const COUNTRY_CODES_PATH = 'iso3166/country-codes.csv';

/** The commit of GitHub `datasets/country-codes` both files come from (per `iso3166/SOURCE.md`). */
export const COUNTRY_CODES_COMMIT = 'caa72d1e0e5af8876c170bb36a9e4d64a01bba88';

/** The date of {@link COUNTRY_CODES_COMMIT}. */
export const COUNTRY_CODES_COMMIT_DATE = '2026-05-15';

/** Columns read from `iso3166-1.csv`. */
export const ISO3166_COLUMNS: readonly string[] = [
  'alpha2',
  'alpha3',
  'numeric',
  ...ISO3166_NAME_COLUMNS,
  'region',
  'sub_region',
  'is_independent',
];

/** Columns read from `country-codes.csv`. */
export const COUNTRY_CODES_COLUMNS: readonly string[] = [
  'ISO3166-1-Alpha-2',
  ...COUNTRY_CODES_NAME_COLUMNS,
  'ISO4217-currency_alphabetic_code',
  'ISO4217-currency_minor_unit',
  'ISO4217-currency_name',
  'ISO4217-currency_numeric_code',
];
