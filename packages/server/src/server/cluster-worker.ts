import cluster from 'node:cluster';
import type { UnforcedError } from '@unforced/core';
import { ResultAsync } from 'neverthrow';
import type { ServerConfig } from '../config/server-config.js';
import type { RunningCluster, StartFailedMessage } from './running-cluster.js';
import { serveConfig } from './start-server.js';

/**
 * The worker side of `startCluster`: starts this process's server on the shared port (a configured
 * `requestIdPrefix` gets `-w<worker id>` so that ids stay unique across processes), closes it
 * gracefully on SIGTERM or SIGINT (sent by the primary, or by a terminal to the whole group) and then
 * disconnects, so the primary knows the exit was asked for. If the server cannot start, the error is
 * sent to the primary, which reports it, and the process exits with code 1; the returned result then
 * never settles.
 *
 * @example
 * ```ts
 * if (cluster.isWorker) await startClusterWorker(config, 2);
 * ```
 */
export function startClusterWorker(
  config: ServerConfig,
  workers: number,
): ResultAsync<RunningCluster, UnforcedError> {
  const id = cluster.worker?.id ?? 0;
  const own =
    config.requestIdPrefix === undefined
      ? config
      : { ...config, requestIdPrefix: `${config.requestIdPrefix}-w${id}` };
  let close: (() => Promise<void>) | undefined;
  let stopAsked = false;
  const stop = () => {
    stopAsked = true;
    void close?.();
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);

  const started = serveConfig(own).map((server): RunningCluster => {
    let closed: Promise<void> | undefined;
    close = () => {
      closed ??= server.close().then(() => {
        process.off('SIGTERM', stop);
        process.off('SIGINT', stop);
        if (cluster.worker?.isConnected()) cluster.worker.disconnect();
      });
      return closed;
    };
    if (stopAsked) void close();
    const { host, port, url } = server;
    return { role: 'worker', host, port, url, workers, server, close };
  });
  return started.orElse((error) => {
    const message: StartFailedMessage = {
      type: 'unforced.start-failed',
      code: error.code,
      message: error.message,
    };
    process.send?.(message, undefined, {}, () => process.exit(1));
    return new ResultAsync<RunningCluster, UnforcedError>(new Promise(() => {}));
  });
}
