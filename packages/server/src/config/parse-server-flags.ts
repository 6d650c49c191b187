import { UnforcedError } from '@unforced/core';
import { err, type Result } from 'neverthrow';
import { applyEnvironment, type Environment, parseFromSources } from './config-from-env.js';
import type { ServerConfig, ServerConfigInput } from './server-config.js';
import { readSetting, SETTINGS } from './settings.js';

/** Options for {@link parseServerFlags}. */
export interface ServerFlagOptions {
  /** Environment variables read first; flags override them. */
  readonly env?: Environment;
  /** What only code can give (the log sink, the clock, reference data), under both. */
  readonly base?: ServerConfigInput;
}

const byFlag = new Map(SETTINGS.map((setting) => [setting.flag, setting]));

/**
 * The server configuration from command-line flags (`--port 8787`, `--host=0.0.0.0`,
 * `--api-keys id:sha256[:scopes]`, `--allow-unauthenticated`, `--max-body-bytes 4mb`,
 * `--max-batch-items`, `--max-json-depth`, `--rate-limit 600/60|off`, `--timeout-ms`,
 * `--cors-origins a,b`, `--shutdown-grace-ms`, `--workers 4|auto`), over the environment variables of
 * {@link serverConfigFromEnv}, over `base`. An unknown flag or a flag without its value is a `USAGE`
 * error; a bad value is reported with the flag as its path (`['--port']`).
 *
 * @example
 * ```ts
 * const config = parseServerFlags(['--port', '0', '--rate-limit', 'off'], { env: process.env });
 * ```
 */
export function parseServerFlags(
  args: readonly string[],
  options: ServerFlagOptions = {},
): Result<ServerConfig, UnforcedError> {
  const raw: Record<string, unknown> = { ...options.base };
  const sourceOf = new Map<string, string>();
  applyEnvironment(options.env ?? {}, raw, sourceOf);
  for (let index = 0; index < args.length; index += 1) {
    const arg = args[index] ?? '';
    const equals = arg.indexOf('=');
    const flag = equals > 0 ? arg.slice(0, equals) : arg;
    const setting = byFlag.get(flag);
    if (setting === undefined)
      return err(new UnforcedError('USAGE', `unknown option "${flag}"`, { path: [flag] }));
    let text: string | undefined = equals > 0 ? arg.slice(equals + 1) : undefined;
    if (text === undefined && setting.kind === 'bool') text = 'true';
    if (text === undefined) {
      text = args[index + 1];
      index += 1;
    }
    if (text === undefined)
      return err(new UnforcedError('USAGE', `option ${flag} needs a value`, { path: [flag] }));
    raw[setting.key] = readSetting(setting.kind, text);
    sourceOf.set(setting.key, setting.flag);
  }
  return parseFromSources(raw, sourceOf);
}
