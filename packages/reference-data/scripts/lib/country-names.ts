import { USER_ASSIGNED_COUNTRY_CODES } from '@unforced/core';
import { COUNTRY_NAME_ALIASES, normaliseCountryName } from '../../src/countries/country-name-aliases.js';
import { BuildError } from './build-error.js';
import type { CsvRecord } from './csv-records.js';

/** The columns of `iso3166/iso3166-1.csv` whose values are names. */
export const ISO3166_NAME_COLUMNS: readonly string[] = ['name', 'official_name_en'];

/** The columns of `iso3166/country-codes.csv` whose values are English names. */
export const COUNTRY_CODES_NAME_COLUMNS: readonly string[] = [
  'UNTERM English Short',
  'CLDR display name',
  'official_name_en',
];

/** A name → code lookup built from the ISO files plus {@link COUNTRY_NAME_ALIASES}. */
export interface CountryNameIndex {
  /** The code for a name, or `undefined` when it is unknown or ambiguous. */
  readonly resolve: (name: string) => string | undefined;
  /** Every accepted code: the ISO alpha-2 codes plus {@link USER_ASSIGNED_COUNTRY_CODES}. */
  readonly codes: ReadonlySet<string>;
}

/** One source of names: records, the column holding the alpha-2 code, and the name columns. */
export interface CountryNameSource {
  readonly records: readonly CsvRecord[];
  readonly codeColumn: string;
  readonly nameColumns: readonly string[];
}

/**
 * Builds the name index. A name the ISO sources give to two different codes is ambiguous and resolves to
 * nothing unless the alias table decides it; an alias that contradicts an unambiguous ISO name, or names
 * an unknown code, is a {@link BuildError}.
 */
export function buildCountryNameIndex(sources: readonly CountryNameSource[]): CountryNameIndex {
  const codes = new Set<string>(USER_ASSIGNED_COUNTRY_CODES);
  const byName = new Map<string, string | null>();
  for (const source of sources) {
    for (const record of source.records) {
      const code = record.get(source.codeColumn);
      if (!/^[A-Z]{2}$/.test(code)) throw new BuildError(`line ${record.line}: bad alpha-2 code "${code}"`);
      codes.add(code);
      for (const column of source.nameColumns) {
        const name = record.get(column);
        if (name === '') continue;
        const key = normaliseCountryName(name);
        const previous = byName.get(key);
        if (previous === undefined) byName.set(key, code);
        else if (previous !== code) byName.set(key, null);
      }
    }
  }
  const conflicts: string[] = [];
  for (const [name, code] of Object.entries(COUNTRY_NAME_ALIASES)) {
    if (!codes.has(code)) conflicts.push(`${name} → ${code}: unknown code`);
    const key = normaliseCountryName(name);
    const previous = byName.get(key);
    if (previous !== undefined && previous !== null && previous !== code) {
      conflicts.push(`${name} → ${code}: the ISO files say ${previous}`);
    }
    byName.set(key, code);
  }
  if (conflicts.length > 0) throw new BuildError('country alias table contradicts the ISO files', conflicts);
  return {
    resolve: (name) => byName.get(normaliseCountryName(name)) ?? undefined,
    codes,
  };
}

/**
 * Maps every name to a code, or fails with the full list of names that could not be mapped, so the
 * alias table can be completed in one go.
 */
export function mapCountryNames(
  index: CountryNameIndex,
  names: Iterable<string>,
  context: string,
): ReadonlyMap<string, string> {
  const mapped = new Map<string, string>();
  const unmapped = new Set<string>();
  for (const name of names) {
    const code = index.resolve(name);
    if (code === undefined) unmapped.add(name);
    else mapped.set(name, code);
  }
  if (unmapped.size > 0) {
    throw new BuildError(
      `${context}: ${unmapped.size} country name(s) could not be mapped to ISO 3166-1; add them to COUNTRY_NAME_ALIASES in scripts/lib/country-names.ts`,
      [...unmapped].sort().map((name) => JSON.stringify(name)),
    );
  }
  return mapped;
}
