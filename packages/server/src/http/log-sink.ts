/**
 * One structured log entry. It names the request (its id, method, route pattern, status, error code,
 * duration and the API key's id) and never carries a request body, a worker's data, a query value or
 * an API key.
 */
export interface LogEntry {
  readonly level: 'info' | 'warn' | 'error';
  /**
   * What happened: `request`, `server.listening`, `server.closing`, `server.closed`, `error`; with
   * several processes (`startCluster`), the primary's `cluster.listening`, `cluster.worker-exited`,
   * `cluster.closing` and `cluster.closed`.
   */
  readonly event: string;
  readonly requestId?: string;
  readonly method?: string;
  /** The matched route pattern (`/v1/recruitment/check`), or `unmatched`: never the raw URL. */
  readonly route?: string;
  readonly status?: number;
  /** The SDK error code of an error response. */
  readonly code?: string;
  /** The id of the API key from the configuration (a label, never the key or its hash). */
  readonly keyId?: string;
  readonly durationMs?: number;
  /** The size of the request body in bytes, when one was read. */
  readonly bodyBytes?: number;
  /** For `server.listening` and `cluster.listening`: where. */
  readonly address?: string;
  /** For `error`: the exception's class and stack frames (code locations only; the message is dropped). */
  readonly errorName?: string;
  readonly frames?: readonly string[];
  /** For `cluster.listening` and `cluster.closing`: how many server processes. */
  readonly workers?: number;
  /** For `server.listening` and `cluster.worker-exited`: the process id. */
  readonly pid?: number;
  /** For `cluster.worker-exited`: how the process ended (exit code or signal), and when it is replaced. */
  readonly exitCode?: number;
  readonly signal?: string;
  readonly restartInMs?: number;
}

/**
 * Where the server writes its log: one call per line of JSON (without the newline). Inject one to send
 * logs elsewhere or to capture them in tests; the default writes to standard output.
 *
 * @example
 * ```ts
 * const lines: string[] = [];
 * const sink: LogSink = (line) => lines.push(line);
 * ```
 */
export type LogSink = (line: string) => void;

/**
 * The default {@link LogSink}: JSON lines on standard output.
 *
 * @example
 * ```ts
 * stdoutLogSink('{"level":"info","event":"server.closed"}');
 * ```
 */
export const stdoutLogSink: LogSink = (line) => {
  process.stdout.write(`${line}\n`);
};

/**
 * Serialises a {@link LogEntry} to one JSON line with a fixed key order, and hands it to the sink. A
 * sink that throws is ignored: logging never fails a request.
 *
 * @example
 * ```ts
 * writeLog(stdoutLogSink, { level: 'info', event: 'server.closed' });
 * ```
 */
export function writeLog(sink: LogSink, entry: LogEntry): void {
  try {
    sink(JSON.stringify(entry));
  } catch {
    // A broken sink must not take the request down with it.
  }
}
