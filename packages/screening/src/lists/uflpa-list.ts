import { bundledReferenceData, type ReferenceData } from '@unforced/reference-data';
import type { ScreeningListInput } from './screening-list.js';

/** The id of the UFLPA Entity List among screening lists (the reference-data dataset id). */
export const UFLPA_LIST_ID = 'us-dhs-uflpa-entity-list';

/**
 * The UFLPA Entity List as a screening list: every entity with its listed name, its aliases (also
 * known as, formerly known as, acronyms), whether the listing extends to subsidiaries, and its listing
 * dates. DHS gives no country, so entries have none. The edition and the SHA-256 of the source file
 * come from the reference data (the bundled snapshot unless `data` substitutes a newer list).
 *
 * @example
 * ```ts
 * const list = uflpaScreeningList();
 * list.entries.length; // 144 with the bundled snapshot of 2026-07-09
 * ```
 */
export function uflpaScreeningList(data: ReferenceData = bundledReferenceData()): ScreeningListInput {
  const meta = data.datasets.uflpaEntities?.meta;
  const edition = data.editionOf('uflpaEntities') ?? {
    datasetId: UFLPA_LIST_ID,
    edition: 'unknown edition',
  };
  return {
    id: UFLPA_LIST_ID,
    title: meta?.title ?? 'UFLPA Entity List',
    edition,
    regime: 'uflpa',
    severity: 'critical',
    standards: [
      {
        standard: 'UFLPA',
        clause: 'Sec. 3 (rebuttable presumption), for entities on the UFLPA Entity List of Sec. 2(d)(2)(B)',
      },
    ],
    evidence: (meta?.source.files ?? []).map((file) => ({
      id: `${edition.datasetId}:${file.path}`,
      kind: 'dataset' as const,
      sha256: file.sha256,
      description: edition.edition,
    })),
    entries: data.uflpaEntities().map((record) => ({
      id: record.id,
      names: [record.name],
      aliases: record.aliases.map((alias) => alias.name),
      includesSubsidiaries: record.includesSubsidiaries,
      listedOn: [...record.listedOn],
    })),
  };
}
