import { defineConfig } from 'tsup';
import base from '../../tsup.base';

/** The library entry plus the `unforced` executable (with its shebang). */
export default defineConfig({
  ...base,
  entry: ['src/index.ts', 'src/cli.ts'],
  platform: 'node',
});
