import { randomBytes } from 'node:crypto';

const WELL_FORMED = /^[A-Za-z0-9._:-]{1,128}$/;

/**
 * The header that carries the request id, in requests (optional) and every response.
 *
 * @example
 * ```ts
 * res.headers.get(REQUEST_ID_HEADER); // 'a1b2c3d4-17'
 * ```
 */
export const REQUEST_ID_HEADER = 'X-Request-Id';

/**
 * Whether a caller's request id can be used as it is: 1 to 128 letters, digits, `.`, `_`, `:` or `-`
 * (enough for UUIDs, ULIDs and gateway ids; nothing that could break a log line or a header).
 *
 * @example
 * ```ts
 * isWellFormedRequestId('req-2026-11-22.0001'); // true
 * isWellFormedRequestId('a b'); // false
 * ```
 */
export function isWellFormedRequestId(value: string | undefined): value is string {
  return value !== undefined && WELL_FORMED.test(value);
}

/**
 * A request id generator: `<prefix>-<n>` with `n` counting from 1. The prefix defaults to 8 random hex
 * digits drawn once, so that ids are unique within the process and, in practice, across replicas.
 *
 * @example
 * ```ts
 * const next = createRequestIdGenerator('replica-a');
 * next(); // 'replica-a-1'
 * next(); // 'replica-a-2'
 * ```
 */
export function createRequestIdGenerator(prefix?: string): () => string {
  const start = prefix ?? randomBytes(4).toString('hex');
  let counter = 0;
  return () => {
    counter += 1;
    return `${start}-${counter}`;
  };
}
