import { createHash, timingSafeEqual } from 'node:crypto';
import type { ApiKeyEntry } from '../config/api-key.js';

const BEARER = /^Bearer +([A-Za-z0-9\-._~+/]+=*) *$/i;

/**
 * Builds the function that finds the API key of a request from its `Authorization` header
 * (`Bearer <key>`). The presented key is hashed with SHA-256 and compared with every configured hash
 * with `timingSafeEqual`, without stopping at a match, so the time taken says nothing about which
 * keys exist or how close a guess was. Returns `undefined` for a missing, malformed or unknown key.
 *
 * @example
 * ```ts
 * const authenticate = createAuthenticator([{ id: 'erp', sha256: hashApiKey('s3cr3t-key') }]);
 * authenticate('Bearer s3cr3t-key')?.id; // 'erp'
 * authenticate('Bearer guess'); // undefined
 * ```
 */
export function createAuthenticator(
  keys: readonly ApiKeyEntry[],
): (authorization: string | undefined) => ApiKeyEntry | undefined {
  const stored = keys.map((key) => ({ key, digest: Buffer.from(key.sha256, 'hex') }));
  return (authorization) => {
    const token = authorization === undefined ? undefined : BEARER.exec(authorization)?.[1];
    if (token === undefined) return undefined;
    const digest = createHash('sha256').update(token, 'utf8').digest();
    let found: ApiKeyEntry | undefined;
    for (const candidate of stored) {
      if (timingSafeEqual(digest, candidate.digest) && found === undefined) found = candidate.key;
    }
    return found;
  };
}
