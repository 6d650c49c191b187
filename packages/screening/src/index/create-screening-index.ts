import { errorFromIssues, type UnforcedError, type UnforcedIssue, validate } from '@unforced/core';
import { err, ok, type Result } from 'neverthrow';
import { z } from 'zod';
import { ScreeningList, type ScreeningListInput } from '../lists/screening-list.js';
import { Thresholds } from '../screen/thresholds.js';
import { buildIndexData } from './index-data.js';
import { createIndexFromData, type ScreeningIndex } from './screening-index.js';

/**
 * Options of {@link createScreeningIndex}: the default decision `thresholds` (see
 * `DEFAULT_THRESHOLDS`), how many candidate names are scored per query name (`maxCandidates`,
 * default 64) and how many matches a result keeps (`maxResults`, default 10).
 *
 * @example
 * ```ts
 * ScreeningIndexOptions.parse({ thresholds: { match: 0.95, potentialMatch: 0.85 } });
 * ```
 */
export const ScreeningIndexOptions = z.strictObject({
  thresholds: Thresholds.default({ match: 0.9, potentialMatch: 0.8 }),
  maxCandidates: z.number().int().min(1).max(10_000).default(64),
  maxResults: z.number().int().min(1).max(1_000).default(10),
});

/** Options of {@link createScreeningIndex} as callers write them. */
export type ScreeningIndexOptionsInput = z.input<typeof ScreeningIndexOptions>;

function duplicateIssues(lists: readonly ScreeningList[]): UnforcedIssue[] {
  const issues: UnforcedIssue[] = [];
  const listIds = new Set<string>();
  lists.forEach((list, l) => {
    if (listIds.has(list.id))
      issues.push({
        code: 'DUPLICATE_ID',
        message: `list id "${list.id}" appears twice`,
        path: ['lists', l, 'id'],
      });
    listIds.add(list.id);
    const entryIds = new Set<string>();
    list.entries.forEach((entry, e) => {
      if (entryIds.has(entry.id))
        issues.push({
          code: 'DUPLICATE_ID',
          message: `entry id "${entry.id}" appears twice in list "${list.id}"`,
          path: ['lists', l, 'entries', e, 'id'],
        });
      entryIds.add(entry.id);
    });
  });
  return issues;
}

/**
 * Builds a screening index over one or more lists, once: every name and alias normalised, a
 * vocabulary with IDF weights over the entries, token postings, a character-trigram index for
 * spelling variants and a joined-word index. Lists are validated with zod; every problem (a missing
 * field, a duplicate list or entry id — `DUPLICATE_ID` —, a name with nothing to compare —
 * `NAME_NOT_SCREENABLE` —) is reported with its path, and no index is built.
 *
 * @example
 * ```ts
 * const index = createScreeningIndex([uflpaScreeningList()])._unsafeUnwrap();
 * index.screen({ id: 'S-1', name: 'Hotan Taida Apparel Co Ltd' })._unsafeUnwrap().decision; // 'match'
 * ```
 */
export function createScreeningIndex(
  lists: readonly ScreeningListInput[],
  options: ScreeningIndexOptionsInput = {},
): Result<ScreeningIndex, UnforcedError> {
  const settings = validate(ScreeningIndexOptions, options, ['options']);
  if (settings.isErr()) return err(settings.error);
  const parsed = validate(z.array(ScreeningList), lists, ['lists']);
  if (parsed.isErr()) return err(parsed.error);
  const duplicates = duplicateIssues(parsed.value);
  if (duplicates.length > 0) return err(errorFromIssues(duplicates));
  const { data, issues } = buildIndexData(parsed.value);
  if (issues.length > 0) return err(errorFromIssues(issues));
  return ok(createIndexFromData(data, settings.value));
}
