import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { UnforcedError } from '@unforced/core';
import { errAsync, ResultAsync } from 'neverthrow';
import { type AppState, buildServerApp, type ServerApp } from '../app/create-server-app.js';
import { ENDPOINTS } from '../app/endpoints.js';
import { warmEndpoints } from '../app/mount-endpoint.js';
import { parseServerConfig, type ServerConfig, type ServerConfigInput } from '../config/server-config.js';
import { writeLog } from '../http/log-sink.js';
import { listenerForApp } from './request-listener.js';
import { serverUrl } from './server-url.js';

/** A running server: where it listens, its app, and how to stop it. */
export interface RunningServer {
  /** The address it is bound to (with the real port when 0 was asked for). */
  readonly host: string;
  readonly port: number;
  /** `http://host:port`, with IPv6 hosts in brackets. */
  readonly url: string;
  readonly app: ServerApp;
  /** The Node HTTP server, for tuning (e.g. `keepAliveTimeout` above a gateway's idle timeout) and metrics. */
  readonly httpServer: Server;
  /**
   * Stops accepting connections, lets in-flight requests finish (answering them with
   * `Connection: close`, and `/healthz` with 503), closes idle keep-alive connections, and resolves
   * once every connection is closed. Connections still busy after `shutdownGraceMs` are cut.
   */
  close(): Promise<void>;
}

/**
 * Validates the configuration, builds the app, prepares what the endpoints keep between requests (the
 * screening index, the default risk model) and listens on its host and port. Resolves to the
 * running server, or to an error: the configuration's issues, or `LISTEN_FAILED` (port in use, host not
 * local). Use port 0 for any free port (tests). It runs in this process whatever `workers` says; see
 * `startCluster` for several processes.
 *
 * @example
 * ```ts
 * const started = await startServer({ port: 0, apiKeys: [{ id: 'erp', sha256: hashApiKey('s3cr3t-key') }] });
 * if (started.isOk()) {
 *   console.log(`listening on ${started.value.url}`);
 *   process.once('SIGTERM', () => void started.value.close());
 * }
 * ```
 */
export function startServer(input: ServerConfigInput): ResultAsync<RunningServer, UnforcedError> {
  const parsed = parseServerConfig(input);
  if (parsed.isErr()) return errAsync(parsed.error);
  return serveConfig(parsed.value);
}

/**
 * {@link startServer} for a configuration already validated (the worker processes of `startCluster`
 * adjust theirs after validation).
 *
 * @example
 * ```ts
 * const started = await serveConfig(parseServerConfig(input)._unsafeUnwrap());
 * ```
 */
export function serveConfig(config: ServerConfig): ResultAsync<RunningServer, UnforcedError> {
  const state: AppState = { closing: false };
  const app = buildServerApp(config, state);
  warmEndpoints(ENDPOINTS, config);
  const server = createServer(listenerForApp(app));
  server.requestTimeout = config.timeoutMs + 5_000;

  const listening = new Promise<AddressInfo>((resolve, reject) => {
    server.once('error', reject);
    server.listen(config.port, config.host, () => {
      server.off('error', reject);
      resolve(server.address() as AddressInfo);
    });
  });

  return ResultAsync.fromPromise(
    listening,
    (cause) =>
      new UnforcedError('LISTEN_FAILED', `cannot listen on ${config.host}:${config.port}`, {
        path: ['port'],
        cause,
      }),
  ).map((address) => {
    const host = address.address;
    const url = serverUrl(host, address.port);
    writeLog(config.log, { level: 'info', event: 'server.listening', address: url, pid: process.pid });
    let closed: Promise<void> | undefined;
    const close = () => {
      closed ??= new Promise<void>((resolve) => {
        state.closing = true;
        writeLog(config.log, { level: 'info', event: 'server.closing' });
        const cut = setTimeout(() => server.closeAllConnections(), config.shutdownGraceMs);
        cut.unref();
        const idle = setInterval(() => server.closeIdleConnections(), 50);
        idle.unref();
        server.close(() => {
          clearTimeout(cut);
          clearInterval(idle);
          writeLog(config.log, { level: 'info', event: 'server.closed' });
          resolve();
        });
        server.closeIdleConnections();
      });
      return closed;
    };
    return { host, port: address.port, url, app, httpServer: server, close };
  });
}
