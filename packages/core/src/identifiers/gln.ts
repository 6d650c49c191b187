import { defineIdentifier } from './identifier-schema.js';

/**
 * The GS1 mod-10 check digit of a GS1 key body (GLN, GTIN…): from the right, digits are weighted
 * 3, 1, 3, 1…; the check digit brings the sum to a multiple of 10.
 *
 * @example
 * ```ts
 * gs1CheckDigit('400638133393'); // 1, so the key is 4006381333931
 * ```
 */
export function gs1CheckDigit(body: string): number {
  let sum = 0;
  for (let i = 0; i < body.length; i += 1) {
    const digit = Number(body[body.length - 1 - i]);
    sum += i % 2 === 0 ? digit * 3 : digit;
  }
  return (10 - (sum % 10)) % 10;
}

const gln = defineIdentifier(
  (raw) => raw.replace(/[\s-]/g, ''),
  (value) => {
    if (!/^\d{13}$/.test(value)) {
      return { code: 'IDENTIFIER_FORMAT_INVALID', message: `"${value}" is not a GLN: 13 digits` };
    }
    const expected = gs1CheckDigit(value.slice(0, 12));
    if (Number(value[12]) !== expected) {
      return {
        code: 'IDENTIFIER_CHECK_DIGIT_MISMATCH',
        message: `"${value}" has GS1 check digit ${value[12]}, expected ${expected}`,
      };
    }
    return undefined;
  },
);

/**
 * A GS1 Global Location Number: 13 digits, the last a GS1 mod-10 check digit. A wrong check digit is
 * `IDENTIFIER_CHECK_DIGIT_MISMATCH`.
 *
 * @example
 * ```ts
 * Gln.parse('4006381333931');
 * ```
 */
export const Gln = gln.schema;

/** Parses a GLN into a `Result`. */
export const parseGln = gln.parse;
