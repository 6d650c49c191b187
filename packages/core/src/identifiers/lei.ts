import { defineIdentifier } from './identifier-schema.js';

const LEI_PATTERN = /^[0-9A-Z]{18}[0-9]{2}$/;

/**
 * ISO 7064 MOD 97-10 remainder of an alphanumeric string (letters A–Z count as 10–35), computed
 * piecewise so long inputs never lose precision.
 *
 * @example
 * ```ts
 * mod97('5493001KJTIIGC8Y1R12'); // 1 (valid LEI)
 * ```
 */
export function mod97(value: string): number {
  let remainder = 0;
  for (const char of value) {
    const code = char.charCodeAt(0);
    const digits = code >= 65 && code <= 90 ? String(code - 55) : char;
    for (const digit of digits) remainder = (remainder * 10 + Number(digit)) % 97;
  }
  return remainder;
}

const lei = defineIdentifier(
  (raw) => raw.replace(/\s/g, '').toUpperCase(),
  (value) => {
    if (!LEI_PATTERN.test(value)) {
      return {
        code: 'IDENTIFIER_FORMAT_INVALID',
        message: `"${value}" is not an LEI: 20 characters, 18 letters or digits and two check digits`,
      };
    }
    if (mod97(value) !== 1) {
      return {
        code: 'IDENTIFIER_CHECK_DIGIT_MISMATCH',
        message: `"${value}" fails the ISO 17442 (ISO 7064 MOD 97-10) check`,
      };
    }
    return undefined;
  },
);

/**
 * A Legal Entity Identifier (ISO 17442): 20 characters whose last two digits make the whole string
 * ≡ 1 (mod 97) under ISO 7064 MOD 97-10. A failed check is `IDENTIFIER_CHECK_DIGIT_MISMATCH`.
 *
 * @example
 * ```ts
 * Lei.parse('5493001KJTIIGC8Y1R12');
 * ```
 */
export const Lei = lei.schema;

/** Parses an LEI into a `Result`. */
export const parseLei = lei.parse;
