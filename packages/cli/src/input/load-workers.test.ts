import { describe, expect, it } from 'vitest';
import { writeXlsx } from '../../scripts/write-xlsx.js';
import { memoryIo } from '../testing/memory-io.js';
import { loadWorkers } from './load-workers.js';

const workerRow = ['W-1', 'FAC-1', 'NP', 'MY', 'operator', 1700, 'MYR', 46082, 'ne'];
const workersHeader = [
  'worker_id',
  'facility_id',
  'origin_country',
  'destination_country',
  'occupation',
  'wage',
  'wage_currency',
  'contract_start',
  'contract_language',
];

describe('loadWorkers', () => {
  it('reads a payroll workbook: sheets named after the tables, Excel dates, lines of the sheet', () => {
    const bytes = writeXlsx([
      { name: 'workers', rows: [workersHeader, workerRow] },
      {
        name: 'costs',
        rows: [
          ['worker_id', 'cost_id', 'description', 'amount', 'currency', 'paid_on', 'paid_by'],
          ['W-1', 'C-1', 'agency fee', 150000, 'NPR', 46043, 'worker'],
          ['W-1', 'C-2', 'medical', 'lots', 'NPR', 46043, 'worker'],
        ],
      },
    ]);
    const loaded = loadWorkers(['payroll.xlsx'], memoryIo({ 'payroll.xlsx': bytes }))._unsafeUnwrap();
    expect(loaded.workers).toHaveLength(0);
    expect(loaded.skipped[0]?.subject).toBe('worker W-1');
    expect(loaded.skipped[0]?.problems[0]).toMatchObject({
      column: 'amount',
      location: { file: 'payroll.xlsx', sheet: 'costs', line: 3 },
    });
    const good = writeXlsx([{ name: 'workers', rows: [workersHeader, workerRow] }]);
    const ok = loadWorkers(['p.xlsx'], memoryIo({ 'p.xlsx': good }))._unsafeUnwrap();
    expect(ok.workers[0]?.contract.startDate).toBe('2026-03-01');
    expect(ok.locations[0]).toEqual({ file: 'p.xlsx', line: 2, sheet: 'workers' });
  });

  it('mixes JSON records with CSV tables, and refuses two tables of one kind', () => {
    const csv = `${workersHeader.join(',')}\nW-2,FAC-1,BD,MY,packer,1700,MYR,2026-03-01,bn\n`;
    const json = JSON.stringify([
      {
        id: 'W-3',
        facilityId: 'FAC-1',
        originCountry: 'NP',
        destinationCountry: 'MY',
        occupation: 'packer',
        contract: {
          monthlyGrossBaseWage: { amountMinor: 170000, currency: 'MYR' },
          startDate: '2026-03-01',
          language: 'ne',
        },
      },
    ]);
    const io = memoryIo({ 'w.csv': csv, 'more.csv': csv, 'w.json': json });
    expect(
      loadWorkers(['w.csv', 'w.json'], io)
        ._unsafeUnwrap()
        .workers.map((w) => w.id),
    ).toEqual(['W-3', 'W-2']);
    expect(loadWorkers(['w.csv', 'more.csv'], io)._unsafeUnwrapErr().message).toContain(
      'are both workers tables',
    );
  });

  it('reports a truncated workbook and an empty file as unreadable', () => {
    const bytes = writeXlsx([{ name: 'workers', rows: [workersHeader, workerRow] }]).subarray(0, 200);
    const io = memoryIo({ 't.xlsx': bytes, 'e.csv': '' });
    expect(loadWorkers(['t.xlsx'], io)._unsafeUnwrapErr().code).toBe('INPUT_UNREADABLE');
    expect(loadWorkers(['e.csv'], io)._unsafeUnwrapErr().message).toContain('e.csv: the file is empty');
  });
});
