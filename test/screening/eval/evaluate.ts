import type { ScreeningIndex } from '@unforced/screening';
import Fuse from 'fuse.js';
import type { EvalCase } from './build-cases.js';

/** Confusion counts and the figures derived from them. */
export interface Figures {
  readonly cases: number;
  readonly tp: number;
  readonly fp: number;
  readonly fn: number;
  readonly tn: number;
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
  /** Share of the negative cases that were flagged. */
  readonly falsePositiveRate: number;
}

/**
 * Scores predictions: a positive case is a true positive when its entry is among the flagged entries,
 * else a false negative (and also a false positive if some other entry was flagged); a negative case is
 * a false positive when anything is flagged, else a true negative.
 */
export function figures(cases: readonly EvalCase[], flagged: (c: EvalCase) => readonly string[]): Figures {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let tn = 0;
  let negatives = 0;
  let negativesFlagged = 0;
  for (const c of cases) {
    const hits = flagged(c);
    if (c.label === 'match') {
      if (hits.includes(`uflpa:${c.entry}`)) tp += 1;
      else {
        fn += 1;
        if (hits.length > 0) fp += 1;
      }
    } else {
      negatives += 1;
      if (hits.length > 0) {
        fp += 1;
        negativesFlagged += 1;
      } else tn += 1;
    }
  }
  const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 1 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return {
    cases: cases.length,
    tp,
    fp,
    fn,
    tn,
    precision,
    recall,
    f1,
    falsePositiveRate: negatives === 0 ? 0 : negativesFlagged / negatives,
  };
}

/** The entries our screener flags (match or potential match) for a case, under the given thresholds. */
export function screenerFlags(
  index: ScreeningIndex,
  thresholds?: { match: number; potentialMatch: number },
): (c: EvalCase) => string[] {
  return (c) => {
    const result = index.screenName(c.query, thresholds === undefined ? {} : { thresholds });
    return result.isOk() ? result.value.matches.map((m) => m.entry.id) : [];
  };
}

/** What fuse.js returns for a case: entries with a Fuse score at or below `threshold`. */
export function fuseFlags(
  records: ReadonlyArray<{ id: string; name: string; aliases: readonly string[] }>,
  threshold: number,
  ignoreLocation: boolean,
): (c: EvalCase) => string[] {
  const fuse = new Fuse([...records], {
    keys: ['name', 'aliases'],
    includeScore: true,
    threshold,
    ignoreLocation,
  });
  return (c) => fuse.search(c.query).map((r) => r.item.id);
}
