import cluster from 'node:cluster';
import type { UnforcedError } from '@unforced/core';
import { errAsync, type ResultAsync } from 'neverthrow';
import { parseServerConfig, type ServerConfigInput } from '../config/server-config.js';
import { workerCount } from '../config/worker-count.js';
import { startClusterPrimary } from './cluster-primary.js';
import { startClusterWorker } from './cluster-worker.js';
import { CLUSTER_WORKER_ENV, type RunningCluster } from './running-cluster.js';
import { serveConfig } from './start-server.js';

/**
 * Starts the server in `workers` processes that share its port through node:cluster (the connections
 * are spread over them), so that a replica uses every core it is given: the checks run on each
 * process's one JavaScript thread. With `workers: 1` (the default) this process serves alone, exactly
 * as {@link startServer} does.
 *
 * Call it from the program's main module, with the same configuration in every process: node:cluster
 * runs that module again in each worker, and there `startCluster` starts one server. The primary only
 * supervises: it replaces a worker that exits unexpectedly (logged as `cluster.worker-exited`), and its
 * `close()` sends SIGTERM to every worker so each finishes its requests in flight; forward your
 * process's SIGTERM and SIGINT to it. Everything a process keeps is its own: rate-limit buckets are
 * per process (enforce a global limit at the gateway), and each holds its own copy of the reference
 * data, screening index and risk model.
 *
 * Resolves in the primary once every worker listens (or to the first worker's error:
 * `LISTEN_FAILED` for a port in use), and in a worker once its server listens.
 *
 * @example
 * ```ts
 * const started = await startCluster({ port: 8787, workers: 'auto', apiKeys });
 * if (started.isErr()) throw started.error;
 * for (const signal of ['SIGTERM', 'SIGINT'] as const)
 *   process.once(signal, () => void started.value.close());
 * const { role, workers, url } = started.value;
 * if (role === 'primary') console.log(`${workers} processes on ${url}`);
 * ```
 */
export function startCluster(input: ServerConfigInput): ResultAsync<RunningCluster, UnforcedError> {
  const parsed = parseServerConfig(input);
  if (parsed.isErr()) return errAsync(parsed.error);
  const config = parsed.value;
  const count = workerCount(config.workers);
  if (cluster.isWorker && process.env[CLUSTER_WORKER_ENV] === '1') return startClusterWorker(config, count);
  if (count > 1) return startClusterPrimary(config, count);
  return serveConfig(config).map((server) => {
    const { host, port, url, close } = server;
    return { role: 'primary' as const, host, port, url, workers: 1, server, close };
  });
}
