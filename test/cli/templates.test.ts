import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { INPUT_TABLES } from '@unforced/cli';
import { CSV_COLUMNS, CSV_FILES } from '@unforced/recruitment';
import { describe, expect, it } from 'vitest';
import { cli, root } from './helpers.js';

const templates = join(root, 'packages/cli/templates');
const header = (name: string) => readFileSync(join(templates, name), 'utf8').split('\r\n')[0]?.split(',');
const AS_OF = ['--as-of', '2026-11-22'];

describe('the templates of packages/cli/templates', () => {
  it.each(INPUT_TABLES.map((t) => [t.id, t] as const))(
    '%s.csv has the columns the CLI reads',
    (id, table) => {
      expect(header(`${id}.csv`)).toEqual(table.columns.map((c) => c.column));
    },
  );

  it.each(CSV_FILES)('%s.csv has the columns of @unforced/recruitment', (file) => {
    expect(header(`${file}.csv`)).toEqual(CSV_COLUMNS[file].map((c) => c.column));
  });

  it('ship in the published package', () => {
    const pkg = JSON.parse(readFileSync(join(root, 'packages/cli/package.json'), 'utf8')) as {
      files: string[];
    };
    expect(pkg.files).toEqual(expect.arrayContaining(['dist', 'data', 'templates']));
  });

  it('are read by the built CLI without a skipped row', () => {
    const t = (name: string) => join(templates, name);
    const runs = [
      cli([
        'assess',
        t('suppliers.csv'),
        '--audits',
        t('audit-findings.csv'),
        '--grievances',
        t('grievances.csv'),
        '--mitigations',
        t('mitigations.csv'),
        '--workers',
        t('payroll-template.xlsx'),
        '--events',
        t('events.jsonl'),
        '--master-data',
        t('master-data.json'),
        '--fx',
        t('fx-rates.csv'),
        '--list',
        t('screening-list.csv'),
        '--policy',
        t('policy.json'),
        ...AS_OF,
      ]),
      cli(['fees', ...CSV_FILES.map((f) => t(`${f}.csv`)), '--fx', t('fx-rates.json'), ...AS_OF]),
      cli(['screen', t('screening-names.csv'), '--list', t('screening-list.csv'), ...AS_OF]),
      cli(['trace', t('events.jsonl'), '--master-data', t('master-data.json'), ...AS_OF]),
    ];
    for (const run of runs) {
      expect(run.status).toBe(0);
      expect(run.stderr).toBe('');
    }
  });
}, 60_000);
