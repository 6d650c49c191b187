/**
 * The server under load for `server.bench.ts`, in its own process so that the load generator does not
 * share its event loop: starts @unforced/server on a free loopback port with the rate limit off, tells
 * the parent the port over IPC, records how long each request takes inside the server (from Node's
 * `request` event to the response's `finish`), and on `close` sends those figures and closes
 * gracefully.
 */
import { hashApiKey, startServer } from '@unforced/server';

const started = await startServer({
  port: 0,
  host: '127.0.0.1',
  apiKeys: [{ id: 'bench', sha256: hashApiKey(process.env.UNFORCED_BENCH_KEY ?? 'bench-key') }],
  rateLimit: false,
  log: () => {},
});
if (started.isErr()) {
  console.error(started.error.message);
  process.exit(1);
}
const server = started.value;
let durations: number[] = [];
let cpuSince = process.cpuUsage();
server.httpServer.on('request', (_request, response) => {
  const t0 = performance.now();
  response.once('finish', () => durations.push(performance.now() - t0));
});
process.send?.({ port: server.port });
process.on('message', (message) => {
  if (message === 'reset') {
    durations = [];
    cpuSince = process.cpuUsage();
  }
  if (message === 'stats') {
    const sorted = [...durations].sort((a, b) => a - b);
    const at = (p: number) =>
      sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)] ?? Number.NaN;
    const cpu = process.cpuUsage(cpuSince);
    process.send?.({
      count: sorted.length,
      p50: at(0.5),
      p99: at(0.99),
      cpuMs: (cpu.user + cpu.system) / 1000,
    });
  }
  if (message === 'close') void server.close().then(() => process.exit(0));
});
