import cluster, { type Address, type Worker } from 'node:cluster';
import { isErrorCode, UnforcedError } from '@unforced/core';
import { ResultAsync } from 'neverthrow';
import type { ServerConfig } from '../config/server-config.js';
import { writeLog } from '../http/log-sink.js';
import {
  CLUSTER_WORKER_ENV,
  isStartFailed,
  type RunningCluster,
  type StartFailedMessage,
} from './running-cluster.js';
import { serverUrl } from './server-url.js';

/** A worker that lived less than this is restarted after a growing delay (a crash loop backs off). */
const QUICK_EXIT_MS = 5_000;
const FIRST_DELAY_MS = 100;
const MAX_DELAY_MS = 10_000;
/** How long after `shutdownGraceMs` the primary waits before killing workers that have not exited. */
const KILL_MARGIN_MS = 5_000;

function startError(
  failure: StartFailedMessage | undefined,
  exitCode: number | null,
  signal: string | null,
): UnforcedError {
  if (failure !== undefined)
    return new UnforcedError(isErrorCode(failure.code) ? failure.code : 'LISTEN_FAILED', failure.message, {
      path: ['port'],
    });
  const how = signal === null ? `with code ${exitCode}` : `on ${signal}`;
  return new UnforcedError('LISTEN_FAILED', `a server process exited ${how} before listening`, {
    path: ['workers'],
  });
}

/**
 * The primary side of `startCluster`: forks `count` workers (each runs the program's main module
 * again, and there `startCluster` starts one server; they share the port through node:cluster), and
 * resolves once all listen. A worker that exits afterwards is logged (`cluster.worker-exited`, level
 * `error` unless it was stopped by a signal of its own) and replaced, at once or, when it lived less
 * than 5 s, after a delay that doubles up to 10 s. If a worker fails before the cluster listens, the
 * others are killed and its error (`LISTEN_FAILED` for a port in use) is the result.
 *
 * @example
 * ```ts
 * const started = await startClusterPrimary(config, 2);
 * if (started.isOk()) process.once('SIGTERM', () => void started.value.close());
 * ```
 */
export function startClusterPrimary(
  config: ServerConfig,
  count: number,
): ResultAsync<RunningCluster, UnforcedError> {
  const live = new Set<Worker>();
  const timers = new Set<ReturnType<typeof setTimeout>>();
  let listening = 0;
  let started = false;
  let closing = false;
  let restartDelay = 0;
  let allExited: (() => void) | undefined;

  const exited = () => {
    if (live.size === 0) allExited?.();
  };

  const cluster$ = new Promise<RunningCluster>((resolve, reject) => {
    const fork = () => {
      const worker = cluster.fork({ [CLUSTER_WORKER_ENV]: '1' });
      const forkedAt = config.now();
      let failure: StartFailedMessage | undefined;
      live.add(worker);
      worker.on('message', (message: unknown) => {
        if (isStartFailed(message)) failure = message;
      });
      worker.once('listening', (address: Address) => {
        if (started) return;
        listening += 1;
        if (listening < count) return;
        started = true;
        const host = address.address ?? config.host;
        const url = serverUrl(host, address.port);
        writeLog(config.log, { level: 'info', event: 'cluster.listening', address: url, workers: count });
        resolve({ role: 'primary', host, port: address.port, url, workers: count, server: undefined, close });
      });
      worker.once('exit', (exitCode: number | null, signal: string | null) => {
        live.delete(worker);
        if (closing) return exited();
        if (!started) {
          closing = true;
          for (const other of live) other.process.kill('SIGKILL');
          allExited = () => reject(startError(failure, exitCode, signal));
          return exited();
        }
        const lived = config.now() - forkedAt;
        restartDelay =
          lived < QUICK_EXIT_MS ? Math.min(Math.max(restartDelay * 2, FIRST_DELAY_MS), MAX_DELAY_MS) : 0;
        writeLog(config.log, {
          level: worker.exitedAfterDisconnect ? 'warn' : 'error',
          event: 'cluster.worker-exited',
          ...(worker.process.pid === undefined ? {} : { pid: worker.process.pid }),
          ...(exitCode === null ? {} : { exitCode }),
          ...(signal === null ? {} : { signal }),
          restartInMs: restartDelay,
        });
        const timer = setTimeout(() => {
          timers.delete(timer);
          if (!closing) fork();
        }, restartDelay);
        timers.add(timer);
      });
    };

    let closed: Promise<void> | undefined;
    const close = () => {
      closed ??= new Promise<void>((done) => {
        closing = true;
        for (const timer of timers) clearTimeout(timer);
        timers.clear();
        writeLog(config.log, { level: 'info', event: 'cluster.closing', workers: live.size });
        const kill = setTimeout(() => {
          for (const worker of live) worker.process.kill('SIGKILL');
        }, config.shutdownGraceMs + KILL_MARGIN_MS);
        kill.unref();
        allExited = () => {
          clearTimeout(kill);
          writeLog(config.log, { level: 'info', event: 'cluster.closed' });
          done();
        };
        for (const worker of live) worker.process.kill('SIGTERM');
        exited();
      });
      return closed;
    };

    for (let i = 0; i < count; i += 1) fork();
  });

  return ResultAsync.fromPromise(cluster$, (cause) =>
    cause instanceof UnforcedError
      ? cause
      : new UnforcedError('LISTEN_FAILED', 'the server processes could not start', {
          path: ['workers'],
          cause,
        }),
  );
}
