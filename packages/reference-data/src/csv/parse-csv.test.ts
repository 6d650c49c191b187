import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseCsv, parseCsvRows } from './parse-csv.js';

describe('parseCsvRows', () => {
  it('reads quoted fields with delimiters, quotes and line breaks, CRLF and a BOM', () => {
    const text =
      '\ufeffname,aliases\r\n"Hetian Haolin Hair Accessories Co. Ltd.","Hotan Haolin; ""Hollin"""\r\n"multi\nline",x\n';
    expect(parseCsvRows(text)._unsafeUnwrap()).toEqual([
      ['name', 'aliases'],
      ['Hetian Haolin Hair Accessories Co. Ltd.', 'Hotan Haolin; "Hollin"'],
      ['multi\nline', 'x'],
    ]);
  });

  it('reads other delimiters and a last line without a newline', () => {
    expect(parseCsvRows('a;b\n1;2', { delimiter: ';' })._unsafeUnwrap()).toEqual([
      ['a', 'b'],
      ['1', '2'],
    ]);
  });

  it('reports an unterminated quote with its line', () => {
    const error = parseCsvRows('a,b\n1,"open\n2,3\n')._unsafeUnwrapErr();
    expect(error.code).toBe('DATASET_PARSE_FAILED');
    expect(error.message).toContain('line 2');
  });

  it('round-trips any table written with full quoting (property)', () => {
    const cell = fc.string({ unit: fc.constantFrom('a', 'b', ',', '"', '\n', ' ', '新') });
    fc.assert(
      fc.property(
        fc.array(fc.array(cell, { minLength: 2, maxLength: 2 }), { minLength: 1, maxLength: 10 }),
        (rows) => {
          const text = rows
            .map((row) => row.map((value) => `"${value.replace(/"/g, '""')}"`).join(','))
            .join('\n');
          expect(parseCsvRows(text)._unsafeUnwrap()).toEqual(rows);
        },
      ),
      { seed: 11, numRuns: 200 },
    );
  });
});

describe('parseCsv', () => {
  it('keys records by header and keeps line numbers, skipping blank lines', () => {
    const table = parseCsv('id,name\n1,Acme\n\n2,"Beta, Ltd."\n')._unsafeUnwrap();
    expect(table.header).toEqual(['id', 'name']);
    expect(table.records).toEqual([
      { line: 2, values: { id: '1', name: 'Acme' } },
      { line: 4, values: { id: '2', name: 'Beta, Ltd.' } },
    ]);
  });

  it('numbers records by the line they start on when a quoted field spans lines', () => {
    const table = parseCsv('id,note\n1,"two\nlines"\n2,x\n')._unsafeUnwrap();
    // line 1 header; record 1 starts on line 2 and ends on line 3; record 2 is on line 4
    expect(table.records.map((r) => r.line)).toEqual([2, 4]);
  });

  it('refuses an empty file and rows longer than the header', () => {
    expect(parseCsv('')._unsafeUnwrapErr().code).toBe('DATASET_PARSE_FAILED');
    expect(parseCsv('a\n1,2\n')._unsafeUnwrapErr().message).toContain('line 2');
  });
});
