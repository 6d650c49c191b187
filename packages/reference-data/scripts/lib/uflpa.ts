import type { UnforcedError } from '@unforced/core';
import type { Result } from 'neverthrow';
import type { DatasetMeta, UflpaEntityRecord } from '../../src/datasets/records.js';
import { parseAliasList } from '../../src/uflpa/alias-list.js';
import { mergeUflpaEntities } from '../../src/uflpa/merge-uflpa-entities.js';
import type { UflpaRow } from '../../src/uflpa/merge-uflpa-rows.js';
import { parseUflpaName } from '../../src/uflpa/parse-uflpa-name.js';
import { BuildError } from './build-error.js';
import { compareStrings } from './compare.js';
import type { CsvRecord } from './csv-records.js';
import { checkIsoDate, parseUsLongDate } from './iso-date.js';
import { fileDigests, type SourceFile } from './source-file.js';
import { applyUflpaFixes, unusedUflpaFixes } from './uflpa-fixes.js';
import { type GeneratedModule, renderDataModule } from './write-module.js';

/** The flattened DHS UFLPA Entity List snapshot. */
export const UFLPA_PATH = 'us-dhs-uflpa-entity-list/uflpa_entity_list_snapshot_2026-07-09.csv';

/** Columns read from {@link UFLPA_PATH}. */
export const UFLPA_COLUMNS: readonly string[] = [
  'row_index',
  'inferred_table_block',
  'name_as_scraped',
  'aliases_as_scraped',
  'effective_date_as_published',
  'effective_date_iso',
  'parse_warnings',
];

/** The latest effective date the snapshot is stated to hold; the build fails if the data says otherwise. */
export const UFLPA_LATEST_ENTRY = '2025-01-15';

/** The snapshot date. */
export const UFLPA_SNAPSHOT_DATE = '2026-07-09';

/** A sanity range for the number of entities after de-duplication (160 rows, 149 distinct strings). */
export const UFLPA_ENTITY_RANGE = { min: 140, max: 149 } as const;

/** The value of a parsing step, or a {@link BuildError} naming where it failed. */
function orThrow<T>(result: Result<T, UnforcedError>, where: string): T {
  if (result.isErr()) throw new BuildError(`${where}: ${result.error.message}`);
  return result.value;
}

/** Fixes and parses one snapshot row. */
export function readUflpaRow(record: CsvRecord): UflpaRow {
  const where = `${UFLPA_PATH} line ${record.line}`;
  const row = Number(record.get('row_index'));
  const block = Number(record.get('inferred_table_block'));
  if (!Number.isInteger(row) || !Number.isInteger(block)) {
    throw new BuildError(`${where}: bad row_index or block`);
  }
  const listedOn = checkIsoDate(record.get('effective_date_iso'), where);
  if (parseUsLongDate(record.get('effective_date_as_published'), where) !== listedOn) {
    throw new BuildError(
      `${where}: "${record.get('effective_date_as_published')}" does not match ${listedOn}`,
    );
  }
  const fixed = applyUflpaFixes(
    row,
    record.get('name_as_scraped'),
    record.get('aliases_as_scraped'),
    record.get('parse_warnings'),
  );
  const parsed = orThrow(parseUflpaName(fixed.name), where);
  return {
    row,
    block,
    listedName: fixed.name,
    name: parsed.name,
    aliases: [...parsed.aliases, ...orThrow(parseAliasList(fixed.aliases), where)],
    includesSubsidiaries: parsed.includesSubsidiaries,
    listedOn,
    fixes: fixed.fixes,
  };
}

/**
 * Reads every row, merges rows that name the same entity with `mergeUflpaEntities` (same dedupe key)
 * and returns the entities sorted by id. Duplicate ids, unused fixes or an entity count outside
 * {@link UFLPA_ENTITY_RANGE} are a {@link BuildError}.
 */
export function buildUflpaEntities(records: readonly CsvRecord[]): UflpaEntityRecord[] {
  const rows = records.map(readUflpaRow).sort((a, b) => a.row - b.row);
  const unused = unusedUflpaFixes(new Set(rows.map((row) => row.row)));
  if (unused.length > 0) {
    throw new BuildError(
      'UFLPA_FIXES names rows not in the snapshot',
      unused.map((fix) => String(fix.row)),
    );
  }
  const entities = orThrow(mergeUflpaEntities(rows), UFLPA_PATH);
  if (entities.length < UFLPA_ENTITY_RANGE.min || entities.length > UFLPA_ENTITY_RANGE.max) {
    throw new BuildError(
      `UFLPA: ${entities.length} entities, outside the expected ${UFLPA_ENTITY_RANGE.min}–${UFLPA_ENTITY_RANGE.max}`,
    );
  }
  const latest = entities
    .flatMap((entity) => entity.listedOn)
    .sort(compareStrings)
    .at(-1);
  if (latest !== UFLPA_LATEST_ENTRY) {
    throw new BuildError(
      `UFLPA: latest effective date is ${latest}, the meta says ${UFLPA_LATEST_ENTRY}; update the edition`,
    );
  }
  return entities;
}

/** Provenance of the shipped UFLPA Entity List. */
export function uflpaEntitiesMeta(file: SourceFile, rowCount: number, entityCount: number): DatasetMeta {
  return {
    id: 'us-dhs-uflpa-entity-list',
    title: 'UFLPA Entity List',
    edition: `DHS UFLPA Entity List, snapshot of ${UFLPA_SNAPSHOT_DATE} (latest entry effective ${UFLPA_LATEST_ENTRY})`,
    publishedAt: UFLPA_LATEST_ENTRY,
    retrievedAt: UFLPA_SNAPSHOT_DATE,
    source: {
      publisher: 'US Department of Homeland Security / Forced Labor Enforcement Task Force (FLETF)',
      url: 'https://www.dhs.gov/uflpa-entity-list',
      via: `Third-party scrape of the DHS page: GitHub aronrosenfield-hash/TruNorth public/data/cbp-forced-labor.json at commit 47d9719e59f5a44e7bc67ba2292510ac80d47e06 (fetched ${UFLPA_SNAPSHOT_DATE}), flattened to CSV with no name or date text changed.`,
      files: fileDigests([file]),
    },
    licence:
      'US federal government work (DHS), public domain in the US; the scraper output states "public domain, commercial use permitted, citation requested".',
    caveats: [
      'No section column: the scrape did not keep the DHS table headings, so the UFLPA §2(d)(2)(B) list each entity is on is not known.',
      "inferredBlocks are the snapshot curator's inference from where alphabetical order restarts on the page; they are not authoritative and must not be presented as the legal listing basis.",
      'No country column: DHS does not give one.',
      'Two scraper artefacts (rows 3 and 8) were fixed by hand; the affected entities record each fix in fixes.',
      `Entities added or removed after ${UFLPA_SNAPSHOT_DATE} are not reflected; re-check the DHS page before relying on a result.`,
      `Rows naming the same entity in several tables were merged on a normalised name (${rowCount} rows, ${entityCount} entities).`,
    ],
    validAsOf: '2026-07-09',
    refreshDays: 90,
  };
}

/** The `uflpa-entities.ts` module. */
export function buildUflpaModule(
  file: SourceFile,
  records: readonly CsvRecord[],
  outPath: string,
): GeneratedModule {
  const entities = buildUflpaEntities(records);
  const aliasCount = entities.reduce((sum, entity) => sum + entity.aliases.length, 0);
  return {
    path: outPath,
    content: renderDataModule({
      sourcePaths: [file.path],
      recordType: 'UflpaEntityRecord',
      metaName: 'uflpaEntitiesMeta',
      meta: uflpaEntitiesMeta(file, records.length, entities.length),
      arrayName: 'uflpaEntities',
      records: entities,
    }),
    summary: `uflpa-entities: ${records.length} rows → ${entities.length} entities (${aliasCount} aliases, ${entities.filter((e) => e.includesSubsidiaries).length} with subsidiaries)`,
  };
}
