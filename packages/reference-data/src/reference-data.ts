import {
  type AsOf,
  type DataEditionRef,
  errorFromIssues,
  type IssuePath,
  issuesFromZod,
  type UnforcedError,
  type UnforcedIssue,
} from '@unforced/core';
import { err, ok, type Result } from 'neverthrow';
import { createCountryNameIndex } from './countries/country-name-index.js';
import type { PrioritySectorRecord } from './curated/uflpa-priority-sectors.js';
import { BUNDLED_DATASETS } from './datasets/bundled-datasets.js';
import type { Dataset } from './datasets/dataset.js';
import { DATASET_SLOTS, type DatasetSlot, type DatasetSlots } from './datasets/dataset-slots.js';
import type {
  CbpWroRecord,
  CountryRecord,
  DatasetMeta,
  Eo13126Record,
  ListedGoodRecord,
  SubdivisionRecord,
  TipTierRecord,
  UflpaEntityRecord,
} from './datasets/records.js';
import { DatasetMetaSchema, RECORD_SCHEMAS } from './datasets/schemas.js';
import { applicableFeeCapRules, type FeeCapQuery } from './fee-caps/applicable-fee-cap-rules.js';
import type { FeeCapRule } from './fee-caps/fee-cap-rule.js';
import type { GsiCountryRecord } from './gsi/gsi-record.js';
import { type DatasetStatus, datasetStatusOf } from './status/dataset-status.js';

/** Datasets a caller substitutes for the bundled ones, or adds (`gsi`). */
export type DatasetOverrides = { readonly [K in DatasetSlot]?: Dataset<unknown> };

/** Options for {@link createReferenceData}. */
export interface ReferenceDataOptions {
  /** Replace a bundled dataset (e.g. a newer UFLPA Entity List) or fill `gsi` with the loaded workbook. */
  readonly datasets?: DatasetOverrides;
  /** Further datasets the caller relies on (e.g. an internal blocklist), listed in editions and status. */
  readonly additional?: readonly Dataset<unknown>[];
}

/** Typed access to the reference datasets of one configuration (bundled, or with the caller's overrides). */
export interface ReferenceData {
  /** Each dataset in use, by slot; `gsi` only when loaded. */
  readonly datasets: { readonly [K in DatasetSlot]?: Dataset<DatasetSlots[K]> };
  /** Extra datasets supplied by the caller. */
  readonly additional: readonly Dataset<unknown>[];
  /** An ISO 3166-1 country by alpha-2 code. */
  getCountry(code: string): CountryRecord | undefined;
  /** The ISO alpha-2 code for a country name as the US government, Walk Free or ISO spell it. */
  countryCodeForName(name: string): string | undefined;
  /** An ISO 3166-2 subdivision (China's provinces at least). */
  getSubdivision(code: string): SubdivisionRecord | undefined;
  /** A country's US TIP Report tier placement; `undefined` for countries not ranked (e.g. Special Cases). */
  tipTier(country: string): TipTierRecord | undefined;
  /** The DOL List of Goods entries for a country, optionally only those whose good matches `good` (case-insensitive). */
  listedGoods(country: string, good?: string): ListedGoodRecord[];
  /** The EO 13126 products for a country. */
  eo13126Products(country: string): Eo13126Record[];
  /** The UFLPA Entity List entries. */
  uflpaEntities(): readonly UflpaEntityRecord[];
  /** CBP WROs and Findings, optionally for one country code. */
  cbpWroFindings(country?: string): CbpWroRecord[];
  /** The legal fee rules that apply to a corridor, occupation and date. */
  feeCapRules(query: FeeCapQuery): FeeCapRule[];
  /** UFLPA high-priority sectors whose keywords occur in a sector or goods description. */
  uflpaPrioritySectorsFor(text: string): PrioritySectorRecord[];
  /** Walk Free GSI 2023 data for a country, when the caller loaded the workbook. */
  gsiCountry(country: string): GsiCountryRecord | undefined;
  /** The edition of one dataset slot, for a finding's provenance. */
  editionOf(slot: DatasetSlot): DataEditionRef | undefined;
  /** The editions of every dataset in use, bundled and additional. */
  dataEditions(): DataEditionRef[];
  /** How current each dataset is as of a date. */
  datasetStatus(asOf: AsOf): DatasetStatus[];
}

function validateDataset(
  base: IssuePath,
  input: Dataset<unknown>,
  schema: (typeof RECORD_SCHEMAS)[DatasetSlot] | undefined,
) {
  const issues: UnforcedIssue[] = [];
  const meta = DatasetMetaSchema.safeParse(input?.meta);
  if (!meta.success) issues.push(...issuesFromZod(meta.error.issues, [...base, 'meta']));
  if (!Array.isArray(input?.records)) {
    issues.push({ code: 'INVALID_TYPE', message: 'records must be an array', path: [...base, 'records'] });
    return { issues, entries: [] as Array<{ index: number; record: unknown }> };
  }
  const entries: Array<{ index: number; record: unknown }> = [];
  input.records.forEach((record, index) => {
    if (schema === undefined) {
      entries.push({ index, record });
      return;
    }
    const parsed = schema.safeParse(record);
    if (parsed.success) entries.push({ index, record: parsed.data });
    else issues.push(...issuesFromZod(parsed.error.issues, [...base, 'records', index]));
  });
  return { issues, entries };
}

const UNIQUE_KEYS: { readonly [K in DatasetSlot]?: (record: DatasetSlots[K]) => string } = {
  countries: (r) => r.alpha2,
  subdivisions: (r) => r.code,
  tipTiers: (r) => r.country,
  uflpaEntities: (r) => r.id,
  feeCaps: (r) => r.id,
  uflpaPrioritySectors: (r) => r.id,
  gsi: (r) => r.country,
};

function duplicateIssues(
  slot: DatasetSlot,
  entries: ReadonlyArray<{ index: number; record: unknown }>,
): UnforcedIssue[] {
  const key = UNIQUE_KEYS[slot] as ((record: unknown) => string) | undefined;
  if (key === undefined) return [];
  const seen = new Set<string>();
  const issues: UnforcedIssue[] = [];
  for (const { index, record } of entries) {
    const value = key(record);
    if (seen.has(value)) {
      issues.push({
        code: 'DUPLICATE_ID',
        message: `"${value}" appears twice`,
        path: ['datasets', slot, 'records', index],
      });
    }
    seen.add(value);
  }
  return issues;
}

function indexBy<T>(records: readonly T[], key: (record: T) => string): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const record of records) {
    const k = key(record);
    const list = map.get(k);
    if (list === undefined) map.set(k, [record]);
    else list.push(record);
  }
  return map;
}

/**
 * Builds typed access to the reference data: the bundled datasets, with any the caller substitutes
 * (validated record by record, every problem reported with its path) and the Walk Free GSI workbook
 * when loaded. Invalid overrides are an error; nothing is half-applied.
 *
 * @example
 * ```ts
 * const data = createReferenceData()._unsafeUnwrap();
 * data.tipTier('NP')?.tier; // 'tier-2-watch-list'
 * const withGsi = createReferenceData({ datasets: { gsi } });
 * ```
 */
export function createReferenceData(
  options: ReferenceDataOptions = {},
): Result<ReferenceData, UnforcedError> {
  const issues: UnforcedIssue[] = [];
  const datasets: { [K in DatasetSlot]?: Dataset<DatasetSlots[K]> } = { ...BUNDLED_DATASETS };
  for (const slot of DATASET_SLOTS) {
    const override = options.datasets?.[slot];
    if (override === undefined) continue;
    const checked = validateDataset(['datasets', slot], override, RECORD_SCHEMAS[slot]);
    issues.push(...checked.issues, ...duplicateIssues(slot, checked.entries));
    const records = checked.entries.map((entry) => entry.record);
    (datasets as Record<string, Dataset<unknown>>)[slot] = { meta: override.meta, records };
  }
  const additional = options.additional ?? [];
  additional.forEach((dataset, index) => {
    issues.push(...validateDataset(['additional', String(index)], dataset, undefined).issues);
  });
  if (issues.length > 0) return err(errorFromIssues(issues));
  return ok(buildReferenceData(datasets, additional));
}

function buildReferenceData(
  datasets: { readonly [K in DatasetSlot]?: Dataset<DatasetSlots[K]> },
  additional: readonly Dataset<unknown>[],
): ReferenceData {
  const records = <K extends DatasetSlot>(slot: K): readonly DatasetSlots[K][] =>
    datasets[slot]?.records ?? [];
  const countries = new Map(records('countries').map((r) => [r.alpha2, r]));
  const subdivisions = new Map(records('subdivisions').map((r) => [r.code, r]));
  const tiers = new Map(records('tipTiers').map((r) => [r.country, r]));
  const goods = indexBy(records('listedGoods'), (r) => r.country);
  const eo = indexBy(records('eo13126'), (r) => r.country);
  // Fee-cap rules by origin: a batch looks up the rules of every worker's corridor.
  const feeCapsByOrigin = indexBy(records('feeCaps'), (r) => r.origin);
  const gsi = new Map(records('gsi').map((r) => [r.country, r]));
  const countryCodeForName = createCountryNameIndex(records('countries'));
  // Each keyword matches at the start of a word; the patterns are built once, not on every lookup.
  const sectorPatterns = records('uflpaPrioritySectors').map((sector) => ({
    sector,
    patterns: sector.keywords.map(
      (keyword) => new RegExp(`\\b${keyword.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`),
    ),
  }));
  const metas = (): DatasetMeta[] => [
    ...DATASET_SLOTS.flatMap((slot) =>
      datasets[slot] === undefined ? [] : [(datasets[slot] as Dataset<unknown>).meta],
    ),
    ...additional.map((d) => d.meta),
  ];
  const edition = (meta: DatasetMeta): DataEditionRef => ({ datasetId: meta.id, edition: meta.edition });
  return {
    datasets,
    additional,
    getCountry: (code) => countries.get(code),
    countryCodeForName,
    getSubdivision: (code) => subdivisions.get(code),
    tipTier: (country) => tiers.get(country),
    listedGoods: (country, good) => {
      const list = goods.get(country) ?? [];
      if (good === undefined) return [...list];
      const wanted = good.trim().toLowerCase();
      return list.filter((r) => r.good.toLowerCase() === wanted);
    },
    eo13126Products: (country) => [...(eo.get(country) ?? [])],
    uflpaEntities: () => records('uflpaEntities'),
    cbpWroFindings: (country) =>
      records('cbpWro').filter((r) => country === undefined || r.country === country),
    feeCapRules: (query) => applicableFeeCapRules(feeCapsByOrigin.get(query.origin) ?? [], query),
    uflpaPrioritySectorsFor: (text) => {
      const haystack = text.toLowerCase();
      return sectorPatterns
        .filter(({ patterns }) => patterns.some((pattern) => pattern.test(haystack)))
        .map(({ sector }) => sector);
    },
    gsiCountry: (country) => gsi.get(country),
    editionOf: (slot) =>
      datasets[slot] === undefined ? undefined : edition((datasets[slot] as Dataset<unknown>).meta),
    dataEditions: () => metas().map(edition),
    datasetStatus: (asOf) => datasetStatusOf(metas(), asOf),
  };
}
