import { errorFromIssues, type UnforcedError } from '@unforced/core';
import { err, type Result } from 'neverthrow';
import { parseServerConfig, type ServerConfig, type ServerConfigInput } from './server-config.js';
import { readSetting, SETTINGS, type Setting } from './settings.js';

/** Environment variables, as `process.env` holds them. */
export type Environment = Readonly<Record<string, string | undefined>>;

/**
 * Validates a raw configuration assembled from settings, and renames the first segment of each issue's
 * path from the configuration key to where the value came from (`UNFORCED_PORT`, `--port`), so that an
 * operator sees what to fix.
 *
 * @example
 * ```ts
 * parseFromSources({ port: 'x' }, new Map([['port', '--port']])); // err: path ['--port']
 * ```
 */
export function parseFromSources(
  raw: Record<string, unknown>,
  sourceOf: ReadonlyMap<string, string>,
): Result<ServerConfig, UnforcedError> {
  return parseServerConfig(raw).orElse((error) => {
    const issues = error.issues.map((issue) => {
      const [first, ...rest] = issue.path;
      const source = typeof first === 'string' ? sourceOf.get(first) : undefined;
      return source === undefined ? issue : { ...issue, path: [source, ...rest] };
    });
    return err(errorFromIssues(issues, error));
  });
}

/**
 * Reads the settings found in the environment into `raw`, noting where each came from.
 *
 * @example
 * ```ts
 * applyEnvironment({ UNFORCED_PORT: '9000' }, raw, sourceOf); // raw.port === 9000
 * ```
 */
export function applyEnvironment(
  env: Environment,
  raw: Record<string, unknown>,
  sourceOf: Map<string, string>,
) {
  for (const setting of SETTINGS as readonly Setting[]) {
    const text = env[setting.env];
    if (text === undefined) continue;
    raw[setting.key] = readSetting(setting.kind, text);
    sourceOf.set(setting.key, setting.env);
  }
}

/**
 * The server configuration from environment variables (`UNFORCED_PORT`, `UNFORCED_HOST`,
 * `UNFORCED_API_KEYS`, `UNFORCED_ALLOW_UNAUTHENTICATED`, `UNFORCED_MAX_BODY_BYTES`,
 * `UNFORCED_MAX_BATCH_ITEMS`, `UNFORCED_MAX_JSON_DEPTH`, `UNFORCED_RATE_LIMIT`, `UNFORCED_TIMEOUT_MS`,
 * `UNFORCED_CORS_ORIGINS`, `UNFORCED_SHUTDOWN_GRACE_MS`, `UNFORCED_WORKERS`) over `base` (for what only
 * code can give: the log sink, the clock, reference data). Errors name the variable:
 * `path: ['UNFORCED_PORT']`.
 *
 * @example
 * ```ts
 * const config = serverConfigFromEnv(process.env);
 * if (config.isErr()) for (const issue of config.error.issues) console.error(issue.path.join('.'), issue.message);
 * ```
 */
export function serverConfigFromEnv(
  env: Environment,
  base: ServerConfigInput = {},
): Result<ServerConfig, UnforcedError> {
  const raw: Record<string, unknown> = { ...base };
  const sourceOf = new Map<string, string>();
  applyEnvironment(env, raw, sourceOf);
  return parseFromSources(raw, sourceOf);
}
