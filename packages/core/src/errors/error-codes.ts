/**
 * Every error code the Unforced core can return, declared once. The union type {@link ErrorCode} is
 * derived from this map, and `docs/errors.md` lists each code with its meaning.
 *
 * @example
 * ```ts
 * if (result.isErr() && result.error.code === ERROR_CODES.CURRENCY_MISMATCH) { ... }
 * ```
 */
export const ERROR_CODES = {
  /** Input failed schema validation; see `issues` for every problem and its path. */
  VALIDATION_FAILED: 'VALIDATION_FAILED',
  /** A value had the wrong JSON type (e.g. a number where a string was expected). */
  INVALID_TYPE: 'INVALID_TYPE',
  /** A required field was missing. */
  REQUIRED: 'REQUIRED',
  /** An object carried a field that the schema does not know. */
  UNKNOWN_FIELD: 'UNKNOWN_FIELD',
  /** A value was outside its allowed range, length or set of options. */
  OUT_OF_RANGE: 'OUT_OF_RANGE',
  /** A string did not have the required format. */
  INVALID_FORMAT: 'INVALID_FORMAT',
  /** Not an ISO 3166-1 alpha-2 country code. */
  INVALID_COUNTRY_CODE: 'INVALID_COUNTRY_CODE',
  /** Not an ISO 3166-2 subdivision code of a known country. */
  INVALID_SUBDIVISION_CODE: 'INVALID_SUBDIVISION_CODE',
  /** Not an active ISO 4217 currency code. */
  INVALID_CURRENCY_CODE: 'INVALID_CURRENCY_CODE',
  /** Not a valid ISO 8601 calendar date (`YYYY-MM-DD`) or date-time. */
  INVALID_DATE: 'INVALID_DATE',
  /** A date lies after the `asOf` date it must precede. */
  DATE_AFTER_AS_OF: 'DATE_AFTER_AS_OF',
  /** A money amount is not a safe integer number of minor units (e.g. a float). */
  INVALID_MONEY_AMOUNT: 'INVALID_MONEY_AMOUNT',
  /** A decimal money string could not be read. */
  MONEY_PARSE_FAILED: 'MONEY_PARSE_FAILED',
  /** A decimal string uses a comma as decimal separator but no locale was given to say so. */
  AMBIGUOUS_DECIMAL_SEPARATOR: 'AMBIGUOUS_DECIMAL_SEPARATOR',
  /** More decimal places than the currency's ISO 4217 minor unit allows. */
  TOO_MANY_DECIMAL_PLACES: 'TOO_MANY_DECIMAL_PLACES',
  /** Arithmetic or comparison on amounts in different currencies. */
  CURRENCY_MISMATCH: 'CURRENCY_MISMATCH',
  /** A money result would not fit in a safe integer. */
  MONEY_OVERFLOW: 'MONEY_OVERFLOW',
  /** Division by zero (e.g. a ratio against a zero wage). */
  DIVISION_BY_ZERO: 'DIVISION_BY_ZERO',
  /** An FX rate is malformed (not a positive decimal) or for the wrong currency pair. */
  INVALID_FX_RATE: 'INVALID_FX_RATE',
  /** No FX rate was supplied for a conversion that needs one. */
  FX_RATE_MISSING: 'FX_RATE_MISSING',
  /** The FX rate is dated after `asOf`, or older than the caller allows. */
  FX_RATE_OUT_OF_DATE: 'FX_RATE_OUT_OF_DATE',
  /** An identifier (OS ID, LEI, GLN) has the wrong length or characters. */
  IDENTIFIER_FORMAT_INVALID: 'IDENTIFIER_FORMAT_INVALID',
  /** An identifier's check digit or check character does not match its body. */
  IDENTIFIER_CHECK_DIGIT_MISMATCH: 'IDENTIFIER_CHECK_DIGIT_MISMATCH',
  /** Two records in one batch share an id that must be unique. */
  DUPLICATE_ID: 'DUPLICATE_ID',
  /** Two records of one subject cover overlapping periods (e.g. two payslips for the same days). */
  OVERLAPPING_PERIODS: 'OVERLAPPING_PERIODS',
  /** A record refers to another that the batch does not contain (e.g. a cost row for an unknown worker id). */
  UNKNOWN_REFERENCE: 'UNKNOWN_REFERENCE',
  /** A supplied dataset (e.g. a workbook) could not be read or has an unexpected layout. */
  DATASET_PARSE_FAILED: 'DATASET_PARSE_FAILED',
  /** An input file could not be read: missing, empty, truncated, of an unknown type or not in its format. */
  INPUT_UNREADABLE: 'INPUT_UNREADABLE',
  /** The command line was wrong: an unknown command or option, or a missing or invalid argument. */
  USAGE: 'USAGE',
  /** Personal data (a worker's name, a document number) reached a report without the caller opting in to disclose it. */
  DISCLOSURE_REQUIRED: 'DISCLOSURE_REQUIRED',
  /** A font could not be used: not TrueType/OpenType (or a collection), or its tables are damaged. */
  FONT_UNSUPPORTED: 'FONT_UNSUPPORTED',
  /** The bytes given as a PDF could not be read as one (truncated, damaged or not a PDF). */
  PDF_UNREADABLE: 'PDF_UNREADABLE',
  /** A PDF carries no embedded Unforced report data, or the data is not a valid report. */
  REPORT_DATA_MISSING: 'REPORT_DATA_MISSING',
  /** The SHA-256 of a PDF's embedded report data differs from the hash printed or recorded in the PDF. */
  REPORT_HASH_MISMATCH: 'REPORT_HASH_MISMATCH',
  /** Re-rendering a PDF's embedded report data does not give back the same bytes: the PDF was altered. */
  REPORT_RENDERING_MISMATCH: 'REPORT_RENDERING_MISMATCH',
  /** A name has nothing left to compare after normalisation (empty, only punctuation, only a legal form or an unread script). */
  NAME_NOT_SCREENABLE: 'NAME_NOT_SCREENABLE',
  /** A risk policy is invalid (a weight out of range, a missing or unknown key, thresholds out of order); see `issues`. */
  INVALID_POLICY: 'INVALID_POLICY',
  /** A supplier's sector text matches no sector of the risk policy's sector table. */
  UNKNOWN_SECTOR: 'UNKNOWN_SECTOR',
  /** An HTTP request carried no API key, or one the server does not know (the server says nothing more). */
  UNAUTHORIZED: 'UNAUTHORIZED',
  /** An HTTP request's API key is valid but not scoped to the endpoint it called. */
  FORBIDDEN: 'FORBIDDEN',
  /** No HTTP endpoint at the requested path. */
  NOT_FOUND: 'NOT_FOUND',
  /** The HTTP endpoint exists but not for the request's method (the `Allow` header lists those it has). */
  METHOD_NOT_ALLOWED: 'METHOD_NOT_ALLOWED',
  /** An HTTP request body is not `application/json` in UTF-8, or is content-encoded (e.g. gzip). */
  UNSUPPORTED_MEDIA_TYPE: 'UNSUPPORTED_MEDIA_TYPE',
  /** An HTTP request body is larger than the server's body-size limit. */
  BODY_TOO_LARGE: 'BODY_TOO_LARGE',
  /** A request carries more items in one batch (workers, names, events, suppliers) than the server's batch limit. */
  BATCH_TOO_LARGE: 'BATCH_TOO_LARGE',
  /** An HTTP request body is not well-formed JSON. */
  MALFORMED_JSON: 'MALFORMED_JSON',
  /** An HTTP request body nests arrays and objects deeper than the server's nesting-depth limit. */
  JSON_TOO_DEEP: 'JSON_TOO_DEEP',
  /** An API key sent more requests than its rate limit allows; retry after the `Retry-After` header's seconds. */
  RATE_LIMITED: 'RATE_LIMITED',
  /** An HTTP request was not answered within the server's per-request timeout (e.g. its body arrived too slowly). */
  REQUEST_TIMEOUT: 'REQUEST_TIMEOUT',
  /** The HTTP server could not listen on its host and port (e.g. the port is in use or the host is not local). */
  LISTEN_FAILED: 'LISTEN_FAILED',
  /** An unexpected failure inside a third-party library, wrapped with its cause. */
  INTERNAL: 'INTERNAL',
} as const;

/** One of the codes in {@link ERROR_CODES}. */
export type ErrorCode = keyof typeof ERROR_CODES;

const codeSet: ReadonlySet<string> = new Set(Object.keys(ERROR_CODES));

/**
 * Whether a string is one of the {@link ERROR_CODES}.
 *
 * @example
 * ```ts
 * isErrorCode('CURRENCY_MISMATCH'); // true
 * ```
 */
export function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === 'string' && codeSet.has(value);
}
