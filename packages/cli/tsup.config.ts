import { cpSync, rmSync } from 'node:fs';
import { defineConfig } from 'tsup';
import base from '../../tsup.base';

/**
 * The library entry plus the `unforced` executable (with its shebang). After each build the bundled
 * example data (`examples/data/`, the one copy kept in the repository) is copied into `data/`, so the
 * published package carries what `unforced demo` runs on.
 */
export default defineConfig({
  ...base,
  entry: ['src/index.ts', 'src/cli.ts'],
  platform: 'node',
  onSuccess: async () => {
    rmSync('data', { recursive: true, force: true });
    cpSync('../../examples/data', 'data', { recursive: true });
  },
});
