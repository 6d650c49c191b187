import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { ERROR_CODES } from '@unforced/core';
import { BUNDLED_DATASETS, gsiMeta } from '@unforced/reference-data';
import { describe, expect, it } from 'vitest';

const docs = fileURLToPath(new URL('../../docs/', import.meta.url));

describe('docs tell the truth about the code', () => {
  it('docs/errors.md lists every error code, and no code that does not exist', () => {
    const text = readFileSync(`${docs}errors.md`, 'utf8');
    const documented = [...text.matchAll(/^\|\s*`([A-Z_]+)`\s*\|/gm)].map((m) => m[1]);
    for (const code of Object.keys(ERROR_CODES)) expect(documented, code).toContain(code);
    for (const code of documented) expect(Object.keys(ERROR_CODES), code).toContain(code);
  });

  it('docs/data-sources.md names every dataset id with its "current as of" date', () => {
    const text = readFileSync(`${docs}data-sources.md`, 'utf8');
    for (const meta of [...Object.values(BUNDLED_DATASETS).map((d) => d.meta), gsiMeta]) {
      const row = text.split('\n').find((line) => new RegExp(`^\\|\\s*\`${meta.id}\`\\s*\\|`).test(line));
      expect(row, meta.id).toBeDefined();
      expect(row, meta.id).toContain(meta.validAsOf);
      expect(row, meta.id).toContain(`${meta.refreshDays} days`);
    }
  });
});
