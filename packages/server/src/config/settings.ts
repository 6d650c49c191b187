import { parseApiKeyList } from './api-key.js';

/** How the text of one setting (from an environment variable or a flag) is read. */
type SettingKind = 'int' | 'bytes' | 'string' | 'bool' | 'keys' | 'rate' | 'list';

/** One configurable setting: its key in the configuration, environment variable and flag. */
export interface Setting {
  readonly key: string;
  readonly env: string;
  readonly flag: string;
  readonly kind: SettingKind;
  readonly help: string;
}

/**
 * Every setting that can come from the environment or the command line, in `--help` order.
 *
 * @example
 * ```ts
 * for (const s of SETTINGS) console.log(`${s.flag.padEnd(26)} ${s.env.padEnd(32)} ${s.help}`);
 * ```
 */
export const SETTINGS: readonly Setting[] = [
  { key: 'port', env: 'UNFORCED_PORT', flag: '--port', kind: 'int', help: 'TCP port (0: any free port)' },
  { key: 'host', env: 'UNFORCED_HOST', flag: '--host', kind: 'string', help: 'interface to listen on' },
  {
    key: 'apiKeys',
    env: 'UNFORCED_API_KEYS',
    flag: '--api-keys',
    kind: 'keys',
    help: 'id:sha256[:scope+scope],… or a JSON array',
  },
  {
    key: 'allowUnauthenticated',
    env: 'UNFORCED_ALLOW_UNAUTHENTICATED',
    flag: '--allow-unauthenticated',
    kind: 'bool',
    help: 'accept requests without a key (only behind a gateway that authenticates)',
  },
  {
    key: 'maxBodyBytes',
    env: 'UNFORCED_MAX_BODY_BYTES',
    flag: '--max-body-bytes',
    kind: 'bytes',
    help: 'largest request body (bytes, or with a kb/mb suffix)',
  },
  {
    key: 'maxBatchItems',
    env: 'UNFORCED_MAX_BATCH_ITEMS',
    flag: '--max-batch-items',
    kind: 'int',
    help: 'most items in one batch',
  },
  {
    key: 'maxJsonDepth',
    env: 'UNFORCED_MAX_JSON_DEPTH',
    flag: '--max-json-depth',
    kind: 'int',
    help: 'deepest nesting of arrays and objects',
  },
  {
    key: 'rateLimit',
    env: 'UNFORCED_RATE_LIMIT',
    flag: '--rate-limit',
    kind: 'rate',
    help: 'requests per key: "600/60" (per 60 s) or "off"',
  },
  {
    key: 'timeoutMs',
    env: 'UNFORCED_TIMEOUT_MS',
    flag: '--timeout-ms',
    kind: 'int',
    help: 'per-request timeout',
  },
  {
    key: 'corsOrigins',
    env: 'UNFORCED_CORS_ORIGINS',
    flag: '--cors-origins',
    kind: 'list',
    help: 'comma-separated origins allowed by CORS (default none)',
  },
  {
    key: 'shutdownGraceMs',
    env: 'UNFORCED_SHUTDOWN_GRACE_MS',
    flag: '--shutdown-grace-ms',
    kind: 'int',
    help: 'how long close() waits for in-flight requests',
  },
  {
    key: 'workers',
    env: 'UNFORCED_WORKERS',
    flag: '--workers',
    kind: 'int',
    help: 'server processes sharing the port: a number, or "auto" for one per CPU (default 1)',
  },
];

const UNITS: Readonly<Record<string, number>> = { '': 1, b: 1, kb: 1024, mb: 1024 * 1024 };

/**
 * Reads the text of a setting into the value the configuration schema expects. Text that cannot be
 * read is returned as it is, so that the schema reports it (with its path) as the wrong type.
 *
 * @example
 * ```ts
 * readSetting('bytes', '4mb'); // 4194304
 * readSetting('rate', '600/60'); // { requests: 600, windowSeconds: 60 }
 * ```
 */
export function readSetting(kind: SettingKind, text: string): unknown {
  const trimmed = text.trim();
  switch (kind) {
    case 'int':
      return /^\d+$/.test(trimmed) ? Number(trimmed) : trimmed;
    case 'bytes': {
      const match = /^(\d+)\s*(b|kb|mb)?$/i.exec(trimmed);
      const unit = UNITS[(match?.[2] ?? '').toLowerCase()];
      return match?.[1] === undefined || unit === undefined ? trimmed : Number(match[1]) * unit;
    }
    case 'bool':
      if (/^(1|true|yes|on)$/i.test(trimmed)) return true;
      if (/^(0|false|no|off|)$/i.test(trimmed)) return false;
      return trimmed;
    case 'keys':
      return parseApiKeyList(trimmed);
    case 'rate': {
      if (/^(off|false|0)$/i.test(trimmed)) return false;
      const match = /^(\d+)\s*\/\s*(\d+)\s*s?$/i.exec(trimmed);
      if (match === null) return trimmed;
      return { requests: Number(match[1]), windowSeconds: Number(match[2]) };
    }
    case 'list':
      return trimmed === ''
        ? []
        : trimmed
            .split(',')
            .map((part) => part.trim())
            .filter((part) => part !== '');
    default:
      return trimmed;
  }
}
