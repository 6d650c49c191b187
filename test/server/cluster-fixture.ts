/**
 * A program that serves with `startCluster`, for cluster.test.ts: run with `node --import tsx`, it
 * starts UNFORCED_WORKERS processes on a free loopback port with the test keys, writes the log as JSON
 * lines on stdout, announces `fixture.ready` (primary) and forwards SIGTERM and SIGINT to `close()`.
 * A failure to start is printed as `fixture.failed` with its code, and the exit code is 2.
 */
import { hashApiKey, serverConfigFromEnv, startCluster } from '@unforced/server';
import { ERP_KEY } from './helpers.js';

const line = (entry: object) => process.stdout.write(`${JSON.stringify(entry)}\n`);
const config = serverConfigFromEnv(process.env, {
  port: 0,
  host: '127.0.0.1',
  apiKeys: [{ id: 'erp', sha256: hashApiKey(ERP_KEY) }],
  requestIdPrefix: 'cluster',
  shutdownGraceMs: 5_000,
  log: (text) => process.stdout.write(`${text}\n`),
});
const started = await config.asyncAndThen(startCluster);
if (started.isErr()) {
  line({ event: 'fixture.failed', code: started.error.code, message: started.error.message });
  process.exit(2);
}
const running = started.value;
for (const signal of ['SIGTERM', 'SIGINT'] as const) process.once(signal, () => void running.close());
if (running.role === 'primary') line({ event: 'fixture.ready', url: running.url, workers: running.workers });
