import { UnforcedError } from '@unforced/core';
import { err, ok, type Result } from 'neverthrow';
import type { Dataset } from '../datasets/dataset.js';
import type { DatasetMeta } from '../datasets/records.js';
import { compareStrings } from '../sort/compare-strings.js';
import { type CellValue, readXlsxSheet } from '../xlsx/read-xlsx.js';
import type { GsiCountryRecord } from './gsi-record.js';

const SHEET = 'GSI 2023 summary data';

/** Header text (as in the official workbook, row 3) of each field the loader reads. */
const COLUMNS = {
  country: 'Country',
  population: 'Population',
  region: 'Region',
  prevalence: 'Estimated prevalence of modern slavery per 1,000 population',
  number: 'Estimated number of people in modern slavery',
  governance: 'Governance issues',
  basicNeeds: 'Lack of basic needs',
  inequality: 'Inequality',
  disenfranchised: 'Disenfranchised groups',
  conflict: 'Effects of conflict',
  vulnerability: 'Total Vulnerability score (%)',
  survivors: 'Survivors of slavery are identified and supported to exit and remain out of modern slavery (%)',
  justice: 'Criminal justice mechanisms function effectively to prevent modern slavery (%)',
  coordination:
    'Coordination occurs at the national and regional level and across borders, and governments are held to account for their response (%)',
  riskFactors:
    'Risk factors, such as attitudes, social systems, and institutions that enable modern slavery are addressed (%)',
  supplyChains: 'Government and business stop sourcing goods and services produced by forced labour (%)',
  response: 'Government response total (%)',
} as const;

type Column = keyof typeof COLUMNS;

/** Metadata of the GSI 2023 dataset; the workbook itself is the user's copy and is never shipped. */
export const gsiMeta: DatasetMeta = {
  id: 'walkfree-gsi-2023',
  title: 'Walk Free Global Slavery Index 2023 (summary data)',
  edition: 'Global Slavery Index 2023',
  publishedAt: '2023-05-24',
  retrievedAt: '2023-05-24',
  validAsOf: '2023-05-24',
  source: {
    publisher: 'Walk Free (Minderoo Foundation)',
    url: 'https://www.walkfree.org/global-slavery-index/downloads/',
    via: 'The official workbook supplied by the caller; Unforced does not redistribute it ("All rights reserved").',
    files: [],
  },
  licence:
    'Copyright 2023 Minderoo Foundation Limited, all rights reserved. Cite: Walk Free 2023, The Global Slavery Index 2023, Minderoo Foundation.',
  caveats: [
    'Prevalence estimates are modelled from the 2021 Global Estimates of Modern Slavery and cover forced labour and forced marriage together.',
    'Prevalence is blank for 20 small states that Walk Free did not estimate; absence is not low risk.',
    'Population 0 in the workbook (Cape Verde, Kosovo, Liechtenstein, Palau) means not available and is read as null.',
  ],
  refreshDays: 1460,
};

function normaliseHeader(text: string): string {
  return text.replace(/\s+/g, ' ').trim().toLowerCase();
}

function numberOrNull(value: CellValue | undefined): number | null {
  if (typeof value === 'number') return value;
  if (typeof value === 'string' && value.trim() !== '' && Number.isFinite(Number(value)))
    return Number(value);
  return null;
}

/** Options for {@link loadGsiWorkbook}. */
export interface LoadGsiOptions {
  /** Maps a Walk Free country name to an ISO code; names it cannot map are reported, never guessed. */
  readonly countryCodeForName: (name: string) => string | undefined;
}

/**
 * Reads the official Walk Free "2023 Global Slavery Index Data" workbook that the caller downloaded
 * (sheet "GSI 2023 summary data", header on row 3) into typed records with ISO country codes. The SDK
 * does not ship the workbook (all rights reserved); pass the result to `createReferenceData({ gsi })`.
 * A different layout, a missing column or an unmapped country name is `DATASET_PARSE_FAILED`.
 *
 * @example
 * ```ts
 * const gsi = loadGsiWorkbook(readFileSync('2023-Global-Slavery-Index-Data.xlsx'), { countryCodeForName });
 * ```
 */
export function loadGsiWorkbook(
  bytes: Uint8Array,
  options: LoadGsiOptions,
): Result<Dataset<GsiCountryRecord>, UnforcedError> {
  return readXlsxSheet(bytes, SHEET).andThen((sheet) => {
    const headerRowIndex = sheet.rows.findIndex((row) => row.some((cell) => cell === COLUMNS.country));
    const header = sheet.rows[headerRowIndex];
    if (header === undefined)
      return err(new UnforcedError('DATASET_PARSE_FAILED', `no "Country" header in sheet "${SHEET}"`));
    const positions = new Map<Column, number>();
    const missing: string[] = [];
    for (const [key, title] of Object.entries(COLUMNS) as [Column, string][]) {
      const position = header.findIndex(
        (cell) => typeof cell === 'string' && normaliseHeader(cell) === normaliseHeader(title),
      );
      if (position === -1) missing.push(title);
      else positions.set(key, position);
    }
    if (missing.length > 0) {
      return err(
        new UnforcedError('DATASET_PARSE_FAILED', `the GSI sheet lacks the columns: ${missing.join('; ')}`),
      );
    }
    const records: GsiCountryRecord[] = [];
    const unmapped: string[] = [];
    for (const row of sheet.rows.slice(headerRowIndex + 1)) {
      const get = (column: Column) => row[positions.get(column) ?? -1];
      const name = get('country');
      if (typeof name !== 'string' || name.trim() === '') continue;
      const country = options.countryCodeForName(name.trim());
      if (country === undefined) {
        unmapped.push(name);
        continue;
      }
      const population = numberOrNull(get('population'));
      records.push({
        country,
        countryAsPublished: name.trim(),
        region: String(get('region') ?? ''),
        population: population === 0 ? null : population,
        prevalencePerThousand: numberOrNull(get('prevalence')),
        estimatedNumber: numberOrNull(get('number')),
        vulnerability: {
          governanceIssues: numberOrNull(get('governance')),
          lackOfBasicNeeds: numberOrNull(get('basicNeeds')),
          inequality: numberOrNull(get('inequality')),
          disenfranchisedGroups: numberOrNull(get('disenfranchised')),
          effectsOfConflict: numberOrNull(get('conflict')),
          total: numberOrNull(get('vulnerability')),
        },
        governmentResponse: {
          survivorsSupported: numberOrNull(get('survivors')),
          criminalJustice: numberOrNull(get('justice')),
          coordination: numberOrNull(get('coordination')),
          riskFactors: numberOrNull(get('riskFactors')),
          supplyChains: numberOrNull(get('supplyChains')),
          total: numberOrNull(get('response')),
        },
      });
    }
    if (unmapped.length > 0) {
      return err(
        new UnforcedError(
          'DATASET_PARSE_FAILED',
          `country names without an ISO code: ${unmapped.join(', ')}`,
        ),
      );
    }
    if (records.length === 0)
      return err(new UnforcedError('DATASET_PARSE_FAILED', 'the GSI sheet has no country rows'));
    records.sort((a, b) => compareStrings(a.country, b.country));
    return ok({ meta: gsiMeta, records });
  });
}
