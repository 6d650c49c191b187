import type { DatasetMeta, TipTier, TipTierRecord } from '../../src/datasets/records.js';
import { BuildError } from './build-error.js';
import { compareStrings } from './compare.js';
import type { CountryNameIndex } from './country-names.js';
import type { CsvRecord } from './csv-records.js';
import { fileDigests, type SourceFile } from './source-file.js';
import { type GeneratedModule, renderDataModule } from './write-module.js';

/** The 2025 TIP tier table. */
export const TIP_TIERS_PATH = 'us-tip-report-tiers/tip_2025_tier_placements.csv';

/** Columns read from {@link TIP_TIERS_PATH}. */
export const TIP_TIERS_COLUMNS: readonly string[] = [
  'country_as_published',
  'tier',
  'iso_alpha2',
  'report_edition',
  'report_published',
  'source_url',
];

const EDITION = '2025 Trafficking in Persons Report';
const PUBLISHED_AT = '2025-09-29';
const REPORT_URL = 'https://www.state.gov/reports/2025-trafficking-in-persons-report/';

/** The tier labels of the report and their codes; any other label fails the build. */
export const TIP_TIER_LABELS: Readonly<Record<string, TipTier>> = {
  'Tier 1': 'tier-1',
  'Tier 2': 'tier-2',
  'Tier 2 Watch List': 'tier-2-watch-list',
  'Tier 3': 'tier-3',
};

/**
 * Turns the TIP rows into records sorted by country code. The file's own ISO codes are used (checked to be
 * known codes, and to agree with the name index wherever it knows the published name); every row must
 * carry the same edition, publication date and report URL.
 */
export function buildTipTierRecords(records: readonly CsvRecord[], names: CountryNameIndex): TipTierRecord[] {
  const problems: string[] = [];
  const tiers = records.map((record): TipTierRecord => {
    const countryAsPublished = record.get('country_as_published');
    const country = record.get('iso_alpha2');
    const label = record.get('tier');
    const tier = TIP_TIER_LABELS[label];
    const where = `line ${record.line} (${countryAsPublished})`;
    if (tier === undefined) problems.push(`${where}: unknown tier "${label}"`);
    if (!names.codes.has(country)) problems.push(`${where}: unknown country code "${country}"`);
    const byName = names.resolve(countryAsPublished);
    if (byName !== undefined && byName !== country) {
      problems.push(`${where}: code ${country} but the name maps to ${byName}`);
    }
    if (record.get('report_edition') !== EDITION) {
      problems.push(`${where}: edition "${record.get('report_edition')}"`);
    }
    if (record.get('report_published') !== PUBLISHED_AT) {
      problems.push(`${where}: published "${record.get('report_published')}"`);
    }
    if (record.get('source_url') !== REPORT_URL) {
      problems.push(`${where}: source URL "${record.get('source_url')}"`);
    }
    return { country, countryAsPublished, tier: tier ?? 'tier-1' };
  });
  const seen = new Set<string>();
  for (const tier of tiers) {
    if (seen.has(tier.country)) problems.push(`duplicate country ${tier.country}`);
    seen.add(tier.country);
  }
  if (problems.length > 0) throw new BuildError(`${TIP_TIERS_PATH}: bad rows`, problems);
  return tiers.sort((a, b) => compareStrings(a.country, b.country));
}

/** Provenance of the shipped TIP tier table. */
export function tipTiersMeta(file: SourceFile): DatasetMeta {
  return {
    id: 'us-state-tip-report-tiers',
    title: 'US Trafficking in Persons Report tier placements',
    edition: EDITION,
    publishedAt: PUBLISHED_AT,
    retrievedAt: '2026-10-08',
    source: {
      publisher: 'US Department of State, Office to Monitor and Combat Trafficking in Persons',
      url: REPORT_URL,
      via: 'Third-party transcription: GitHub trex0092/HAWKEYE-STERLING-RA data/country-indicators.json (indicators.tip_tier) at commit cf2050cbbbd7901e20d4c6b2b2533228b5ce6e79 (retrieved 2026-10-08), re-keyed to CSV with ISO codes added.',
      files: fileDigests([file]),
    },
    licence:
      'Tier placements are facts published by the US Government (public domain); the third-party file states no licence and only the facts were taken.',
    caveats: [
      "Secondary transcription, not the State Department's own data file; verify against the report before production use.",
      '"Special Case" jurisdictions (e.g. Libya, Somalia, Yemen, possibly Haiti) were not transcribed and are absent: absence is not a finding of no risk.',
      'Only the 2025 edition is provided; no machine-readable 2023 or 2024 tier table was found.',
      'Kosovo uses the user-assigned code XK, which is not part of ISO 3166-1.',
    ],
    validAsOf: '2025-09-29',
    refreshDays: 365,
  };
}

/** The `tip-tiers.ts` module. */
export function buildTipTiersModule(
  file: SourceFile,
  records: readonly CsvRecord[],
  names: CountryNameIndex,
  outPath: string,
): GeneratedModule {
  const tiers = buildTipTierRecords(records, names);
  const counts = Object.values(TIP_TIER_LABELS)
    .map((tier) => `${tier} ${tiers.filter((record) => record.tier === tier).length}`)
    .join(', ');
  return {
    path: outPath,
    content: renderDataModule({
      sourcePaths: [file.path],
      recordType: 'TipTierRecord',
      metaName: 'tipTiersMeta',
      meta: tipTiersMeta(file),
      arrayName: 'tipTiers',
      records: tiers,
    }),
    summary: `tip-tiers: ${tiers.length} countries (${counts})`,
  };
}
