import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CliIo } from '../io.js';

/** The label the demo gives its data files in messages and outputs, the same on every machine. */
export const DEMO_DATA_LABEL = 'demo-data';

const CANDIDATES = [
  '../data/', // the built package: dist/*.js → data/ (copied from examples/data by the build)
  '../../data/', // the sources: src/pipeline/*.ts → packages/cli/data/
  '../../../examples/data/', // the repository, from dist/
  '../../../../examples/data/', // the repository, from src/pipeline/
];

/**
 * Where the bundled example data is: `data/` inside the installed package (copied there from the
 * repository's `examples/data/` at build time), else the repository's `examples/data/`.
 *
 * @example
 * ```ts
 * bundledDataDir(); // '/usr/lib/node_modules/@unforced/cli/data'
 * ```
 */
export function bundledDataDir(): string | undefined {
  for (const candidate of CANDIDATES) {
    const dir = fileURLToPath(new URL(candidate, import.meta.url));
    if (existsSync(join(dir, 'suppliers.csv')) && existsSync(join(dir, 'cotton-chain.jsonld'))) return dir;
  }
  return undefined;
}

/**
 * A CliIo that reads `demo-data/<file>` from the bundled data directory, so file names in messages and
 * outputs do not depend on where the package is installed.
 *
 * @example
 * ```ts
 * const demoIo = withDemoData(io, bundledDataDir() ?? '');
 * demoIo.readFile('demo-data/suppliers.csv');
 * ```
 */
export function withDemoData(io: CliIo, dir: string): CliIo {
  const prefix = `${DEMO_DATA_LABEL}/`;
  return {
    ...io,
    readFile: (path) => io.readFile(path.startsWith(prefix) ? join(dir, path.slice(prefix.length)) : path),
  };
}

/**
 * The label of a file of the demo data (`demo-data/payroll/costs.csv`).
 *
 * @example
 * ```ts
 * demoFile('suppliers.csv'); // 'demo-data/suppliers.csv'
 * ```
 */
export function demoFile(name: string): string {
  return `${DEMO_DATA_LABEL}/${name}`;
}
