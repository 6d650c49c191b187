import { CountryCode, DataEditionRef, EvidenceRef, IsoDate, Severity, StandardRef } from '@unforced/core';
import { z } from 'zod';

/**
 * An identifier an entry or a screened entity carries (a registration number, an LEI, a customs code):
 * the scheme it belongs to and its value. Two records sharing one are the same entity.
 *
 * @example
 * ```ts
 * ScreeningIdentifier.parse({ scheme: 'uscc', value: '91652900MA775KQ01X' });
 * ```
 */
export const ScreeningIdentifier = z.strictObject({
  scheme: z.string().trim().min(1).toLowerCase(),
  value: z.string().trim().min(1),
});

/** An identifier with its scheme. */
export type ScreeningIdentifier = z.infer<typeof ScreeningIdentifier>;

/**
 * One entry of a screening list: a stable `id` (unique in its list), one or more `names` (the first is
 * the name shown), `aliases` (also-known-as, formerly-known-as, acronyms), the ISO `country` when the
 * list gives one (the UFLPA Entity List does not), and optional `addresses` and `identifiers`, used as
 * supporting evidence. `includesSubsidiaries` says the listing extends to subsidiaries, so a name that
 * contains the listed name is reported for review.
 *
 * @example
 * ```ts
 * ScreeningListEntry.parse({ id: 'blk-0001', names: ['Acme Cotton Trading Co., Ltd.'], country: 'CN' });
 * ```
 */
export const ScreeningListEntry = z.strictObject({
  id: z.string().trim().min(1),
  names: z.array(z.string()).min(1),
  aliases: z.array(z.string()).default([]),
  country: CountryCode.optional(),
  addresses: z.array(z.string().min(1)).default([]),
  identifiers: z.array(ScreeningIdentifier).default([]),
  includesSubsidiaries: z.boolean().default(false),
  /** Dates the entry was listed, as the list gives them (ISO dates). */
  listedOn: z.array(IsoDate).default([]),
});

/** A list entry, as validated. */
export type ScreeningListEntry = z.output<typeof ScreeningListEntry>;

/** A list entry as callers may write it. */
export type ScreeningListEntryInput = z.input<typeof ScreeningListEntry>;

/**
 * A list to screen against: the UFLPA Entity List (see `uflpaScreeningList`) or one the caller
 * supplies (an internal blocklist, a newer official CSV, another published forced-labour list).
 *
 * - `id`: unique among the lists of one index, lower-case words and hyphens.
 * - `edition`: the dataset id and edition, cited in every finding's provenance.
 * - `regime`: `uflpa` for the UFLPA Entity List (a match is critical and cites the rebuttable
 *   presumption); `other` for any other list, whose findings carry `severity` and `standards`.
 * - `evidence`: references (with SHA-256) to the list file, cited in every finding.
 *
 * @example
 * ```ts
 * ScreeningList.parse({
 *   id: 'acme-blocklist',
 *   title: 'Acme internal blocklist',
 *   edition: { datasetId: 'acme-blocklist', edition: '2026-10-01' },
 *   entries: [{ id: 'blk-0001', names: ['Acme Cotton Trading Co., Ltd.'] }],
 * });
 * ```
 */
export const ScreeningList = z.strictObject({
  id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'a list id is lower-case words joined by hyphens'),
  title: z.string().trim().min(1),
  edition: DataEditionRef,
  regime: z.enum(['uflpa', 'other']).default('other'),
  severity: Severity.default('high'),
  standards: z
    .array(StandardRef)
    .min(1)
    .default([{ standard: 'UNFORCED-METHODOLOGY', clause: 'docs/screening.md, caller-supplied lists' }]),
  evidence: z.array(EvidenceRef).default([]),
  entries: z.array(ScreeningListEntry),
});

/** A screening list, as validated. */
export type ScreeningList = z.output<typeof ScreeningList>;

/** A screening list as callers may write it (defaults may be omitted). */
export type ScreeningListInput = z.input<typeof ScreeningList>;
