import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { CSV_COLUMNS, CSV_FILES, RECRUITMENT_FINDING_CODES, REMEDIATION_DAYS } from '@unforced/recruitment';
import { describe, expect, it } from 'vitest';

const text = readFileSync(fileURLToPath(new URL('../../docs/recruitment.md', import.meta.url)), 'utf8');

describe('docs/recruitment.md tells the truth about the code', () => {
  it('lists every finding code in its table, and no code that does not exist', () => {
    const documented = [...text.matchAll(/^\|\s*`(recruitment\.[a-z0-9.-]+)`\s*\|/gm)].map((m) => m[1]);
    for (const code of Object.keys(RECRUITMENT_FINDING_CODES)) expect(documented, code).toContain(code);
    for (const code of documented) expect(Object.keys(RECRUITMENT_FINDING_CODES), code).toContain(code);
  });

  it('documents every CSV column of every file', () => {
    for (const file of CSV_FILES) {
      const section = text.split(`#### \`${file}.csv\``)[1]?.split('####')[0] ?? '';
      expect(section, file).not.toBe('');
      for (const column of CSV_COLUMNS[file])
        expect(section, `${file}.${column.column}`).toMatch(new RegExp(`\\|\\s*\`${column.column}\`\\s*\\|`));
    }
  });

  it('states the remediation periods the code uses', () => {
    const flat = text.replace(/\s+/g, ' ');
    expect(flat).toContain(`Due **${REMEDIATION_DAYS.repay} days after \`asOf\`**`);
    expect(flat).toContain(
      `documents ${REMEDIATION_DAYS.documents} days, withheld wages ${REMEDIATION_DAYS.wages} days`,
    );
    expect(flat).toContain(
      `contract and loan terms ${REMEDIATION_DAYS.contract} days, reviews ${REMEDIATION_DAYS.review} days`,
    );
    expect(REMEDIATION_DAYS.loan).toBe(REMEDIATION_DAYS.contract);
  });
});
