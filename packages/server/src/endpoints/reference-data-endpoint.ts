import { AsOf, DataEditionRef } from '@unforced/core';
import { ok } from 'neverthrow';
import { z } from 'zod';
import { defineEndpoint } from '../app/endpoint.js';

const DatasetStatusSchema = z.object({
  id: z.string(),
  title: z.string(),
  edition: z.string(),
  validAsOf: z.string(),
  ageDays: z.number().int(),
  refreshDays: z.number().int(),
  stale: z.boolean(),
  fromTheFuture: z.boolean(),
  warning: z.string().optional(),
});

/**
 * `GET /v1/reference-data?asOf=YYYY-MM-DD`: the editions of the reference datasets in use and how
 * current each is as of the date given (`asOf` is required: the server never reads the clock for a
 * result), from `datasetStatus` and `dataEditions` of `@unforced/reference-data`.
 *
 * @example
 * ```ts
 * referenceDataEndpoint.path; // '/v1/reference-data'
 * ```
 */
export const referenceDataEndpoint = defineEndpoint({
  scope: 'reference-data',
  method: 'GET',
  path: '/v1/reference-data',
  operationId: 'getReferenceData',
  summary: 'Reference-data editions and staleness',
  description:
    'The datasets the checks use (edition, last date known current, refresh period) and, for each, whether it is stale as of `asOf`.',
  input: z.strictObject({ asOf: AsOf }),
  batchFields: [],
  response: z.object({
    asOf: z.string(),
    datasets: z.array(DatasetStatusSchema),
    editions: z.array(DataEditionRef),
  }),
  run: ({ asOf }, { referenceData }) =>
    ok({
      kind: 'json',
      body: { asOf, datasets: referenceData.datasetStatus(asOf), editions: referenceData.dataEditions() },
    }),
});
