import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Where the conversion reads from and writes to. */
export interface BuildPaths {
  readonly repoRoot: string;
  readonly sharedDataDir: string;
  readonly referenceDataGeneratedDir: string;
  readonly coreGeneratedDir: string;
}

/** The environment variable that overrides the shared data directory. */
export const SHARED_DATA_ENV = 'UNFORCED_SHARED_DATA';

/**
 * Resolves the build paths from the URL of `scripts/build-datasets.ts` (its `import.meta.url`): the repo
 * root is three levels up; the shared data directory is `$UNFORCED_SHARED_DATA` or `<repo root>/../shared/data`.
 */
export function resolveBuildPaths(scriptUrl: string, env: NodeJS.ProcessEnv = process.env): BuildPaths {
  const scriptDir = dirname(fileURLToPath(scriptUrl));
  const packageDir = resolve(scriptDir, '..');
  const repoRoot = resolve(packageDir, '../..');
  const override = env[SHARED_DATA_ENV];
  const sharedDataDir =
    override !== undefined && override !== '' ? resolve(override) : resolve(repoRoot, '../shared/data');
  return {
    repoRoot,
    sharedDataDir,
    referenceDataGeneratedDir: resolve(packageDir, 'src/generated'),
    coreGeneratedDir: resolve(repoRoot, 'packages/core/src/generated'),
  };
}

/** Whether the shared data directory exists (the script fails with a clear message when it does not). */
export function sharedDataExists(paths: BuildPaths): boolean {
  return existsSync(resolve(paths.sharedDataDir, 'README.md'));
}
