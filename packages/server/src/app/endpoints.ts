import { recruitmentEndpoint } from '../endpoints/recruitment-endpoint.js';
import { referenceDataEndpoint } from '../endpoints/reference-data-endpoint.js';
import { screeningEndpoint } from '../endpoints/screening-endpoint.js';
import type { Endpoint } from './endpoint.js';

/**
 * Every endpoint under `/v1`, in the order the OpenAPI document lists them.
 *
 * @example
 * ```ts
 * ENDPOINTS.map((e) => `${e.method} ${e.path}`);
 * ```
 */
export const ENDPOINTS: readonly Endpoint[] = [recruitmentEndpoint, screeningEndpoint, referenceDataEndpoint];
