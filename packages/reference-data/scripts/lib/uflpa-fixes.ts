import { BuildError } from './build-error.js';

/** A column of the UFLPA snapshot that a fix may change. */
export type UflpaFixField = 'name_as_scraped' | 'aliases_as_scraped';

/** One hand correction of a scraper artefact in the UFLPA snapshot. */
export interface UflpaFix {
  readonly row: number;
  readonly field: UflpaFixField;
  /** The exact text in the snapshot; if it changes, the build fails so the fix is reviewed. */
  readonly from: string;
  readonly to: string;
  readonly reason: string;
}

/**
 * Every hand correction applied to `uflpa_entity_list_snapshot_2026-07-09.csv`. Each row with a
 * `parse_warnings` value must be covered here; each applied fix is recorded on the entity in words.
 */
export const UFLPA_FIXES: readonly UflpaFix[] = [
  {
    row: 3,
    field: 'name_as_scraped',
    from: 'Hoshine Silicon Industry (Shanshan) Co., LtdCo.) and subsidiaries',
    to: 'Hoshine Silicon Industry (Shanshan) Co., Ltd and subsidiaries',
    reason:
      'the scraper cut the DHS cell "Hoshine Silicon Industry (Shanshan) Co., Ltd (including one alias: Hesheng Silicon Industry (Shanshan) Co.) and subsidiaries" inside the alias clause',
  },
  {
    row: 3,
    field: 'aliases_as_scraped',
    from: 'Hesheng Silicon Industry (Shanshan',
    to: 'Hesheng Silicon Industry (Shanshan) Co.',
    reason: 'the alias was truncated by the same scraper error; completed from the DHS cell',
  },
  {
    row: 8,
    field: 'name_as_scraped',
    from: 'Xinjiang Production and Construction Corpsand its subordinate and affiliated entities',
    to: 'Xinjiang Production and Construction Corps and its subordinate and affiliated entities',
    reason: 'the scraper dropped the space in "Corps and"',
  },
];

/** A row's name and alias cells after fixes, and the fixes applied to it in words. */
export interface FixedUflpaCells {
  readonly name: string;
  readonly aliases: string;
  readonly fixes: readonly string[];
}

/** Describes a fix in words for the entity's `fixes`. */
export function describeUflpaFix(fix: UflpaFix): string {
  const what = fix.field === 'name_as_scraped' ? 'name' : 'alias';
  return `Row ${fix.row}: ${what} ${JSON.stringify(fix.from)} corrected to ${JSON.stringify(fix.to)} (${fix.reason}).`;
}

/**
 * Applies the fixes for one row. A fix whose `from` text is not what the snapshot holds, or a row with
 * parse warnings that no fix covers, is a {@link BuildError}.
 */
export function applyUflpaFixes(
  row: number,
  name: string,
  aliases: string,
  parseWarnings: string,
): FixedUflpaCells {
  const fixes = UFLPA_FIXES.filter((fix) => fix.row === row);
  if (parseWarnings !== '' && fixes.length === 0) {
    throw new BuildError(
      `UFLPA row ${row} has parse warnings "${parseWarnings}" but no entry in UFLPA_FIXES`,
    );
  }
  const cells: Record<UflpaFixField, string> = { name_as_scraped: name, aliases_as_scraped: aliases };
  for (const fix of fixes) {
    if (cells[fix.field] !== fix.from) {
      throw new BuildError(
        `UFLPA row ${row}: ${fix.field} is no longer ${JSON.stringify(fix.from)}; review UFLPA_FIXES`,
        [JSON.stringify(cells[fix.field])],
      );
    }
    cells[fix.field] = fix.to;
  }
  return {
    name: cells.name_as_scraped,
    aliases: cells.aliases_as_scraped,
    fixes: fixes.map(describeUflpaFix),
  };
}

/** Fixes naming rows that are not in the snapshot (so a stale table is noticed). */
export function unusedUflpaFixes(rows: ReadonlySet<number>): UflpaFix[] {
  return UFLPA_FIXES.filter((fix) => !rows.has(fix.row));
}
