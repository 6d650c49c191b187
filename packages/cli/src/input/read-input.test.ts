import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { memoryIo } from '../testing/memory-io.js';
import { detectDelimiter } from './detect-delimiter.js';
import { readInput } from './read-input.js';

function xlsx(rowsXml: string): Uint8Array {
  return zipSync({
    'xl/workbook.xml': strToU8(
      '<workbook><sheets><sheet name="Workers" sheetId="1" r:id="rId1"/></sheets></workbook>',
    ),
    'xl/_rels/workbook.xml.rels': strToU8(
      '<Relationships><Relationship Id="rId1" Target="worksheets/sheet1.xml"/></Relationships>',
    ),
    'xl/worksheets/sheet1.xml': strToU8(`<worksheet><sheetData>${rowsXml}</sheetData></worksheet>`),
  });
}

describe('detectDelimiter', () => {
  it.each([
    ['id,name,country', ','],
    ['id;name;country', ';'],
    ['id\tname\tcountry', '\t'],
    ['id|name|country', '|'],
    ['"a;b",c', ','],
    ['single', ','],
  ])('%j → %j', (line, expected) => {
    expect(detectDelimiter(`${line}\n1,2,3`)).toBe(expected);
  });
});

describe('readInput', () => {
  it('reads CSV with a BOM, semicolons and quoted fields, keeping line numbers and columns', () => {
    const io = memoryIo({
      'w.csv':
        '\ufeffworker_id;description;amount\nW-1;"agency fee; Kathmandu";150000\n\nW-2;medical;20000\n',
    });
    const records = readInput('w.csv', io)._unsafeUnwrap();
    expect(records).toEqual([
      {
        location: { file: 'w.csv', line: 2 },
        value: { worker_id: 'W-1', description: 'agency fee; Kathmandu', amount: '150000' },
        columns: ['worker_id', 'description', 'amount'],
      },
      {
        location: { file: 'w.csv', line: 4 },
        value: { worker_id: 'W-2', description: 'medical', amount: '20000' },
        columns: ['worker_id', 'description', 'amount'],
      },
    ]);
  });

  it('reads XLSX: header on the first non-empty row, numbers as text, line numbers of the sheet', () => {
    const bytes = xlsx(
      '<row r="2"><c r="A2" t="inlineStr"><is><t>worker_id</t></is></c><c r="B2" t="inlineStr"><is><t>amount</t></is></c></row>' +
        '<row r="3"><c r="A3" t="inlineStr"><is><t>W-1</t></is></c><c r="B3"><v>1700.5</v></c></row>',
    );
    const records = readInput('w.xlsx', memoryIo({ 'w.xlsx': bytes }))._unsafeUnwrap();
    expect(records).toEqual([
      {
        location: { file: 'w.xlsx', line: 3, sheet: 'Workers' },
        value: { worker_id: 'W-1', amount: '1700.5' },
        columns: ['worker_id', 'amount'],
      },
    ]);
  });

  it('reads JSON arrays and JSON Lines with line numbers', () => {
    const io = memoryIo({ 'a.json': '[{"id":1},{"id":2}]', 'b.jsonl': '{"id":1}\n\n{"id":2}\n' });
    expect(
      readInput('a.json', io)
        ._unsafeUnwrap()
        .map((r) => r.location.line),
    ).toEqual([1, 2]);
    expect(
      readInput('b.jsonl', io)
        ._unsafeUnwrap()
        .map((r) => r.location.line),
    ).toEqual([1, 3]);
  });

  it.each([
    ['missing.csv', {}, 'cannot be read'],
    ['empty.csv', { 'empty.csv': '' }, 'empty'],
    ['bad.json', { 'bad.json': '[{"id":' }, 'not valid JSON'],
    ['bad.jsonl', { 'bad.jsonl': '{"id":1}\n{oops}\n' }, 'line 2'],
    ['bad.csv', { 'bad.csv': 'a,b\n1,"open\n' }, 'unterminated'],
    ['notes.docx', { 'notes.docx': 'x' }, 'unknown file type'],
  ])('reports %s as INPUT_UNREADABLE', (file, files, message) => {
    const error = readInput(file, memoryIo(files as Record<string, string>))._unsafeUnwrapErr();
    expect(error.code).toBe('INPUT_UNREADABLE');
    expect(error.message).toContain(message);
    expect(error.message).toContain(file);
  });

  it('reports a truncated XLSX as INPUT_UNREADABLE', () => {
    const bytes = xlsx('<row r="1"><c r="A1"><v>1</v></c></row>').subarray(0, 60);
    expect(readInput('t.xlsx', memoryIo({ 't.xlsx': bytes }))._unsafeUnwrapErr().code).toBe(
      'INPUT_UNREADABLE',
    );
  });
});
