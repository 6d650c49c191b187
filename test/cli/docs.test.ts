import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { COMMANDS, INPUT_TABLES } from '@unforced/cli';
import { CSV_COLUMNS, CSV_FILES } from '@unforced/recruitment';
import { describe, expect, it } from 'vitest';
import { root } from './helpers.js';

const doc = readFileSync(join(root, 'docs/cli.md'), 'utf8');
const section = (heading: string) => {
  const start = doc.indexOf(heading);
  const next = doc.indexOf('\n#', start + heading.length);
  return doc.slice(start, next === -1 ? undefined : next);
};

describe('docs/cli.md tells the truth about the CLI', () => {
  it('lists every command', () => {
    for (const command of COMMANDS)
      expect(section('## Commands'), command.name).toContain(`\`unforced ${command.name}`);
  });

  it.each(INPUT_TABLES.map((t) => [t.title, t] as const))(
    'documents every column of %s, in its own section',
    (title, table) => {
      const text = section(`### ${title} (\`templates/${table.id}.csv\`)`);
      for (const column of table.columns)
        expect(text, column.column).toMatch(
          new RegExp(`\\| \`${column.column}\` +\\| ${column.required ? 'yes' : ' '} +\\|`),
        );
    },
  );

  it.each(CSV_FILES)('documents every column of the %s table', (file) => {
    const text = section(`#### ${file} (\`templates/${file}.csv\`)`);
    for (const column of CSV_COLUMNS[file]) expect(text, column.column).toContain(`\`${column.column}\``);
  });

  it('states the exit codes', () => {
    const text = section('## Exit codes');
    for (const code of ['| 0 ', '| 1 ', '| 2 ']) expect(text).toContain(code);
  });
});
