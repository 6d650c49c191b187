import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { readXlsxSheet } from './read-xlsx.js';

function workbook(sheetXml: string, sharedStrings?: string): Uint8Array {
  const files: Record<string, Uint8Array> = {
    'xl/workbook.xml': strToU8(
      '<workbook xmlns:r="r"><sheets><sheet name="Data &amp; notes" sheetId="1" r:id="rId1"/></sheets></workbook>',
    ),
    'xl/_rels/workbook.xml.rels': strToU8(
      '<Relationships><Relationship Id="rId1" Type="worksheet" Target="worksheets/sheet1.xml"/></Relationships>',
    ),
    'xl/worksheets/sheet1.xml': strToU8(`<worksheet><sheetData>${sheetXml}</sheetData></worksheet>`),
  };
  if (sharedStrings !== undefined) files['xl/sharedStrings.xml'] = strToU8(`<sst>${sharedStrings}</sst>`);
  return zipSync(files);
}

describe('readXlsxSheet', () => {
  it('reads shared, rich-text and inline strings, numbers, booleans and gaps', () => {
    const bytes = workbook(
      '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="C1" t="s"><v>1</v></c></row>' +
        '<row r="3"><c r="B3"><v>12.5</v></c><c r="C3" t="b"><v>1</v></c><c r="D3" t="inlineStr"><is><t>新疆 &lt;XJ&gt;</t></is></c><c r="AA3" t="str"><v>formula</v></c></row>',
      '<si><t>Country</t></si><si><r><t>Hetian </t></r><r><t xml:space="preserve">Haolin</t></r></si>',
    );
    const sheet = readXlsxSheet(bytes, 'Data & notes')._unsafeUnwrap();
    expect(sheet.rows[0]).toEqual(['Country', null, 'Hetian Haolin']);
    expect(sheet.rows[1]).toEqual([]);
    expect(sheet.rows[2]?.slice(0, 4)).toEqual([null, 12.5, true, '新疆 <XJ>']);
    expect(sheet.rows[2]?.[26]).toBe('formula');
  });

  it('reads the first sheet when no name is given', () => {
    const sheet = readXlsxSheet(workbook('<row r="1"><c r="A1"><v>7</v></c></row>'))._unsafeUnwrap();
    expect(sheet.name).toBe('Data & notes');
    expect(sheet.rows).toEqual([[7]]);
  });

  it('names the sheets it has when the one asked for is missing', () => {
    const error = readXlsxSheet(workbook(''), 'Summary')._unsafeUnwrapErr();
    expect(error.code).toBe('DATASET_PARSE_FAILED');
    expect(error.message).toContain('Data & notes');
  });

  it('refuses bytes that are not a ZIP archive', () => {
    expect(readXlsxSheet(strToU8('hello'), 'x')._unsafeUnwrapErr().code).toBe('DATASET_PARSE_FAILED');
    expect(readXlsxSheet(zipSync({ 'a.txt': strToU8('a') }), 'x')._unsafeUnwrapErr().code).toBe(
      'DATASET_PARSE_FAILED',
    );
  });
});
