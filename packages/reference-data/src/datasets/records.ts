/**
 * The shapes of the records shipped in `@unforced/reference-data`. The generated modules under
 * `src/generated/` are typed with these interfaces; they hold plain JSON-compatible values only.
 */

/** Provenance of one dataset edition, carried by every dataset and named by every finding that uses it. */
export interface DatasetMeta {
  /** Stable id, e.g. `us-dhs-uflpa-entity-list`. */
  readonly id: string;
  readonly title: string;
  /** The edition as its publisher names it, e.g. `2025 TIP Report` or `snapshot 2026-07-09`. */
  readonly edition: string;
  /** When the publisher released this edition (ISO date). */
  readonly publishedAt: string;
  /** When the copy we converted was retrieved (ISO date). */
  readonly retrievedAt: string;
  /**
   * The last date on which the data is known to have been current: the publication date of an annual
   * edition, or the snapshot date of a living list. Staleness is measured from here.
   */
  readonly validAsOf: string;
  readonly source: {
    readonly publisher: string;
    readonly url: string;
    /** How the copy reached us when not straight from the publisher (a third-party repository, a scrape). */
    readonly via?: string | undefined;
    /** Files in `../shared/data` the shipped data was converted from, with their SHA-256. */
    readonly files: ReadonlyArray<{ readonly path: string; readonly sha256: string }>;
  };
  readonly licence: string;
  readonly caveats: readonly string[];
  /** How often the publisher updates it; an edition older than this is reported as stale. */
  readonly refreshDays: number;
}

/** ISO 3166-1 country. */
export interface CountryRecord {
  readonly alpha2: string;
  readonly alpha3: string;
  /** ISO 3166-1 numeric, zero-padded to three digits. */
  readonly numeric: string;
  /** CLDR display name. */
  readonly name: string;
  /** UNTERM English formal/short name. */
  readonly officialName: string;
  /** UN M49 region and sub-region. */
  readonly region: string;
  readonly subRegion: string;
  readonly independent: boolean;
}

/** ISO 3166-2 subdivision. */
export interface SubdivisionRecord {
  readonly code: string;
  readonly country: string;
  readonly name: string;
  readonly localName?: string | undefined;
  readonly category: string;
}

/** US TIP Report tier placement. */
export type TipTier = 'tier-1' | 'tier-2' | 'tier-2-watch-list' | 'tier-3';

export interface TipTierRecord {
  /** ISO alpha-2 (Kosovo: the user-assigned `XK`). */
  readonly country: string;
  readonly countryAsPublished: string;
  readonly tier: TipTier;
}

/** A good–country pair on the US DOL TVPRA List of Goods. */
export interface ListedGoodRecord {
  readonly good: string;
  readonly sector: string;
  /** ISO alpha-2 (Kosovo: `XK`). */
  readonly country: string;
  readonly countryAsPublished: string;
  readonly region: string;
  readonly childLabour: boolean;
  readonly forcedLabour: boolean;
  /** Also on the EO 13126 list of products made with forced or indentured child labour. */
  readonly forcedChildLabourEo13126: boolean;
  /** A downstream good listed because of an input made with child or forced labour. */
  readonly derived: boolean;
  /** For derived goods, the ISO alpha-2 country of the exploited input. */
  readonly derivedInputCountry?: string | undefined;
}

/** A product–country pair on the EO 13126 list. */
export interface Eo13126Record {
  readonly country: string;
  readonly countryAsPublished: string;
  readonly product: string;
}

/** How an alias is related to the entity's listed name. */
export type AliasKind = 'also-known-as' | 'formerly-known-as' | 'acronym';

/** One entity on the UFLPA Entity List, de-duplicated across the page's tables. */
export interface UflpaEntityRecord {
  /** Stable id derived from the listed name, e.g. `uflpa:xinjiang-daqo-new-energy-co-ltd`. */
  readonly id: string;
  /** The listed name without its alias clause or scope words. */
  readonly name: string;
  /** The name exactly as the snapshot printed it (after documented fixes). */
  readonly listedName: string;
  readonly aliases: ReadonlyArray<{ readonly name: string; readonly kind: AliasKind }>;
  /** The listing extends to subsidiaries or subordinate and affiliated entities. */
  readonly includesSubsidiaries: boolean;
  /** Effective dates of the listing(s), ascending (ISO dates). */
  readonly listedOn: readonly string[];
  /** Table blocks of the DHS page the entity was found in (inferred by the snapshot's curator; not the legal section). */
  readonly inferredBlocks: readonly number[];
  /** `row_index` values in the snapshot CSV. */
  readonly sourceRows: readonly number[];
  /** Manual corrections applied to scraper artefacts, in words. */
  readonly fixes: readonly string[];
}

/** A CBP Withhold Release Order or Finding (partial: no entity names in the source). */
export interface CbpWroRecord {
  readonly index: number;
  readonly merchandise: string;
  /** ISO alpha-2, or CBP's own `FV` for fishing vessels. */
  readonly country: string;
  readonly status: string;
  readonly effectiveDate: string;
}
