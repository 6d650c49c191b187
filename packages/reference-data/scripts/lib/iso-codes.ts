import { resolve } from 'node:path';
import type { CountryRecord } from '../../src/datasets/records.js';
import type { CsvRecord } from './csv-records.js';
import { extractCurrencies } from './iso-currencies.js';
import { COUNTRY_CODES_COMMIT, COUNTRY_CODES_PATH, ISO3166_PATH } from './iso-sources.js';
import { fileDigests, type SourceFile } from './source-file.js';
import { type GeneratedModule, generatedHeader, toLiteral } from './write-module.js';

/** The one generated file of `@unforced/core`, relative to its `src/generated` directory. */
export const ISO_CODES_MODULE = 'iso-codes.ts';

/**
 * Builds `packages/core/src/generated/iso-codes.ts`: the ISO 3166-1 alpha-2 codes, the ISO 4217
 * currencies and their provenance, as `as const` literals with no imports (core must not depend on
 * reference-data).
 */
export function buildIsoCodesModule(
  countries: readonly CountryRecord[],
  isoFile: SourceFile,
  countryCodesFile: SourceFile,
  countryCodesRecords: readonly CsvRecord[],
  coreGeneratedDir: string,
): GeneratedModule {
  const alpha2 = countries.map((country) => country.alpha2);
  const { currencies, supplementsApplied } = extractCurrencies(countryCodesRecords);
  const source = {
    repository: 'https://github.com/datasets/country-codes',
    commit: COUNTRY_CODES_COMMIT,
    licence: 'ODC-PDDL-1.0',
    files: fileDigests([isoFile, countryCodesFile]),
    supplements: supplementsApplied.map((supplement) => supplement.reason),
  };
  const content = [
    generatedHeader([ISO3166_PATH, COUNTRY_CODES_PATH]),
    '',
    '/** ISO 3166-1 alpha-2 codes (249), sorted. Kosovo `XK` is user-assigned and not included. */',
    `export const ISO_3166_1_ALPHA2 = ${toLiteral(alpha2)} as const;`,
    '',
    '/** ISO 4217 currencies in use by some country, de-duplicated and sorted by code. */',
    `export const ISO_4217_CURRENCIES = ${toLiteral(currencies)} as const;`,
    '',
    '/** Where the codes above come from. */',
    `export const ISO_CODES_SOURCE = ${toLiteral(source)} as const;`,
    '',
  ].join('\n');
  return {
    path: resolve(coreGeneratedDir, ISO_CODES_MODULE),
    content,
    summary: `core iso-codes: ${alpha2.length} alpha-2 codes, ${currencies.length} currencies (${supplementsApplied.length} added by hand)`,
  };
}
