import { AsOf } from '@unforced/core';
import {
  createScreeningIndex,
  ScreeningEntity,
  ScreenOptions,
  screenBatch,
  screeningFindings,
  uflpaScreeningList,
} from '@unforced/screening';
import { err, ok } from 'neverthrow';
import { z } from 'zod';
import { defineEndpoint } from '../app/endpoint.js';
import { perReferenceData } from '../app/per-reference-data.js';

/** The screening index over the UFLPA Entity List of a reference-data set, built once and kept. */
const indexFor = perReferenceData((referenceData) =>
  createScreeningIndex([uflpaScreeningList(referenceData)]),
);

/**
 * `POST /v1/screening/screen`: screens entities (suppliers, facilities, any party: a name, aliases,
 * country, identifiers) against the UFLPA Entity List of the server's reference data, with
 * `screenBatch` and `screeningFindings` of `@unforced/screening`. Each entity gets its row, id, result
 * (decision, scored matches with explanations) and findings as of `asOf`, or its own error; one bad
 * entity never fails the batch.
 *
 * @example
 * ```ts
 * screeningEndpoint.path; // '/v1/screening/screen'
 * ```
 */
export const screeningEndpoint = defineEndpoint({
  scope: 'screening',
  method: 'POST',
  path: '/v1/screening/screen',
  operationId: 'screenEntities',
  summary: 'Entity screening: entities → matches against the UFLPA Entity List',
  description:
    'Runs `screenBatch` then `screeningFindings` of @unforced/screening for each entity. Entities are validated one by one: a bad one gets `error` (code, message, issues) in its item and the others are screened.',
  input: z.strictObject({ asOf: AsOf, entities: z.array(z.unknown()), options: ScreenOptions.optional() }),
  documented: z.strictObject({
    asOf: AsOf,
    entities: z.array(ScreeningEntity),
    options: ScreenOptions.optional(),
  }),
  batchFields: [['entities']],
  warm: ({ referenceData }) => void indexFor(referenceData),
  run: async ({ asOf, entities, options }, { referenceData }) => {
    const index = indexFor(referenceData);
    if (index.isErr()) return err(index.error);
    const results: unknown[] = [];
    for await (const item of screenBatch(index.value, entities, options ?? {})) {
      const { row, id, result } = item;
      if (result.isErr()) {
        const { code, message, issues } = result.error;
        results.push({ row, id, error: { code, message, issues } });
        continue;
      }
      const findings = screeningFindings(result.value, { asOf });
      results.push({ row, id, result: result.value, findings: findings.unwrapOr([]) });
    }
    return ok({ kind: 'json', body: { asOf, lists: index.value.lists, results } });
  },
});
