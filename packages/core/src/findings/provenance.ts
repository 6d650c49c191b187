import { z } from 'zod';

/**
 * The edition of a reference dataset that a result used, e.g.
 * `{ datasetId: 'us-dhs-uflpa-entity-list', edition: 'snapshot 2026-07-09' }`.
 */
export const DataEditionRef = z.strictObject({
  datasetId: z.string().min(1),
  edition: z.string().min(1),
});

/** The edition of a dataset used by a result. */
export type DataEditionRef = z.infer<typeof DataEditionRef>;

/**
 * What produced a result: the methodology (rule set) and its version, and the data editions it read.
 * Every finding, score and report carries one, so a result can be reproduced and compared over time.
 *
 * @example
 * ```ts
 * Provenance.parse({ methodology: { id: 'unforced/recruitment', version: '0.1.0' }, dataEditions: [] });
 * ```
 */
export const Provenance = z.strictObject({
  methodology: z.strictObject({ id: z.string().min(1), version: z.string().min(1) }),
  dataEditions: z.array(DataEditionRef),
});

/** Methodology version and data editions behind a result. */
export type Provenance = z.infer<typeof Provenance>;
