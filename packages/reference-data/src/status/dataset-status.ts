import { type AsOf, daysBetween } from '@unforced/core';
import type { DatasetMeta } from '../datasets/records.js';

/** How current one dataset is as of a date. */
export interface DatasetStatus {
  readonly id: string;
  readonly title: string;
  readonly edition: string;
  /** The last date the data is known to have been current. */
  readonly validAsOf: string;
  /** Days from `validAsOf` to the as-of date (negative when the data is newer than the as-of date). */
  readonly ageDays: number;
  readonly refreshDays: number;
  /** Older than its refresh period: a newer edition probably exists. */
  readonly stale: boolean;
  /** The data is dated after the as-of date: a result computed with it may not be reproducible for that date. */
  readonly fromTheFuture: boolean;
  /** A sentence for people, present when stale or from the future. */
  readonly warning?: string;
}

/**
 * The staleness of each dataset as of a date: an edition older than its refresh period (the UFLPA
 * Entity List: 90 days; the TIP Report: a year) gets a warning telling the reader to check for a newer
 * edition.
 *
 * @example
 * ```ts
 * datasetStatusOf([uflpaEntitiesMeta], '2026-11-22')[0]?.stale; // true: 136 days since the 2026-07-09 snapshot
 * ```
 */
export function datasetStatusOf(metas: readonly DatasetMeta[], asOf: AsOf): DatasetStatus[] {
  return metas.map((meta) => {
    const ageDays = daysBetween(meta.validAsOf, asOf);
    const stale = ageDays > meta.refreshDays;
    const fromTheFuture = ageDays < 0;
    const base = {
      id: meta.id,
      title: meta.title,
      edition: meta.edition,
      validAsOf: meta.validAsOf,
      ageDays,
      refreshDays: meta.refreshDays,
      stale,
      fromTheFuture,
    };
    if (stale) {
      return {
        ...base,
        warning: `${meta.title} (${meta.edition}) was last known current on ${meta.validAsOf}, ${ageDays} days before ${asOf}; it is refreshed about every ${meta.refreshDays} days, so check ${meta.source.url} for a newer edition.`,
      };
    }
    if (fromTheFuture) {
      return {
        ...base,
        warning: `${meta.title} (${meta.edition}) is dated ${meta.validAsOf}, after the as-of date ${asOf}.`,
      };
    }
    return base;
  });
}
