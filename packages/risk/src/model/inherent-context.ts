import type { Supplier, UnforcedIssue } from '@unforced/core';
import type { FactorDraft, FloorReason } from './factor-draft.js';
import type { ModelContext } from './model-context.js';

/** The place, sector and goods part of inherent risk, shared by every supplier with the same context. */
export interface InherentContext {
  readonly issues: readonly UnforcedIssue[];
  readonly sector: { readonly id: string; readonly label: string } | null;
  readonly factors: readonly FactorDraft[];
  readonly floors: readonly FloorReason[];
  /** The supplier's goods fall in a UFLPA high-priority sector and it is in China. */
  readonly uflpaInChina: boolean;
}

const TIP_LABELS = {
  'tier-1': 'Tier 1',
  'tier-2': 'Tier 2',
  'tier-2-watch-list': 'Tier 2 Watch List',
  'tier-3': 'Tier 3',
} as const;

function draft(
  partial: Pick<FactorDraft, 'factor' | 'label' | 'raw' | 'detail'> & Partial<FactorDraft>,
): FactorDraft {
  return {
    group: 'inherent',
    basis: 'inferred',
    indicators: [],
    evidence: [],
    dataEditions: [],
    standards: [],
    ...partial,
  };
}

function countryFactors(context: ModelContext, country: string): FactorDraft[] {
  const { policy, data, editions } = context;
  const tip = data.tipTier(country);
  const factors: FactorDraft[] = [
    draft({
      factor: 'inherent:country-tip-tier',
      label: 'Country: US TIP Report tier',
      raw: tip === undefined ? policy.inherent.tipTier.unranked : policy.inherent.tipTier[tip.tier],
      detail:
        tip === undefined
          ? `${country} is not ranked in the TIP Report edition in use (absence is not low risk)`
          : `${country} is ${TIP_LABELS[tip.tier]} in the TIP Report`,
      dataEditions: editions.tipTiers,
    }),
  ];
  if (!context.gsiLoaded) return factors;
  const gsi = data.gsiCountry(country);
  const { pointsPerPrevalence, prevalenceCap, pointsPerVulnerability, vulnerabilityCap } =
    policy.inherent.gsi;
  const prevalence = gsi?.prevalencePerThousand ?? null;
  const vulnerability = gsi?.vulnerability.total ?? null;
  factors.push(
    draft({
      factor: 'inherent:country-gsi-prevalence',
      label: 'Country: Global Slavery Index prevalence',
      raw: prevalence === null ? 0 : Math.min(prevalenceCap, prevalence * pointsPerPrevalence),
      detail:
        prevalence === null
          ? `${country}: prevalence not estimated by the GSI (absence is not low risk)`
          : `${country}: ${prevalence} people in modern slavery per 1,000 (GSI)`,
      dataEditions: editions.gsi,
    }),
    draft({
      factor: 'inherent:country-gsi-vulnerability',
      label: 'Country: Global Slavery Index vulnerability',
      raw: vulnerability === null ? 0 : Math.min(vulnerabilityCap, vulnerability * pointsPerVulnerability),
      detail:
        vulnerability === null
          ? `${country}: vulnerability not scored by the GSI`
          : `${country}: vulnerability ${vulnerability}/100 (GSI)`,
      dataEditions: editions.gsi,
    }),
  );
  return factors;
}

function matchSector(context: ModelContext, text: string) {
  let best: ModelContext['sectors'][number]['entry'] | undefined;
  for (const { entry, matches } of context.sectors)
    if (matches(text) && (best === undefined || entry.points > best.points)) best = entry;
  return best;
}

/**
 * Works out the place, sector and goods factors of inherent risk for one supplier context: the
 * country's TIP tier (and GSI prevalence and vulnerability when the caller loaded the workbook), the
 * subdivision (e.g. `CN-XJ` under the UFLPA presumption), the sector, the DOL List of Goods pairs and
 * the UFLPA high-priority sectors. Unknown countries, subdivisions and sectors are coded issues.
 *
 * @example
 * ```ts
 * inherentContext(context, { country: 'MY', goods: ['Rubber Gloves'], sector: 'rubber gloves' });
 * ```
 */
export function inherentContext(
  context: ModelContext,
  supplier: Pick<Supplier, 'country' | 'subdivision' | 'sector' | 'goods'>,
): InherentContext {
  const { policy, data, editions } = context;
  const issues: UnforcedIssue[] = [];
  const floors: FloorReason[] = [];
  const { country, subdivision, sector: sectorText, goods } = supplier;
  if (data.getCountry(country) === undefined)
    issues.push({
      code: 'INVALID_COUNTRY_CODE',
      message: `"${country}" is not a country of the reference data in use`,
      path: ['supplier', 'country'],
    });
  const factors = countryFactors(context, country);
  if (subdivision !== undefined) {
    if (
      subdivision.slice(0, 2) !== country ||
      (context.tabulatedCountries.has(country) && data.getSubdivision(subdivision) === undefined)
    )
      issues.push({
        code: 'INVALID_SUBDIVISION_CODE',
        message: `"${subdivision}" is not a subdivision of ${country}`,
        path: ['supplier', 'subdivision'],
      });
    const entry = context.subdivisions.get(subdivision);
    if (entry !== undefined) {
      factors.push(
        draft({
          factor: 'inherent:subdivision',
          label: `Subdivision: ${subdivision}`,
          raw: entry.points,
          detail: entry.reason,
          dataEditions: editions.subdivisions,
          standards: [entry.standard],
        }),
      );
      if (entry.floorTier === 'critical')
        floors.push({ tier: 'critical', reason: `${subdivision}: ${entry.reason}`, presumption: true });
    }
  }
  const { unknownPoints, onUnmatched } = policy.inherent.sectors;
  const goodsText = goods.join('; ');
  let sector = sectorText === undefined ? undefined : matchSector(context, sectorText);
  if (sectorText !== undefined && sector === undefined && onUnmatched === 'error')
    issues.push({
      code: 'UNKNOWN_SECTOR',
      message: `sector "${sectorText}" matches no sector of policy ${policy.id}@${policy.version}`,
      path: ['supplier', 'sector'],
    });
  if (sector === undefined && goods.length > 0) sector = matchSector(context, goodsText);
  factors.push(
    sector === undefined
      ? draft({
          factor: 'inherent:sector',
          label: 'Sector: unknown',
          raw: unknownPoints,
          detail: 'sector and goods unknown or unmatched (unknown, not safe)',
        })
      : draft({
          factor: 'inherent:sector',
          label: `Sector: ${sector.label}`,
          raw: sector.points,
          detail: `"${sectorText ?? goodsText}" matched sector ${sector.id}`,
        }),
  );
  const { forcedLabour, childLabourOnly, derived } = policy.inherent.listedGoods;
  let goodsPoints = 0;
  let goodsDetail = '';
  for (const good of goods)
    for (const record of data.listedGoods(country, good)) {
      const points = record.forcedLabour ? forcedLabour : record.derived ? derived : childLabourOnly;
      const what = record.forcedLabour
        ? 'forced labour'
        : record.derived
          ? `derived from an input made with child or forced labour in ${record.derivedInputCountry ?? 'another country'}`
          : 'child labour';
      if (points > goodsPoints) {
        goodsPoints = points;
        goodsDetail = `${record.good} from ${country} is on the DOL List of Goods (${what})`;
      }
    }
  if (goodsPoints > 0)
    factors.push(
      draft({
        factor: 'inherent:goods-dol-list',
        label: 'Goods: DOL List of Goods',
        raw: goodsPoints,
        detail: goodsDetail,
        dataEditions: editions.listedGoods,
        standards: [{ standard: 'US-TVPRA-LIST', clause: 'List of Goods' }],
      }),
    );
  const prioritySectors = data.uflpaPrioritySectorsFor([sectorText ?? '', ...goods].join('; '));
  const uflpaInChina = prioritySectors.length > 0 && country === 'CN';
  if (prioritySectors.length > 0) {
    const { inChina, elsewhere } = policy.inherent.uflpaPrioritySector;
    factors.push(
      draft({
        factor: 'inherent:goods-uflpa-priority-sector',
        label: 'Goods: UFLPA high-priority sector',
        raw: uflpaInChina ? inChina : elsewhere,
        detail: `${prioritySectors.map((s) => s.label).join('; ')}${uflpaInChina ? ', produced in China' : ' (inputs may come from Xinjiang)'}`,
        dataEditions: editions.uflpaPrioritySectors,
        standards: [{ standard: 'UFLPA', clause: 'Strategy: high-priority sectors for enforcement' }],
      }),
    );
  }
  return {
    issues,
    sector: sector === undefined ? null : { id: sector.id, label: sector.label },
    factors,
    floors,
    uflpaInChina,
  };
}
