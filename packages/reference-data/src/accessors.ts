import type { AsOf, DataEditionRef } from '@unforced/core';
import { bundledReferenceData } from './bundled-reference-data.js';
import type { PrioritySectorRecord } from './curated/uflpa-priority-sectors.js';
import type {
  CbpWroRecord,
  CountryRecord,
  Eo13126Record,
  ListedGoodRecord,
  SubdivisionRecord,
  TipTierRecord,
  UflpaEntityRecord,
} from './datasets/records.js';
import type { FeeCapQuery } from './fee-caps/applicable-fee-cap-rules.js';
import type { FeeCapRule } from './fee-caps/fee-cap-rule.js';
import type { DatasetStatus } from './status/dataset-status.js';

/**
 * An ISO 3166-1 country from the bundled data.
 *
 * @example
 * ```ts
 * getCountry('NP')?.name; // 'Nepal'
 * ```
 */
export function getCountry(code: string): CountryRecord | undefined {
  return bundledReferenceData().getCountry(code);
}

/**
 * The ISO alpha-2 code of a country name (ISO, US government and Walk Free spellings).
 *
 * @example
 * ```ts
 * countryCodeForName('Burma'); // 'MM'
 * ```
 */
export function countryCodeForName(name: string): string | undefined {
  return bundledReferenceData().countryCodeForName(name);
}

/**
 * An ISO 3166-2 subdivision from the bundled data.
 *
 * @example
 * ```ts
 * getSubdivision('CN-XJ')?.name; // 'Xinjiang Uygur Zizhiqu'
 * ```
 */
export function getSubdivision(code: string): SubdivisionRecord | undefined {
  return bundledReferenceData().getSubdivision(code);
}

/**
 * A country's tier in the US TIP Report 2025.
 *
 * @example
 * ```ts
 * tipTier('CN')?.tier; // 'tier-3'
 * ```
 */
export function tipTier(country: string): TipTierRecord | undefined {
  return bundledReferenceData().tipTier(country);
}

/**
 * The DOL List of Goods (2022) entries of a country, optionally for one good.
 *
 * @example
 * ```ts
 * listedGoods('CN', 'Cotton')[0]?.forcedLabour; // true
 * ```
 */
export function listedGoods(country: string, good?: string): ListedGoodRecord[] {
  return bundledReferenceData().listedGoods(country, good);
}

/**
 * The EO 13126 products of a country.
 *
 * @example
 * ```ts
 * eo13126Products('MM').map((r) => r.product);
 * ```
 */
export function eo13126Products(country: string): Eo13126Record[] {
  return bundledReferenceData().eo13126Products(country);
}

/**
 * The bundled UFLPA Entity List snapshot.
 *
 * @example
 * ```ts
 * uflpaEntities().length; // 144
 * ```
 */
export function uflpaEntities(): readonly UflpaEntityRecord[] {
  return bundledReferenceData().uflpaEntities();
}

/**
 * CBP WROs and Findings (merchandise and country only), optionally for one country.
 *
 * @example
 * ```ts
 * cbpWroFindings('MY');
 * ```
 */
export function cbpWroFindings(country?: string): CbpWroRecord[] {
  return bundledReferenceData().cbpWroFindings(country);
}

/**
 * The legal recruitment-fee rules for a corridor.
 *
 * @example
 * ```ts
 * feeCapRules({ origin: 'NP', destination: 'MY' })[0]?.id; // 'np-free-visa-free-ticket'
 * ```
 */
export function feeCapRules(query: FeeCapQuery): FeeCapRule[] {
  return bundledReferenceData().feeCapRules(query);
}

/**
 * The UFLPA high-priority sectors a sector or goods description falls into.
 *
 * @example
 * ```ts
 * uflpaPrioritySectorsFor('cotton yarn spinning').map((s) => s.id); // ['apparel-cotton']
 * ```
 */
export function uflpaPrioritySectorsFor(text: string): PrioritySectorRecord[] {
  return bundledReferenceData().uflpaPrioritySectorsFor(text);
}

/**
 * The editions of the bundled datasets, for provenance.
 *
 * @example
 * ```ts
 * dataEditions().find((e) => e.datasetId === 'us-state-tip-report-tiers')?.edition;
 * ```
 */
export function dataEditions(): DataEditionRef[] {
  return bundledReferenceData().dataEditions();
}

/**
 * How current each bundled dataset is as of a date, with a warning for stale ones.
 *
 * @example
 * ```ts
 * datasetStatus('2026-11-22').filter((s) => s.stale).map((s) => s.id);
 * ```
 */
export function datasetStatus(asOf: AsOf): DatasetStatus[] {
  return bundledReferenceData().datasetStatus(asOf);
}
