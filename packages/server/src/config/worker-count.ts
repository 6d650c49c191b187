import { availableParallelism } from 'node:os';
import type { ServerConfig } from './server-config.js';

/**
 * The number of server processes a `workers` setting asks for: the number itself, or for `auto` one
 * per CPU the process may use (`os.availableParallelism()`, at least 1).
 *
 * @example
 * ```ts
 * workerCount(4); // 4
 * workerCount('auto'); // 2 on a 2-core machine
 * ```
 */
export function workerCount(workers: ServerConfig['workers']): number {
  return workers === 'auto' ? Math.max(1, availableParallelism()) : workers;
}
