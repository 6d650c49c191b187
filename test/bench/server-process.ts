/**
 * The server under load for `server.bench.ts`, in its own process so that the load generator does not
 * share its event loop: starts @unforced/server with `startCluster` on a free loopback port, in
 * UNFORCED_BENCH_WORKERS processes (default 1), with the rate limit off, and tells the parent the port
 * over IPC. Each serving process records how long each request takes inside it (from Node's `request`
 * event to the response's `finish`) and its CPU time; on `stats` the primary gathers them from every
 * process (its own CPU included: with workers it accepts the connections), on `reset` they start
 * again, and on `close` the server closes gracefully.
 */
import cluster, { type Worker } from 'node:cluster';
import { hashApiKey, type RunningServer, startCluster } from '@unforced/server';

/** What one process measured since the last `reset`. */
interface ProcessStats {
  readonly type: 'bench.stats';
  readonly durations: number[];
  readonly cpuMs: number;
}

const started = await startCluster({
  port: 0,
  host: '127.0.0.1',
  apiKeys: [{ id: 'bench', sha256: hashApiKey(process.env.UNFORCED_BENCH_KEY ?? 'bench-key') }],
  rateLimit: false,
  workers: Number(process.env.UNFORCED_BENCH_WORKERS ?? 1),
  log: () => {},
});
if (started.isErr()) {
  console.error(started.error.message);
  process.exit(1);
}
const running = started.value;

let durations: number[] = [];
let cpuSince = process.cpuUsage();
const reset = () => {
  durations = [];
  cpuSince = process.cpuUsage();
};
const ownStats = (): ProcessStats => {
  const cpu = process.cpuUsage(cpuSince);
  return { type: 'bench.stats', durations, cpuMs: (cpu.user + cpu.system) / 1000 };
};
const record = (server: RunningServer) =>
  server.httpServer.on('request', (_request, response) => {
    const t0 = performance.now();
    response.once('finish', () => durations.push(performance.now() - t0));
  });
if (running.server !== undefined) record(running.server);

if (running.role === 'worker') {
  process.on('message', (message) => {
    if (message === 'reset') reset();
    process.send?.(message === 'stats' ? ownStats() : { type: 'bench.reset' });
  });
} else {
  /** Asks every worker, and waits for each answer. */
  const askWorkers = (question: 'reset' | 'stats') =>
    Promise.all(
      Object.values(cluster.workers ?? {})
        .filter((worker): worker is Worker => worker !== undefined)
        .map(
          (worker) =>
            new Promise<ProcessStats | undefined>((resolve) => {
              const answer = (message: { type?: string }) => {
                if (message.type !== 'bench.stats' && message.type !== 'bench.reset') return;
                worker.off('message', answer);
                resolve(message.type === 'bench.stats' ? (message as ProcessStats) : undefined);
              };
              worker.on('message', answer);
              worker.send(question);
            }),
        ),
    );
  process.send?.({ port: running.port, workers: running.workers });
  process.on('message', async (message) => {
    if (message === 'reset') {
      reset();
      await askWorkers('reset');
      process.send?.({ type: 'bench.reset' });
    }
    if (message === 'stats') {
      const all = [ownStats(), ...(await askWorkers('stats'))].filter((s) => s !== undefined);
      const sorted = all.flatMap((s) => s.durations).sort((a, b) => a - b);
      const at = (p: number) =>
        sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)] ?? Number.NaN;
      process.send?.({
        count: sorted.length,
        p50: at(0.5),
        p99: at(0.99),
        cpuMs: all.reduce((sum, s) => sum + s.cpuMs, 0),
      });
    }
    if (message === 'close') void running.close().then(() => process.exit(0));
  });
}
