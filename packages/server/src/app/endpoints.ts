import { recruitmentEndpoint } from '../endpoints/recruitment-endpoint.js';
import { referenceDataEndpoint } from '../endpoints/reference-data-endpoint.js';
import { reportEndpoint } from '../endpoints/report-endpoint.js';
import { riskAssessEndpoint, riskPortfolioEndpoint } from '../endpoints/risk-endpoints.js';
import { screeningEndpoint } from '../endpoints/screening-endpoint.js';
import { traceEndpoint } from '../endpoints/trace-endpoint.js';
import type { Endpoint } from './endpoint.js';

/**
 * Every endpoint under `/v1`, in the order the OpenAPI document lists them.
 *
 * @example
 * ```ts
 * ENDPOINTS.map((e) => `${e.method} ${e.path}`);
 * ```
 */
export const ENDPOINTS: readonly Endpoint[] = [
  recruitmentEndpoint,
  screeningEndpoint,
  traceEndpoint,
  riskAssessEndpoint,
  riskPortfolioEndpoint,
  reportEndpoint,
  referenceDataEndpoint,
];
