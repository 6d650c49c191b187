import { createHash } from 'node:crypto';
import { z } from 'zod';
import { EndpointScope } from './endpoint-scope.js';

/**
 * The SHA-256 of an API key, as lowercase hex: what the server's configuration stores instead of the key.
 *
 * @example
 * ```ts
 * hashApiKey('test'); // '9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08'
 * ```
 */
export function hashApiKey(key: string): string {
  return createHash('sha256').update(key, 'utf8').digest('hex');
}

/**
 * One API key the server accepts: a label (`id`, used in logs and for rate limiting; never the key
 * itself), the SHA-256 of the key in hex, and optionally the endpoint scopes it may call (all when
 * absent).
 *
 * @example
 * ```ts
 * ApiKeyEntry.parse({ id: 'erp', sha256: hashApiKey('s3cr3t-key'), scopes: ['recruitment'] });
 * ```
 */
export const ApiKeyEntry = z.strictObject({
  id: z.string().regex(/^[A-Za-z0-9._-]{1,64}$/, 'a key id is 1 to 64 letters, digits, ".", "_" or "-"'),
  sha256: z
    .string()
    .regex(/^[0-9a-fA-F]{64}$/, 'the SHA-256 of the key, as 64 hex digits')
    .transform((hex) => hex.toLowerCase()),
  scopes: z.array(EndpointScope).min(1).optional(),
});

/** One API key the server accepts (its id, hash and scopes). */
export type ApiKeyEntry = z.output<typeof ApiKeyEntry>;

/** An API key entry as written in configuration. */
export type ApiKeyEntryInput = z.input<typeof ApiKeyEntry>;

/**
 * Reads the compact form of an API key list used in environment variables and flags:
 * `id:sha256[:scope+scope]` entries separated by commas, e.g.
 * `erp:9f86…0a08,portal:60303a…9e6b:screening+reference-data`. A value starting with `[` is read as a
 * JSON array of {@link ApiKeyEntry} objects instead. The entries are returned unvalidated, for the
 * configuration schema to check.
 *
 * @example
 * ```ts
 * parseApiKeyList('erp:9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08:recruitment+screening');
 * // [{ id: 'erp', sha256: '9f86…0a08', scopes: ['recruitment', 'screening'] }]
 * ```
 */
export function parseApiKeyList(text: string): unknown[] {
  const trimmed = text.trim();
  if (trimmed === '') return [];
  if (trimmed.startsWith('[')) {
    try {
      const parsed: unknown = JSON.parse(trimmed);
      return Array.isArray(parsed) ? parsed : [parsed];
    } catch {
      return [trimmed];
    }
  }
  return trimmed.split(',').map((entry) => {
    const [id, sha256, scopes, ...rest] = entry.trim().split(':');
    if (id === undefined || sha256 === undefined || rest.length > 0) return entry.trim();
    return scopes === undefined ? { id, sha256 } : { id, sha256, scopes: scopes.split('+') };
  });
}
