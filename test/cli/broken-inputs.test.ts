import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeXlsx } from '../../packages/cli/scripts/write-xlsx.js';
import { cli, data, tempDir } from './helpers.js';

const dir = tempDir();
const file = (name: string, content: string | Uint8Array) => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};
const AS_OF = ['--as-of', '2026-11-22'];

describe('the built CLI on broken files', () => {
  it('wrong columns: exit 2, naming the missing columns and the template', () => {
    const suppliers = file('suppliers-wrong.csv', 'supplier;nation;spend\nAcme;GB;100\n');
    const run = cli(['assess', suppliers, ...AS_OF]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain(
      'the required column(s) id, name, country are missing (found: supplier, nation, spend)',
    );
    expect(run.stderr).toContain('templates/suppliers.csv');
    expect(run.stderr).toContain('(INPUT_UNREADABLE)');
    expect(run.stderr).toContain('Run `unforced assess --help`');
    expect(run.stdout).toBe('');
  });

  it('bad dates: the row is skipped with file, line and column, the rest processed, exit 0', () => {
    const audits = file(
      'audits.csv',
      'id,supplier_id,standard,clause,grade,description,audit_date,status\n' +
        'AF-1,SUP-001,RBA VAP 8.0.2,A1,major,Fees not repaid,2025-11-20,open\n' +
        'AF-2,SUP-001,RBA VAP 8.0.2,A3,major,Passports held,20/11/2025,open\n' +
        'AF-3,SUP-003,SMETA 7.0,6.1,minor,Overtime,2026-02-30,open\n',
    );
    const run = cli(['assess', join(data, 'suppliers.csv'), '--audits', audits, ...AS_OF]);
    expect(run.status).toBe(0);
    expect(run.stderr).toContain(`${audits} line 3, column audit_date: INVALID_DATE`);
    expect(run.stderr).toContain(`${audits} line 4, column audit_date: INVALID_DATE`);
    expect(run.stdout).toContain('audit findings: 3 read, 1 used, 2 skipped (2 INVALID_DATE)');
    expect(run.stdout).toContain('suppliers: 19 read, 18 used, 1 skipped');
  });

  it('a truncated XLSX: exit 2, unreadable, with what to do', () => {
    const whole = writeXlsx([
      {
        name: 'Suppliers',
        rows: [
          ['id', 'name', 'country'],
          ['SUP-1', 'Acme', 'GB'],
        ],
      },
    ]);
    const truncated = file('suppliers.xlsx', whole.subarray(0, Math.floor(whole.length / 2)));
    const run = cli(['assess', truncated, ...AS_OF]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain(
      `${truncated}: the file is not a readable XLSX (ZIP) archive (INPUT_UNREADABLE)`,
    );
    const intact = file('suppliers-ok.xlsx', whole);
    expect(cli(['assess', intact, ...AS_OF]).status).toBe(0);
  });

  it('an empty file: exit 2 for every command that reads one', () => {
    const empty = file('empty.csv', '');
    for (const command of ['assess', 'fees', 'screen']) {
      const run = cli([command, empty, ...AS_OF]);
      expect(run.status, command).toBe(2);
      expect(run.stderr, command).toContain('empty.csv: the file is empty');
    }
    const events = file('empty.jsonl', '');
    expect(cli(['trace', events, ...AS_OF]).status).toBe(0);
    const notJson = file('events.json', '{"eventList": [');
    const bad = cli(['trace', notJson, ...AS_OF]);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('not valid JSON');
  });

  it('a missing file, an unknown file type, a bad option or date: exit 2', () => {
    expect(cli(['screen', join(dir, 'nope.csv')]).stderr).toContain('cannot be read (does it exist?)');
    expect(cli(['screen', file('names.docx', 'x')]).stderr).toContain('unknown file type ".docx"');
    const badDate = cli(['screen', join(data, 'screening-names.csv'), '--as-of', '22/11/2026']);
    expect(badDate.status).toBe(2);
    expect(badDate.stderr).toContain('--as-of "22/11/2026" is not a date in the form YYYY-MM-DD');
    expect(cli(['fees', join(data, 'workers.json'), '--colour']).status).toBe(2);
    expect(cli(['asess']).stderr).toContain('unknown command "asess"');
  });

  it('--fail-on gates CI: exit 1 at or above the severity, 0 below', () => {
    const names = join(data, 'screening-names.csv');
    expect(cli(['screen', names, ...AS_OF, '--fail-on', 'critical']).status).toBe(1);
    const clean = file('clean.csv', 'id,name,country\nN-1,Midlands Freight Ltd,GB\n');
    expect(cli(['screen', clean, ...AS_OF, '--fail-on', 'low']).status).toBe(0);
    expect(cli(['screen', names, '--fail-on', 'severe']).status).toBe(2);
  });

  it('--json keeps stdout machine-readable, even with skipped rows (which go to stderr)', () => {
    const run = cli([
      'fees',
      join(data, 'workers.json'),
      '--fx',
      join(data, 'fx-rates.json'),
      ...AS_OF,
      '--json',
    ]);
    expect(run.status).toBe(0);
    const json = JSON.parse(run.stdout) as {
      asOf: string;
      skipped: Array<{ line: number; subject: string }>;
    };
    expect(json.asOf).toBe('2026-11-22');
    expect(json.skipped).toEqual([expect.objectContaining({ line: 4, subject: 'worker W-0412' })]);
    expect(run.stderr).toContain('workers.json line 4');
  });

  it('never prints a worker name or document number: the worker files have no such column, and one is refused', () => {
    const workers = readFileSync(join(data, 'payroll/workers.csv'), 'utf8').split('\n');
    const withNames = file(
      'workers.csv',
      [`${workers[0]},name,passport_number`, `${workers[1]},Ram Bahadur Thapa,PA1234567`].join('\n'),
    );
    const run = cli(['fees', withNames, ...AS_OF]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('unknown column "name"');
    expect(run.stderr + run.stdout).not.toContain('Ram Bahadur Thapa');
    expect(run.stderr + run.stdout).not.toContain('PA1234567');
  });
}, 120_000);
