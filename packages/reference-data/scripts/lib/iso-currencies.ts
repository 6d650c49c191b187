import { BuildError } from './build-error.js';
import { compareStrings } from './compare.js';
import type { CsvRecord } from './csv-records.js';
import { COUNTRY_CODES_PATH } from './iso-sources.js';

/** An ISO 4217 currency as shipped in `@unforced/core`. */
export interface IsoCurrency {
  readonly code: string;
  readonly minorUnit: number;
  readonly name: string;
  readonly numeric: string;
}

/** A currency added by hand because the source leaves it out, with the reason. */
export interface CurrencySupplement {
  readonly currency: IsoCurrency;
  readonly reason: string;
}

/**
 * Currencies missing from `country-codes.csv`. The TR (Türkiye) row has all four ISO 4217 cells empty, so
 * without this the SDK would reject `TRY`. Applied only while the source still lacks the code.
 */
export const CURRENCY_SUPPLEMENTS: readonly CurrencySupplement[] = [
  {
    currency: { code: 'TRY', minorUnit: 2, name: 'Turkish Lira', numeric: '949' },
    reason:
      'country-codes.csv leaves the ISO 4217 cells of TR (Türkiye) empty; TRY added by hand from ISO 4217.',
  },
];

const COLUMNS = {
  code: 'ISO4217-currency_alphabetic_code',
  minorUnit: 'ISO4217-currency_minor_unit',
  name: 'ISO4217-currency_name',
  numeric: 'ISO4217-currency_numeric_code',
} as const;

/** Splits a cell that may hold several comma-separated values. An empty cell is no values. */
function splitCell(value: string): string[] {
  return value === '' ? [] : value.split(',').map((part) => part.trim());
}

/** The currencies of `country-codes.csv` and the supplements actually applied. */
export interface CurrencyExtraction {
  readonly currencies: readonly IsoCurrency[];
  readonly supplementsApplied: readonly CurrencySupplement[];
}

/**
 * Reads the ISO 4217 columns: cells holding several currencies (`HTG,USD` with `2,2`) are split
 * positionally; rows with no currency are skipped; codes are de-duplicated (a code whose minor unit or
 * numeric code disagrees between rows is an error) and sorted.
 */
export function extractCurrencies(records: readonly CsvRecord[]): CurrencyExtraction {
  const byCode = new Map<string, IsoCurrency>();
  for (const record of records) {
    const codes = splitCell(record.get(COLUMNS.code));
    const minorUnits = splitCell(record.get(COLUMNS.minorUnit));
    const names = splitCell(record.get(COLUMNS.name));
    const numerics = splitCell(record.get(COLUMNS.numeric));
    if (codes.length === 0) continue;
    const where = `${COUNTRY_CODES_PATH} line ${record.line}`;
    if (
      minorUnits.length !== codes.length ||
      names.length !== codes.length ||
      numerics.length !== codes.length
    ) {
      throw new BuildError(`${where}: currency cells have different numbers of values`, [
        codes.join(','),
        minorUnits.join(','),
        names.join(','),
        numerics.join(','),
      ]);
    }
    codes.forEach((code, index) => {
      const minorUnit = minorUnits[index] ?? '';
      const currency: IsoCurrency = {
        code,
        minorUnit: Number(minorUnit),
        name: names[index] ?? '',
        numeric: numerics[index] ?? '',
      };
      if (
        !/^[A-Z]{3}$/.test(code) ||
        !/^\d$/.test(minorUnit) ||
        !/^\d{3}$/.test(currency.numeric) ||
        currency.name === ''
      ) {
        throw new BuildError(`${where}: malformed currency`, [JSON.stringify(currency)]);
      }
      const previous = byCode.get(code);
      if (previous === undefined) byCode.set(code, currency);
      else if (previous.minorUnit !== currency.minorUnit || previous.numeric !== currency.numeric) {
        throw new BuildError(`${where}: currency ${code} disagrees with an earlier row`, [
          JSON.stringify(previous),
          JSON.stringify(currency),
        ]);
      }
    });
  }
  const supplementsApplied = CURRENCY_SUPPLEMENTS.filter(
    (supplement) => !byCode.has(supplement.currency.code),
  );
  for (const supplement of supplementsApplied) byCode.set(supplement.currency.code, supplement.currency);
  const currencies = [...byCode.values()].sort((a, b) => compareStrings(a.code, b.code));
  return { currencies, supplementsApplied };
}
