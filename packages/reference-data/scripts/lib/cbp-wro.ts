import type { CbpWroRecord, DatasetMeta } from '../../src/datasets/records.js';
import { BuildError } from './build-error.js';
import type { CountryNameIndex } from './country-names.js';
import type { CsvRecord } from './csv-records.js';
import { checkIsoDate } from './iso-date.js';
import { fileDigests, type SourceFile } from './source-file.js';
import { type GeneratedModule, renderDataModule } from './write-module.js';

/** The partial CBP WRO/Findings table (no entity names). */
export const CBP_WRO_PATH = 'us-cbp-wro-findings/cbp_wro_findings_partial_2026-06-23.csv';

/** Columns read from {@link CBP_WRO_PATH}. */
export const CBP_WRO_COLUMNS: readonly string[] = [
  'row_index',
  'merchandise',
  'country_code',
  'status',
  'effective_date_as_published',
  'effective_date_iso',
];

/** CBP's own non-ISO country codes: `FV` is used for fishing vessels. */
export const CBP_SPECIAL_COUNTRY_CODES: readonly string[] = ['FV'];

/** Checks that `M/D/YYYY` as published and the parsed ISO date agree. */
function checkPublishedDate(published: string, iso: string, where: string): void {
  const match = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(published);
  const expected =
    match === null
      ? undefined
      : `${match[3]}-${(match[1] ?? '').padStart(2, '0')}-${(match[2] ?? '').padStart(2, '0')}`;
  if (expected !== iso) {
    throw new BuildError(`${where}: published date "${published}" does not match "${iso}"`);
  }
}

/**
 * Turns the WRO rows into records in row order. Country codes are kept as given, but each must be a known
 * ISO code or one of CBP's special codes; dates must agree between the two date columns.
 */
export function buildCbpWroRecords(records: readonly CsvRecord[], names: CountryNameIndex): CbpWroRecord[] {
  const rows = records.map((record): CbpWroRecord => {
    const where = `${CBP_WRO_PATH} line ${record.line}`;
    const index = Number(record.get('row_index'));
    const country = record.get('country_code');
    const effectiveDate = checkIsoDate(record.get('effective_date_iso'), where);
    checkPublishedDate(record.get('effective_date_as_published'), effectiveDate, where);
    if (!Number.isInteger(index) || record.get('row_index') !== String(index)) {
      throw new BuildError(`${where}: bad row_index "${record.get('row_index')}"`);
    }
    if (!names.codes.has(country) && !CBP_SPECIAL_COUNTRY_CODES.includes(country)) {
      throw new BuildError(`${where}: unknown country code "${country}"`);
    }
    const row: CbpWroRecord = {
      index,
      merchandise: record.get('merchandise'),
      country,
      status: record.get('status'),
      effectiveDate,
    };
    if (row.merchandise === '' || row.status === '') throw new BuildError(`${where}: empty cell`);
    return row;
  });
  rows.sort((a, b) => a.index - b.index);
  rows.forEach((row, position) => {
    if (row.index !== position) {
      throw new BuildError(`${CBP_WRO_PATH}: row_index ${row.index} out of sequence`);
    }
  });
  return rows;
}

/** Provenance of the shipped WRO table. */
export function cbpWroMeta(file: SourceFile): DatasetMeta {
  return {
    id: 'us-cbp-wro-findings',
    title: 'US CBP Withhold Release Orders and Findings (partial)',
    edition: 'CBP Withhold Release Orders and Findings CSV of 2026-06-23 (FY2026), partial extract',
    publishedAt: '2026-06-23',
    retrievedAt: '2026-07-09',
    source: {
      publisher: 'US Customs and Border Protection',
      url: 'https://www.cbp.gov/document/stats/withhold-release-orders-findings',
      via: "Third-party JSON: GitHub aronrosenfield-hash/TruNorth public/data/cbp-forced-labor.json at commit 47d9719e59f5a44e7bc67ba2292510ac80d47e06 (fetched 2026-07-09), built from CBP's withhold-release-orders-findings-fy26-2026-06-23.csv.",
      files: fileDigests([file]),
    },
    licence: 'US federal government work (CBP), public domain in the US.',
    caveats: [
      'PARTIAL: entity and manufacturer names, WRO-vs-Finding type, industry, remarks and press-release links are missing, so this table serves country × merchandise × date × status flags only, never entity screening.',
      'The CBP file carries only currently relevant orders; revoked historical WROs are absent.',
      "country is CBP's country code as given; FV is CBP's code for fishing vessels, not an ISO 3166-1 code.",
      'For entity names fetch the CSV from cbp.gov directly.',
    ],
    validAsOf: '2026-06-23',
    refreshDays: 90,
  };
}

/** The `cbp-wro.ts` module. */
export function buildCbpWroModule(
  file: SourceFile,
  records: readonly CsvRecord[],
  names: CountryNameIndex,
  outPath: string,
): GeneratedModule {
  const rows = buildCbpWroRecords(records, names);
  return {
    path: outPath,
    content: renderDataModule({
      sourcePaths: [file.path],
      recordType: 'CbpWroRecord',
      metaName: 'cbpWroMeta',
      meta: cbpWroMeta(file),
      arrayName: 'cbpWroFindings',
      records: rows,
    }),
    summary: `cbp-wro: ${rows.length} orders/findings (no entity names)`,
  };
}
