import { z } from 'zod';
import { ISO_3166_1_ALPHA2 } from '../generated/iso-codes.js';
import { addCodedIssue } from '../validation/coded-issue.js';

/**
 * Codes accepted besides ISO 3166-1: `XK` (Kosovo) is user-assigned, not ISO, but the US TIP Report,
 * the DOL List of Goods and the Global Slavery Index all report on Kosovo, so the SDK accepts it.
 */
export const USER_ASSIGNED_COUNTRY_CODES = ['XK'] as const;

const known: ReadonlySet<string> = new Set<string>([...ISO_3166_1_ALPHA2, ...USER_ASSIGNED_COUNTRY_CODES]);

/**
 * Whether a string is an ISO 3166-1 alpha-2 code (upper case) or one of
 * {@link USER_ASSIGNED_COUNTRY_CODES}.
 *
 * @example
 * ```ts
 * isCountryCode('MY'); // true
 * isCountryCode('ZZ'); // false
 * ```
 */
export function isCountryCode(value: unknown): value is string {
  return typeof value === 'string' && known.has(value);
}

/**
 * An ISO 3166-1 alpha-2 country code such as `MY` or `NP`, upper case, checked against the ISO list
 * shipped with the SDK (plus `XK`). Unknown codes are `INVALID_COUNTRY_CODE`.
 *
 * @example
 * ```ts
 * CountryCode.parse('NP'); // 'NP'
 * ```
 */
export const CountryCode = z.string().superRefine((value, ctx) => {
  if (!known.has(value))
    addCodedIssue(ctx, 'INVALID_COUNTRY_CODE', `"${value}" is not an ISO 3166-1 alpha-2 country code`);
});

/** An ISO 3166-1 alpha-2 country code. */
export type CountryCode = z.infer<typeof CountryCode>;
