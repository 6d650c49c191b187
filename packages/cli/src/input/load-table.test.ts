import { Supplier } from '@unforced/core';
import { describe, expect, it } from 'vitest';
import { writeXlsx } from '../../scripts/write-xlsx.js';
import { memoryIo } from '../testing/memory-io.js';
import { loadTable } from './load-table.js';
import { SUPPLIERS_TABLE } from './tables/index.js';

describe('loadTable', () => {
  it('reads spreadsheet headers as people write them and keeps the good rows', () => {
    const io = memoryIo({
      's.csv':
        'ID;Name;Country;Annual spend;Currency;Migrant-share\nSUP-1;Klang Gloves;MY;"1.234,00";EUR;70%\nSUP-2;Acme;ZZ;100;USD;\nSUP-3;Beta;GB;;;\n',
    });
    const table = loadTable('s.csv', io, SUPPLIERS_TABLE, Supplier)._unsafeUnwrap();
    expect(table.total).toBe(3);
    expect(table.rows.map((r) => [r.value.id, r.location.line])).toEqual([['SUP-3', 4]]);
    expect(table.skipped.map((s) => [s.location.line, s.problems.map((p) => [p.column, p.code])])).toEqual([
      [2, [['annual_spend', 'AMBIGUOUS_DECIMAL_SEPARATOR']]],
      [3, [['country', 'INVALID_COUNTRY_CODE']]],
    ]);
  });

  it('names the missing columns and the template when a file has the wrong columns', () => {
    const io = memoryIo({ 'wrong.csv': 'supplier,nation\nAcme,GB\n' });
    const error = loadTable('wrong.csv', io, SUPPLIERS_TABLE, Supplier)._unsafeUnwrapErr();
    expect(error.code).toBe('INPUT_UNREADABLE');
    expect(error.message).toContain('the required column(s) id, name, country are missing');
    expect(error.message).toContain('templates/suppliers.csv');
    expect(error.issues.map((i) => i.path)).toEqual([
      ['wrong.csv', 1, 'id'],
      ['wrong.csv', 1, 'name'],
      ['wrong.csv', 1, 'country'],
    ]);
  });

  it('reports JSON records by record and path', () => {
    const io = memoryIo({
      's.jsonl': '{"id":"SUP-1","name":"A","country":"GB"}\n{"id":"SUP-2","country":"GB"}\n',
    });
    const table = loadTable('s.jsonl', io, SUPPLIERS_TABLE, Supplier)._unsafeUnwrap();
    expect(table.rows).toHaveLength(1);
    expect(table.skipped[0]?.problems[0]).toMatchObject({ code: 'REQUIRED', path: ['name'] });
  });

  it('reads XLSX with numbers, shares and lists from their cells', () => {
    const bytes = writeXlsx([
      {
        name: 'Suppliers',
        rows: [
          ['id', 'name', 'country', 'workers', 'migrant_share', 'facility_ids'],
          ['SUP-1', 'Klang Gloves', 'MY', 2400, 0.7, 'FAC-1;FAC-2'],
        ],
      },
    ]);
    const table = loadTable(
      's.xlsx',
      memoryIo({ 's.xlsx': bytes }),
      SUPPLIERS_TABLE,
      Supplier,
    )._unsafeUnwrap();
    expect(table.rows[0]?.value).toMatchObject({
      workforce: { workers: 2400, migrantShare: 0.7 },
      facilityIds: ['FAC-1', 'FAC-2'],
    });
    expect(table.rows[0]?.location).toEqual({ file: 's.xlsx', line: 2, sheet: 'Suppliers' });
  });
});
