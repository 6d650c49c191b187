import { availableParallelism } from 'node:os';
import { describe, expect, it, vi } from 'vitest';
import { hashApiKey, parseApiKeyList } from './api-key.js';
import { serverConfigFromEnv } from './config-from-env.js';
import { parseServerFlags } from './parse-server-flags.js';
import { parseServerConfig } from './server-config.js';
import { workerCount } from './worker-count.js';

// workerCount('auto') asks node:os; a fixed answer lets the test state the count by hand.
vi.mock('node:os', async (importOriginal) => ({
  ...(await importOriginal<typeof import('node:os')>()),
  availableParallelism: vi.fn(() => 1),
}));

const hash = hashApiKey('k');

describe('parseServerConfig', () => {
  it('fills in the defaults: 4 MiB bodies, 1000 items, depth 32, 600 requests a minute, 30 s, no CORS', () => {
    const config = parseServerConfig({ apiKeys: [{ id: 'erp', sha256: hash }] })._unsafeUnwrap();
    expect(config).toMatchObject({
      port: 8787,
      host: '127.0.0.1',
      maxBodyBytes: 4_194_304,
      maxBatchItems: 1000,
      maxJsonDepth: 32,
      rateLimit: { requests: 600, windowSeconds: 60 },
      timeoutMs: 30_000,
      corsOrigins: [],
      allowUnauthenticated: false,
    });
  });

  it('refuses to run without keys unless told that a gateway authenticates', () => {
    const none = parseServerConfig({})._unsafeUnwrapErr();
    expect(none.issues).toEqual([expect.objectContaining({ code: 'REQUIRED', path: ['apiKeys'] })]);
    expect(parseServerConfig({ allowUnauthenticated: true }).isOk()).toBe(true);
  });

  it('reports every bad value with its path', () => {
    const error = parseServerConfig({
      port: 70_000,
      apiKeys: [
        { id: 'erp', sha256: 'not-hex' },
        { id: 'erp', sha256: hash, scopes: ['payroll'] },
      ],
      corsOrigins: ['https://erp.example.com/path'],
      surprise: true,
    })._unsafeUnwrapErr();
    expect(error.issues.map((issue) => [issue.code, issue.path])).toEqual(
      expect.arrayContaining([
        ['OUT_OF_RANGE', ['port']],
        ['INVALID_FORMAT', ['apiKeys', 0, 'sha256']],
        ['OUT_OF_RANGE', ['apiKeys', 1, 'scopes', 0]],
        ['INVALID_FORMAT', ['corsOrigins', 0]],
        ['UNKNOWN_FIELD', ['surprise']],
      ]),
    );
  });

  it('refuses two keys with the same id', () => {
    const error = parseServerConfig({
      apiKeys: [
        { id: 'erp', sha256: hash },
        { id: 'erp', sha256: hashApiKey('other') },
      ],
    })._unsafeUnwrapErr();
    expect(error.issues).toEqual([expect.objectContaining({ code: 'DUPLICATE_ID', path: ['apiKeys', 1] })]);
  });
});

describe('parseApiKeyList', () => {
  it('reads id:hash[:scope+scope] entries and JSON arrays', () => {
    expect(parseApiKeyList(`erp:${hash}, portal:${hash}:screening+reference-data`)).toEqual([
      { id: 'erp', sha256: hash },
      { id: 'portal', sha256: hash, scopes: ['screening', 'reference-data'] },
    ]);
    expect(parseApiKeyList(`[{"id":"erp","sha256":"${hash}"}]`)).toEqual([{ id: 'erp', sha256: hash }]);
    expect(parseApiKeyList('  ')).toEqual([]);
  });
});

describe('serverConfigFromEnv', () => {
  it('reads every variable', () => {
    const config = serverConfigFromEnv({
      UNFORCED_PORT: '9000',
      UNFORCED_HOST: '0.0.0.0',
      UNFORCED_API_KEYS: `erp:${hash}:recruitment`,
      UNFORCED_MAX_BODY_BYTES: '2mb',
      UNFORCED_MAX_BATCH_ITEMS: '50',
      UNFORCED_MAX_JSON_DEPTH: '16',
      UNFORCED_RATE_LIMIT: '100/10',
      UNFORCED_TIMEOUT_MS: '5000',
      UNFORCED_CORS_ORIGINS: 'https://a.example, https://b.example:8443',
      UNFORCED_SHUTDOWN_GRACE_MS: '0',
      UNRELATED: 'ignored',
    })._unsafeUnwrap();
    expect(config).toMatchObject({
      port: 9000,
      host: '0.0.0.0',
      apiKeys: [{ id: 'erp', sha256: hash, scopes: ['recruitment'] }],
      maxBodyBytes: 2 * 1024 * 1024,
      maxBatchItems: 50,
      maxJsonDepth: 16,
      rateLimit: { requests: 100, windowSeconds: 10 },
      timeoutMs: 5000,
      corsOrigins: ['https://a.example', 'https://b.example:8443'],
      shutdownGraceMs: 0,
    });
  });

  it('names the variable to fix', () => {
    const error = serverConfigFromEnv({
      UNFORCED_API_KEYS: `erp:${hash}`,
      UNFORCED_PORT: 'eighty',
      UNFORCED_RATE_LIMIT: 'lots',
    })._unsafeUnwrapErr();
    expect(error.issues.map((issue) => issue.path)).toEqual([['UNFORCED_PORT'], ['UNFORCED_RATE_LIMIT']]);
  });

  it('turns the rate limit off with "off"', () => {
    const config = serverConfigFromEnv({
      UNFORCED_ALLOW_UNAUTHENTICATED: 'true',
      UNFORCED_RATE_LIMIT: 'off',
    });
    expect(config._unsafeUnwrap().rateLimit).toBe(false);
  });
});

describe('parseServerFlags', () => {
  it('lets flags override the environment, in both --flag value and --flag=value forms', () => {
    const config = parseServerFlags(['--port', '0', '--max-batch-items=20', '--allow-unauthenticated'], {
      env: { UNFORCED_PORT: '9000', UNFORCED_MAX_BATCH_ITEMS: '50' },
    })._unsafeUnwrap();
    expect(config).toMatchObject({ port: 0, maxBatchItems: 20, allowUnauthenticated: true });
  });

  it('answers USAGE for an unknown flag or a missing value, and names the flag of a bad value', () => {
    expect(parseServerFlags(['--prot', '1'])._unsafeUnwrapErr()).toMatchObject({
      code: 'USAGE',
      path: ['--prot'],
    });
    expect(parseServerFlags(['--port'])._unsafeUnwrapErr()).toMatchObject({
      code: 'USAGE',
      path: ['--port'],
    });
    const bad = parseServerFlags(['--allow-unauthenticated', '--max-json-depth', '1'])._unsafeUnwrapErr();
    expect(bad.issues).toEqual([
      expect.objectContaining({ code: 'OUT_OF_RANGE', path: ['--max-json-depth'] }),
    ]);
  });
});

describe('workers', () => {
  const keys = { apiKeys: [{ id: 'erp', sha256: hash }] };

  it('defaults to one process, and takes a number or "auto" from the object, the variable or the flag', () => {
    expect(parseServerConfig(keys)._unsafeUnwrap().workers).toBe(1);
    expect(parseServerConfig({ ...keys, workers: 'auto' })._unsafeUnwrap().workers).toBe('auto');
    expect(serverConfigFromEnv({ UNFORCED_WORKERS: '3' }, keys)._unsafeUnwrap().workers).toBe(3);
    const flags = parseServerFlags(['--workers', 'auto'], { env: { UNFORCED_WORKERS: '3' }, base: keys });
    expect(flags._unsafeUnwrap().workers).toBe('auto');
    expect(parseServerFlags(['--workers=4'], { base: keys })._unsafeUnwrap().workers).toBe(4);
  });

  it.each([
    ['0', 'OUT_OF_RANGE'],
    ['65', 'OUT_OF_RANGE'],
    ['two', 'INVALID_TYPE'],
    ['1.5', 'INVALID_TYPE'],
  ])('refuses --workers %s with %s, naming the flag', (value, code) => {
    const error = parseServerFlags(['--workers', value], { base: keys })._unsafeUnwrapErr();
    expect(error.issues).toEqual([expect.objectContaining({ code, path: ['--workers'] })]);
  });

  it('counts "auto" as one process per CPU', () => {
    expect(workerCount(4)).toBe(4);
    vi.mocked(availableParallelism).mockReturnValue(3);
    expect(workerCount('auto')).toBe(3); // three CPUs: three processes
    vi.mocked(availableParallelism).mockReturnValue(0);
    expect(workerCount('auto')).toBe(1); // never fewer than one
  });
});
