import type { RunningServer } from './start-server.js';

/** The environment variable that marks the worker processes `startCluster` forks. */
export const CLUSTER_WORKER_ENV = 'UNFORCED_CLUSTER_WORKER';

/**
 * The server as `startCluster` started it, seen from one process: the primary (which forked the
 * workers, or serves alone when `workers` is 1) or one of the workers.
 */
export interface RunningCluster {
  /** `primary` in the process that called `startCluster` first; `worker` in the processes it forked. */
  readonly role: 'primary' | 'worker';
  /** The address every process shares (with the real port when 0 was asked for). */
  readonly host: string;
  readonly port: number;
  /** `http://host:port`, with IPv6 hosts in brackets. */
  readonly url: string;
  /** How many processes serve requests. */
  readonly workers: number;
  /** This process's own server: in a worker, and in a primary that serves alone; otherwise undefined. */
  readonly server: RunningServer | undefined;
  /**
   * Stops gracefully. In the primary: sends SIGTERM to every worker (each closes its server as
   * `RunningServer.close` does: in-flight requests finish) and resolves once all have exited; workers
   * still running `shutdownGraceMs` + 5 s later are killed. In a worker: closes its server and
   * disconnects from the primary, which does not replace it.
   */
  close(): Promise<void>;
}

/** What a worker sends the primary when its server could not start. */
export interface StartFailedMessage {
  readonly type: 'unforced.start-failed';
  readonly code: string;
  readonly message: string;
}

/**
 * Whether a message from a worker is a {@link StartFailedMessage}.
 *
 * @example
 * ```ts
 * worker.on('message', (message) => { if (isStartFailed(message)) console.error(message.code); });
 * ```
 */
export function isStartFailed(message: unknown): message is StartFailedMessage {
  return (
    typeof message === 'object' &&
    message !== null &&
    (message as { type?: unknown }).type === 'unforced.start-failed'
  );
}
