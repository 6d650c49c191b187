import { AsOf } from '@unforced/core';
import {
  analyseTrace,
  EpcisAggregationEvent,
  EpcisAssociationEvent,
  EpcisObjectEvent,
  EpcisTransactionEvent,
  EpcisTransformationEvent,
  TraceEvent,
  TraceOptions,
} from '@unforced/trace';
import { z } from 'zod';
import { defineEndpoint } from '../app/endpoint.js';

const Options = TraceOptions.omit({ isListedEntity: true, listedEntityEditions: true, referenceData: true });

/**
 * `POST /v1/trace/verify`: verifies traceability data with `analyseTrace` of `@unforced/trace`. The body
 * is the options of the analysis (`asOf`, `yields`, `tolerance`, `highRiskSubdivisions`, `dolGoodsAt`,
 * `timeToleranceMinutes`, `finishedLots`) with the event records in `events` (EPCIS 2.0 / UNTP-aligned
 * events as the SDK reads them) and the parties, facilities, products and lot mappings in `masterData`;
 * the answer is the SDK's `TraceAnalysis` (findings: mass balance, untraced inputs, time, custody gaps,
 * high-risk origins, listed entities; the exposure of every finished lot; the events and master-data
 * records it could not read).
 *
 * @example
 * ```ts
 * traceEndpoint.path; // '/v1/trace/verify'
 * ```
 */
export const traceEndpoint = defineEndpoint({
  scope: 'trace',
  method: 'POST',
  path: '/v1/trace/verify',
  operationId: 'verifyTrace',
  summary: 'Traceability: events → findings and exposure',
  description:
    'Runs `analyseTrace` of @unforced/trace against the UFLPA Entity List and DOL List of Goods of the server. Events and master-data records are validated one by one: bad ones are listed in `invalidEvents` and `invalidMasterData`; the rest is analysed.',
  input: Options.extend({ asOf: AsOf, events: z.array(z.unknown()), masterData: z.unknown().optional() }),
  documented: Options.extend({
    asOf: AsOf,
    events: z.array(
      z
        .union([
          EpcisObjectEvent,
          EpcisAggregationEvent,
          EpcisTransactionEvent,
          EpcisTransformationEvent,
          EpcisAssociationEvent,
          TraceEvent,
        ])
        .describe('An EPCIS 2.0 JSON event, a UNTP traceability event or a normalised TraceEvent.'),
    ),
    masterData: z.record(z.string(), z.unknown()).optional(),
  }),
  batchFields: [['events']],
  run: ({ events, masterData, ...options }, { referenceData }) =>
    analyseTrace(masterData === undefined ? { events } : { events, masterData }, {
      ...options,
      referenceData,
    }).map((analysis) => ({ kind: 'json' as const, body: analysis })),
});
