import { z } from 'zod';

/**
 * The scopes an API key can be limited to, one per group of endpoints: `recruitment`
 * (`POST /v1/recruitment/check`), `screening` (`POST /v1/screening/screen`), `trace`
 * (`POST /v1/trace/verify`), `risk` (`POST /v1/risk/assess`), `report` (`POST /v1/reports`) and
 * `reference-data` (`GET /v1/reference-data`).
 *
 * @example
 * ```ts
 * ENDPOINT_SCOPES.includes('screening'); // true
 * ```
 */
export const ENDPOINT_SCOPES = [
  'recruitment',
  'screening',
  'trace',
  'risk',
  'report',
  'reference-data',
] as const;

/**
 * One of the {@link ENDPOINT_SCOPES}.
 *
 * @example
 * ```ts
 * EndpointScope.parse('risk');
 * ```
 */
export const EndpointScope = z.enum(ENDPOINT_SCOPES);

/** One of the {@link ENDPOINT_SCOPES}. */
export type EndpointScope = z.infer<typeof EndpointScope>;
