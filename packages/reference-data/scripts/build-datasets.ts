/**
 * Converts the reference data in `../shared/data` into the TypeScript modules of
 * `packages/reference-data/src/generated/` and `packages/core/src/generated/iso-codes.ts`.
 *
 *   tsx scripts/build-datasets.ts           regenerate and write the modules
 *   tsx scripts/build-datasets.ts --check   regenerate in memory; exit 1 listing stale files
 *
 * The shared data directory is `$UNFORCED_SHARED_DATA`, else `<repo root>/../shared/data`. Any problem in
 * the data (an unmapped country name, an unknown tier, an unreviewed scraper artefact) exits 1.
 */
import { buildAllModules } from './lib/build-all.js';
import { BuildError } from './lib/build-error.js';
import { resolveBuildPaths, SHARED_DATA_ENV, sharedDataExists } from './lib/paths.js';
import { displayPath, findStaleModules, type GeneratedModule, writeModules } from './lib/write-module.js';

function main(): number {
  const check = process.argv.slice(2).includes('--check');
  const paths = resolveBuildPaths(import.meta.url);
  if (!sharedDataExists(paths)) {
    // Outside CI a contributor may have cloned the repository without ../shared beside it: the freshness
    // check cannot run there, so it says so and passes. In CI (CI=true) the shared data must be present.
    if (check && process.env.CI !== 'true') {
      console.warn(
        `Shared data directory not found: ${paths.sharedDataDir}; freshness check skipped (set ${SHARED_DATA_ENV}).`,
      );
      return 0;
    }
    console.error(`Shared data directory not found: ${paths.sharedDataDir} (set ${SHARED_DATA_ENV}).`);
    return 1;
  }
  let modules: GeneratedModule[];
  try {
    modules = buildAllModules(paths);
  } catch (error) {
    if (!(error instanceof BuildError)) throw error;
    console.error(`build-datasets: ${error.message}`);
    for (const detail of error.details) console.error(`  - ${detail}`);
    return 1;
  }
  for (const module of modules) console.log(module.summary);
  if (check) {
    const stale = findStaleModules(modules);
    if (stale.length === 0) {
      console.log(`All ${modules.length} generated modules are up to date.`);
      return 0;
    }
    console.error('Stale generated modules (run `pnpm --filter @unforced/reference-data generate`):');
    for (const module of stale) console.error(`  ${displayPath(paths.repoRoot, module.path)}`);
    return 1;
  }
  const written = writeModules(modules);
  for (const module of written) console.log(`wrote ${displayPath(paths.repoRoot, module.path)}`);
  console.log(`${written.length} of ${modules.length} generated modules changed.`);
  return 0;
}

process.exitCode = main();
