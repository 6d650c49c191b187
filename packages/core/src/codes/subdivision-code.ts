import { z } from 'zod';
import { addCodedIssue } from '../validation/coded-issue.js';
import { isCountryCode } from './country-code.js';

const SUBDIVISION_PATTERN = /^([A-Z]{2})-([A-Z0-9]{1,3})$/;

/**
 * The country part of an ISO 3166-2 code.
 *
 * @example
 * ```ts
 * countryOfSubdivision('CN-XJ'); // 'CN'
 * ```
 */
export function countryOfSubdivision(code: string): string {
  return code.slice(0, 2);
}

/**
 * An ISO 3166-2 subdivision code such as `CN-XJ` (Xinjiang): a valid ISO 3166-1 alpha-2 country code, a
 * hyphen and one to three upper-case letters or digits. Which subdivisions exist is reference data: see
 * `getSubdivision` in `@unforced/reference-data`.
 *
 * @example
 * ```ts
 * SubdivisionCode.parse('CN-XJ'); // 'CN-XJ'
 * ```
 */
export const SubdivisionCode = z.string().superRefine((value, ctx) => {
  const match = SUBDIVISION_PATTERN.exec(value);
  if (match === null || !isCountryCode(match[1])) {
    addCodedIssue(
      ctx,
      'INVALID_SUBDIVISION_CODE',
      `"${value}" is not an ISO 3166-2 subdivision code (e.g. CN-XJ)`,
    );
  }
});

/** An ISO 3166-2 subdivision code. */
export type SubdivisionCode = z.infer<typeof SubdivisionCode>;
