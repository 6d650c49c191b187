import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { countryCodeForName } from '../accessors.js';
import { parseCsv } from '../csv/parse-csv.js';
import { createReferenceData } from '../reference-data.js';
import { loadGsiWorkbook } from './load-gsi-workbook.js';

const dataDir = fileURLToPath(new URL('../../../../../shared/data/walkfree-gsi-2023/', import.meta.url));
const workbookPath = `${dataDir}2023-Global-Slavery-Index-Data.xlsx`;
const csvPath = `${dataDir}gsi_2023_summary.csv`;
const present = existsSync(workbookPath) && existsSync(csvPath);

function csvNumber(text: string | undefined): number | null {
  return text === undefined || text === '' ? null : Number(text);
}

describe.skipIf(!present)('loadGsiWorkbook on the official GSI 2023 workbook', () => {
  const loaded = present ? loadGsiWorkbook(readFileSync(workbookPath), { countryCodeForName }) : undefined;

  it('reads all 180 countries with ISO codes', () => {
    const dataset = loaded?._unsafeUnwrap();
    expect(dataset?.records).toHaveLength(180);
    expect(new Set(dataset?.records.map((r) => r.country)).size).toBe(180);
    expect(dataset?.meta.id).toBe('walkfree-gsi-2023');
  });

  it('agrees, row by row, with the CSV extracted independently from the same sheet', () => {
    const table = parseCsv(readFileSync(csvPath, 'utf8'))._unsafeUnwrap();
    const byName = new Map(loaded?._unsafeUnwrap().records.map((r) => [r.countryAsPublished, r]));
    expect(table.records).toHaveLength(180);
    for (const { values } of table.records) {
      const record = byName.get(values.Country ?? '');
      expect(record, values.Country).toBeDefined();
      const population = csvNumber(values.Population);
      expect(record?.population).toBe(population === 0 ? null : population);
      expect(record?.region).toBe(values.Region);
      expect(record?.prevalencePerThousand).toBe(
        csvNumber(values['Estimated prevalence of modern slavery per 1,000 population']),
      );
      expect(record?.estimatedNumber).toBe(csvNumber(values['Estimated number of people in modern slavery']));
      expect(record?.vulnerability.total).toBe(csvNumber(values['Total Vulnerability score (%)']));
      expect(record?.governmentResponse.total).toBe(csvNumber(values['Government response total (%)']));
    }
  });

  it('gives the values printed in the workbook for Afghanistan and leaves unestimated states null', () => {
    const records = loaded?._unsafeUnwrap().records ?? [];
    const afghanistan = records.find((r) => r.country === 'AF');
    expect(afghanistan).toMatchObject({
      population: 38928000,
      estimatedNumber: 505000,
      prevalencePerThousand: 12.9599723815918,
    });
    expect(afghanistan?.governmentResponse.total).toBeNull(); // not assessed
    expect(records.find((r) => r.country === 'IS')?.prevalencePerThousand).toBeNull(); // Iceland: not estimated
    expect(records.find((r) => r.country === 'XK')?.population).toBeNull(); // Kosovo: 0 = not available
  });

  it('plugs into createReferenceData as the gsi slot', () => {
    const gsi = loaded?._unsafeUnwrap();
    const data = createReferenceData(gsi === undefined ? {} : { datasets: { gsi } })._unsafeUnwrap();
    expect(data.gsiCountry('VN')?.countryAsPublished).toBe('Viet Nam');
    expect(data.editionOf('gsi')).toEqual({
      datasetId: 'walkfree-gsi-2023',
      edition: 'Global Slavery Index 2023',
    });
  });
});

describe('loadGsiWorkbook on bad input', () => {
  it('refuses a file that is not a workbook', () => {
    const result = loadGsiWorkbook(new TextEncoder().encode('Country,Population\n'), { countryCodeForName });
    expect(result._unsafeUnwrapErr().code).toBe('DATASET_PARSE_FAILED');
  });

  it('refuses an empty file and a truncated workbook', () => {
    expect(loadGsiWorkbook(new Uint8Array(), { countryCodeForName })._unsafeUnwrapErr().code).toBe(
      'DATASET_PARSE_FAILED',
    );
    if (present) {
      const truncated = readFileSync(workbookPath).subarray(0, 4000);
      expect(loadGsiWorkbook(truncated, { countryCodeForName })._unsafeUnwrapErr().code).toBe(
        'DATASET_PARSE_FAILED',
      );
    }
  });
});
