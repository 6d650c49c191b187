import type { DatasetMeta } from './records.js';

/** A dataset: its provenance and its records. */
export interface Dataset<T> {
  readonly meta: DatasetMeta;
  readonly records: readonly T[];
}
