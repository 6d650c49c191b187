import { defineConfig } from 'tsup';

/** The one build configuration every package's `tsup.config.ts` re-exports. */
export default defineConfig({
  entry: ['src/index.ts'],
  format: ['esm'],
  target: 'node20',
  platform: 'neutral',
  dts: true,
  sourcemap: false,
  clean: true,
  treeshake: true,
  splitting: false,
});
