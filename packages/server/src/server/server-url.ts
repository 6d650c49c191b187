/**
 * The base URL of a server bound to `host` and `port`: `http://host:port`, with an IPv6 host in
 * brackets.
 *
 * @example
 * ```ts
 * serverUrl('127.0.0.1', 8787); // 'http://127.0.0.1:8787'
 * serverUrl('::1', 8787); // 'http://[::1]:8787'
 * ```
 */
export function serverUrl(host: string, port: number): string {
  return `http://${host.includes(':') ? `[${host}]` : host}:${port}`;
}
