import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const pkg = (name: string) => fileURLToPath(new URL(`./packages/${name}/src/index.ts`, import.meta.url));

/**
 * One vitest run for the workspace. Workspace packages resolve to their sources so the tests never run
 * against a stale `dist`; the built output is checked separately by publint and attw.
 */
export default defineConfig({
  resolve: {
    alias: {
      '@unforced/core': pkg('core'),
      '@unforced/reference-data': pkg('reference-data'),
    },
  },
  test: {
    // Property tests use fixed seeds; a run is reproducible byte for byte.
    include: ['packages/*/src/**/*.test.ts', 'test/**/*.test.ts'],
    environment: 'node',
    testTimeout: 30_000,
  },
});
