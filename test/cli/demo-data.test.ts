import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { syntheticCottonChain } from '@unforced/trace';
import { describe, expect, it } from 'vitest';
import { data, root } from './helpers.js';

const shipped = join(root, 'packages/cli/data');
const files = (dir: string, base = dir): string[] =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path, base) : [relative(base, path)];
  });

describe('the bundled example data', () => {
  it('holds the synthetic cotton chain of @unforced/trace as EPCIS JSON-LD and master data (scripts/write-demo-chain.ts)', () => {
    const chain = syntheticCottonChain();
    expect(JSON.parse(readFileSync(join(data, 'cotton-chain.jsonld'), 'utf8'))).toEqual(chain.epcisDocument);
    expect(JSON.parse(readFileSync(join(data, 'cotton-chain-master-data.json'), 'utf8'))).toEqual(
      chain.masterData,
    );
  });

  it('says it is synthetic', () => {
    expect(readFileSync(join(data, 'README.md'), 'utf8')).toContain('**synthetic**');
  });

  it.skipIf(!existsSync(shipped))(
    'is copied into the built package unchanged (one copy in the repository)',
    () => {
      const expected = files(data).sort();
      expect(files(shipped).sort()).toEqual(expected);
      for (const file of expected)
        expect(readFileSync(join(shipped, file)).equals(readFileSync(join(data, file))), file).toBe(true);
    },
  );
});
