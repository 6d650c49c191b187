import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const packagesDir = fileURLToPath(new URL('./packages/', import.meta.url));

/**
 * One vitest run for the workspace. `@unforced/<name>` resolves to `packages/<name>/src/index.ts`, so the
 * tests never run against a stale `dist`; the built output is checked separately by publint and attw.
 */
export default defineConfig({
  resolve: {
    alias: [{ find: /^@unforced\/([a-z-]+)$/, replacement: `${packagesDir}$1/src/index.ts` }],
  },
  test: {
    // Property tests use fixed seeds; a run is reproducible byte for byte.
    include: ['packages/*/src/**/*.test.ts', 'test/**/*.test.ts'],
    environment: 'node',
    testTimeout: 30_000,
  },
});
