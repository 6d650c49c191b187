import type { DataEditionRef } from '@unforced/core';
import type { ReferenceData } from '@unforced/reference-data';
import type { RiskPolicy } from '../policy/policy-schema.js';
import { keywordMatcher } from './keyword-matcher.js';

type SectorEntry = RiskPolicy['inherent']['sectors']['table'][number];
type SubdivisionEntry = RiskPolicy['inherent']['subdivisions'][number];

/** The policy and reference data of one model, with everything derived from them once. */
export interface ModelContext {
  readonly policy: RiskPolicy;
  readonly data: ReferenceData;
  readonly sectors: ReadonlyArray<{
    readonly entry: SectorEntry;
    readonly matches: (text: string) => boolean;
  }>;
  readonly subdivisions: ReadonlyMap<string, SubdivisionEntry>;
  /** Countries for which the reference data tabulates subdivisions (others are checked by format only). */
  readonly tabulatedCountries: ReadonlySet<string>;
  readonly editions: {
    readonly countries: readonly DataEditionRef[];
    readonly tipTiers: readonly DataEditionRef[];
    readonly listedGoods: readonly DataEditionRef[];
    readonly uflpaPrioritySectors: readonly DataEditionRef[];
    readonly subdivisions: readonly DataEditionRef[];
    readonly gsi: readonly DataEditionRef[];
  };
  /** The editions every assessment of this model names, sorted. */
  readonly modelEditions: readonly DataEditionRef[];
  readonly gsiLoaded: boolean;
}

/**
 * The key of a data edition: its dataset id and edition, which identify it.
 *
 * @example
 * ```ts
 * editionKey({ datasetId: 'a', edition: '2' }); // 'a\u00002'
 * ```
 */
export function editionKey(edition: DataEditionRef): string {
  return `${edition.datasetId}\u0000${edition.edition}`;
}

/**
 * Sorts and de-duplicates data-edition references by dataset id, then edition.
 *
 * @example
 * ```ts
 * sortEditions([{ datasetId: 'b', edition: '1' }, { datasetId: 'a', edition: '2' }]);
 * ```
 */
export function sortEditions(editions: Iterable<DataEditionRef>): DataEditionRef[] {
  const byKey = new Map<string, DataEditionRef>();
  for (const e of editions) byKey.set(editionKey(e), e);
  return [...byKey.keys()].sort().map((key) => byKey.get(key) as DataEditionRef);
}

/**
 * Derives a model context from a validated policy and reference data.
 *
 * @example
 * ```ts
 * const context = createModelContext(DEFAULT_RISK_POLICY, bundledReferenceData());
 * ```
 */
export function createModelContext(policy: RiskPolicy, data: ReferenceData): ModelContext {
  const one = (slot: Parameters<ReferenceData['editionOf']>[0]): DataEditionRef[] => {
    const edition = data.editionOf(slot);
    return Object.freeze(edition === undefined ? [] : [Object.freeze({ ...edition })]) as DataEditionRef[];
  };
  const editions = {
    countries: one('countries'),
    tipTiers: one('tipTiers'),
    listedGoods: one('listedGoods'),
    uflpaPrioritySectors: one('uflpaPrioritySectors'),
    subdivisions: one('subdivisions'),
    gsi: one('gsi'),
  };
  return {
    policy,
    data,
    sectors: policy.inherent.sectors.table.map((entry) => ({
      entry,
      matches: keywordMatcher(entry.keywords),
    })),
    subdivisions: new Map(policy.inherent.subdivisions.map((entry) => [entry.code, entry])),
    tabulatedCountries: new Set((data.datasets.subdivisions?.records ?? []).map((r) => r.country)),
    editions,
    modelEditions: Object.freeze(sortEditions(Object.values(editions).flat())),
    gsiLoaded: data.datasets.gsi !== undefined,
  };
}
