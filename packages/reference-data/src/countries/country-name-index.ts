import type { CountryRecord } from '../datasets/records.js';
import { COUNTRY_NAME_ALIASES, normaliseCountryName } from './country-name-aliases.js';

/**
 * Builds a lookup from country names to ISO alpha-2 codes: the ISO 3166-1 display and official names
 * of the given records, every alpha-2 and alpha-3 code, and the alias table of spellings used by the
 * US government and Walk Free datasets (`Burma`, `Viet Nam`, `Türkiye`…). Unknown names give
 * `undefined`; nothing is guessed.
 *
 * @example
 * ```ts
 * const lookup = createCountryNameIndex(countries);
 * lookup('Viet Nam'); // 'VN'
 * ```
 */
export function createCountryNameIndex(
  records: readonly CountryRecord[],
): (name: string) => string | undefined {
  const byName = new Map<string, string>();
  for (const record of records) {
    for (const name of [record.name, record.officialName, record.alpha2, record.alpha3]) {
      byName.set(normaliseCountryName(name), record.alpha2);
    }
  }
  for (const [name, code] of Object.entries(COUNTRY_NAME_ALIASES))
    byName.set(normaliseCountryName(name), code);
  return (name) => byName.get(normaliseCountryName(name));
}
