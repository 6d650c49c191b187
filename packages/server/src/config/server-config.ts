import { addCodedIssue, type UnforcedError, validate } from '@unforced/core';
import type { ReferenceData } from '@unforced/reference-data';
import type { Result } from 'neverthrow';
import { z } from 'zod';
import { type LogSink, stdoutLogSink } from '../http/log-sink.js';
import { ApiKeyEntry } from './api-key.js';

const MIB = 1024 * 1024;

/**
 * Defaults of the configuration, in one place for the docs and `--help`.
 *
 * @example
 * ```ts
 * SERVER_DEFAULTS.maxBodyBytes; // 4194304 (4 MiB)
 * ```
 */
export const SERVER_DEFAULTS = {
  port: 8787,
  host: '127.0.0.1',
  maxBodyBytes: 4 * MIB,
  maxBatchItems: 1000,
  maxJsonDepth: 32,
  rateLimit: { requests: 600, windowSeconds: 60 },
  timeoutMs: 30_000,
  shutdownGraceMs: 10_000,
  workers: 1,
} as const;

/** The most server processes `workers` may ask for by number (`auto` takes one per CPU, however many). */
export const MAX_WORKERS = 64;

const fn = <T>(what: string) =>
  z.custom<T>((value) => typeof value === 'function', { message: `${what} must be a function` });

const ReferenceDataSchema = z.custom<ReferenceData>(
  (value) =>
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { datasetStatus?: unknown }).datasetStatus === 'function' &&
    typeof (value as { dataEditions?: unknown }).dataEditions === 'function',
  { message: 'referenceData must be a ReferenceData from createReferenceData()' },
);

/**
 * The per-key rate limit: `requests` per `windowSeconds`, as a token bucket (bursts up to `requests`).
 *
 * @example
 * ```ts
 * RateLimit.parse({ requests: 100 }); // { requests: 100, windowSeconds: 60 }
 * ```
 */
export const RateLimit = z.strictObject({
  requests: z.number().int().positive(),
  windowSeconds: z.number().positive().max(86_400).default(SERVER_DEFAULTS.rateLimit.windowSeconds),
});

/**
 * How many server processes share the port (see `startCluster`): a number from 1 to
 * {@link MAX_WORKERS}, or `auto` for one per CPU (`os.availableParallelism()`).
 *
 * @example
 * ```ts
 * Workers.parse('auto'); // 'auto'
 * Workers.parse(4); // 4
 * ```
 */
export const Workers = z.union([
  z
    .number({ error: 'a number of server processes, or "auto" for one per CPU' })
    .int()
    .min(1)
    .max(MAX_WORKERS),
  z.literal('auto'),
]);

const Origin = z
  .string()
  .regex(/^(\*|https?:\/\/[^/\s?#]+)$/, 'an origin is "*" or scheme://host[:port], without a path');

/**
 * The configuration of the server, validated with zod. Only the API keys are needed; everything else
 * has a default (see {@link SERVER_DEFAULTS}). Requests need a key unless `allowUnauthenticated` is set
 * (for a server behind a gateway that authenticates). CORS is off unless `corsOrigins` lists origins.
 *
 * - `log`: where structured JSON log lines go (default standard output).
 * - `now`: a monotonic clock in milliseconds for rate limits and durations (default `performance.now`);
 *   results never depend on it.
 * - `referenceData`: the datasets `GET /v1/reference-data` describes and the checks use (default the
 *   bundled ones).
 * - `requestIdPrefix`: the prefix of generated request ids (default random per process).
 * - `workers`: how many processes `startCluster` runs (default 1); `startServer` always runs one.
 *
 * @example
 * ```ts
 * ServerConfig.parse({ apiKeys: [{ id: 'erp', sha256: hashApiKey('s3cr3t-key') }], maxBatchItems: 500 });
 * ```
 */
export const ServerConfig = z
  .strictObject({
    port: z.number().int().min(0).max(65_535).default(SERVER_DEFAULTS.port),
    host: z.string().min(1).default(SERVER_DEFAULTS.host),
    apiKeys: z.array(ApiKeyEntry).default([]),
    allowUnauthenticated: z.boolean().default(false),
    maxBodyBytes: z
      .number()
      .int()
      .positive()
      .max(1024 * MIB)
      .default(SERVER_DEFAULTS.maxBodyBytes),
    maxBatchItems: z.number().int().positive().default(SERVER_DEFAULTS.maxBatchItems),
    maxJsonDepth: z.number().int().min(2).max(10_000).default(SERVER_DEFAULTS.maxJsonDepth),
    rateLimit: z.union([z.literal(false), RateLimit]).default({ ...SERVER_DEFAULTS.rateLimit }),
    timeoutMs: z.number().int().positive().default(SERVER_DEFAULTS.timeoutMs),
    corsOrigins: z.array(Origin).default([]),
    shutdownGraceMs: z.number().int().nonnegative().default(SERVER_DEFAULTS.shutdownGraceMs),
    workers: Workers.default(SERVER_DEFAULTS.workers),
    requestIdPrefix: z
      .string()
      .regex(/^[A-Za-z0-9._-]{1,32}$/)
      .optional(),
    log: fn<LogSink>('log').default(() => stdoutLogSink),
    now: fn<() => number>('now').default(() => () => performance.now()),
    referenceData: ReferenceDataSchema.optional(),
  })
  .superRefine((config, ctx) => {
    if (config.apiKeys.length === 0 && !config.allowUnauthenticated)
      addCodedIssue(
        ctx,
        'REQUIRED',
        'no API keys configured: give at least one, or set allowUnauthenticated behind a gateway',
        ['apiKeys'],
      );
    const ids = new Set<string>();
    const hashes = new Set<string>();
    config.apiKeys.forEach((key, index) => {
      if (ids.has(key.id) || hashes.has(key.sha256))
        addCodedIssue(ctx, 'DUPLICATE_ID', 'two API keys share an id or a hash', ['apiKeys', index]);
      ids.add(key.id);
      hashes.add(key.sha256);
    });
  });

/** The validated configuration, with every default filled in. */
export type ServerConfig = z.output<typeof ServerConfig>;

/** The configuration as a caller writes it (only `apiKeys`, or `allowUnauthenticated`, is needed). */
export type ServerConfigInput = z.input<typeof ServerConfig>;

/**
 * Validates a configuration object. Bad values come back as an `UnforcedError` with every issue and
 * its path (e.g. `['apiKeys', 0, 'sha256']`); it never throws.
 *
 * @example
 * ```ts
 * const config = parseServerConfig({ apiKeys: [{ id: 'erp', sha256: hashApiKey('s3cr3t-key') }] });
 * if (config.isOk()) config.value.maxBodyBytes; // 4194304
 * ```
 */
export function parseServerConfig(input: unknown): Result<ServerConfig, UnforcedError> {
  return validate(ServerConfig, input);
}
