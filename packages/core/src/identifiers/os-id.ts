import { isCountryCode } from '../codes/country-code.js';
import { defineIdentifier } from './identifier-schema.js';

/** Crockford base-32 symbols, as used by Open Supply Hub (no I, L, O or U). */
const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const OS_ID_PATTERN = /^[A-Z]{2}\d{7}[0-9A-HJKMNP-TV-Z]{6}$/;

/**
 * The check character of an Open Supply Hub ID body (the first 14 characters): the sum of the two
 * country letters' character codes and the Crockford base-32 values of the other twelve characters,
 * modulo 32, as a Crockford symbol. This is the algorithm of Open Supply Hub's (formerly Open Apparel
 * Registry's) `make_oar_id` / `validate_oar_id`.
 *
 * @example
 * ```ts
 * osIdCheckCharacter('CN2019303BQ3FZ'); // 'P'
 * ```
 */
export function osIdCheckCharacter(body: string): string {
  const country = body.charCodeAt(0) + body.charCodeAt(1);
  let rest = 0;
  for (const char of body.slice(2)) rest += CROCKFORD.indexOf(char);
  return CROCKFORD[(country + rest) % 32] as string;
}

const osId = defineIdentifier(
  (raw) => raw.replace(/[\s-]/g, '').toUpperCase(),
  (value) => {
    if (!OS_ID_PATTERN.test(value)) {
      return {
        code: 'IDENTIFIER_FORMAT_INVALID',
        message: `"${value}" is not an OS ID: 15 characters, country code, year and day (7 digits), 5 base-32 characters and a check character`,
      };
    }
    if (!isCountryCode(value.slice(0, 2))) {
      return {
        code: 'IDENTIFIER_FORMAT_INVALID',
        message: `"${value}" does not start with an ISO 3166-1 country code`,
      };
    }
    const expected = osIdCheckCharacter(value.slice(0, 14));
    if (value[14] !== expected) {
      return {
        code: 'IDENTIFIER_CHECK_DIGIT_MISMATCH',
        message: `"${value}" has check character ${value[14]}, expected ${expected}`,
      };
    }
    return undefined;
  },
);

/**
 * An Open Supply Hub facility ID (OS ID), e.g. `CN2019303BQ3FZP`: country code, year and day of
 * creation, five random base-32 characters and a check character. Hyphens and spaces are removed and
 * letters upper-cased; a wrong check character is `IDENTIFIER_CHECK_DIGIT_MISMATCH`.
 *
 * @example
 * ```ts
 * OsId.parse('CN-2019303-BQ3FZ-P'); // 'CN2019303BQ3FZP'
 * ```
 */
export const OsId = osId.schema;

/** Parses an OS ID into a `Result`. */
export const parseOsId = osId.parse;
