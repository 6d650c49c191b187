/**
 * Load benchmark of @unforced/server (issue 9): the recruitment check with a 20-worker body and the
 * screening endpoint with 50 names, each at concurrency 50 for 20 seconds with autocannon on loopback,
 * reporting requests per second, p50/p99 latency and errors, next to the same checks called in-process
 * (the floor: what the HTTP layer adds to). Target: p99 under 50 ms, no errors.
 *
 *   pnpm bench:server                              # 20 s per endpoint and server (the issue's run)
 *   SERVER_BENCH_SECONDS=5 pnpm bench:server       # a quick run
 *   SERVER_BENCH_WORKERS=3 pnpm bench:server       # the multi-process server with 3 processes
 *
 * The server runs in a child process (test/bench/server-process.ts) so autocannon and the server do
 * not share an event loop. Each endpoint is measured against a single-process server and then against
 * one of SERVER_BENCH_WORKERS processes (`startCluster`, default 2: one per core of the 2-core machine
 * the figures in docs/server.md come from), side by side; the exit code is 1 unless the server with
 * SERVER_BENCH_WORKERS processes meets the target on both endpoints. For each run it also prints the CPU time per request of the
 * server's processes and of autocannon (which runs in this process and shares the machine's cores), and
 * how many cores each kept busy.
 */
import { fork } from 'node:child_process';
import { cpus, loadavg, platform, release } from 'node:os';
import { fileURLToPath } from 'node:url';
import { checkRecruitment } from '@unforced/recruitment';
import { uflpaEntities } from '@unforced/reference-data';
import {
  createScreeningIndex,
  screenBatch,
  screeningFindings,
  uflpaScreeningList,
} from '@unforced/screening';
import autocannon from 'autocannon';
import { exampleFxRates, exampleWorkers } from '../server/helpers.js';

const SECONDS = Number(process.env.SERVER_BENCH_SECONDS ?? 20);
const CONNECTIONS = Number(process.env.SERVER_BENCH_CONNECTIONS ?? 50);
/** Processes of the multi-process server; 2 measured best on the 2-core machine (see docs/server.md). */
const WORKERS = Number(process.env.SERVER_BENCH_WORKERS ?? 2);
const TARGET_P99_MS = 50;
const KEY = 'bench-key';
const AS_OF = '2026-11-22';

/** 20 workers: the three valid example records, cycled, each with its own id. */
function twentyWorkers(): unknown[] {
  const templates = exampleWorkers().slice(0, 3) as Array<Record<string, unknown>>;
  return Array.from({ length: 20 }, (_, k) => ({
    ...templates[k % 3],
    id: `W-B${String(k + 1).padStart(3, '0')}`,
  }));
}

/** 50 names: 10 spellings of listed entities, 40 ordinary suppliers (fixed, the same every run). */
function fiftyNames(): unknown[] {
  const listed = uflpaEntities()
    .slice(0, 10)
    .map((entity, k) => ({
      id: `S-L${k + 1}`,
      name: entity.name.replace(/,? (Co\.,? )?Ltd\.?$/i, ' Company Limited'),
      country: 'CN',
    }));
  const places = ['Penang', 'Dhaka', 'Tiruppur', 'Ho Chi Minh', 'Izmir', 'Guangzhou', 'Puebla', 'Chittagong'];
  const goods = ['Garments', 'Gloves', 'Electronics', 'Seafood', 'Footwear'];
  const forms = ['Sdn Bhd', 'Ltd', 'Pvt Ltd', 'Co., Ltd.', 'S.A. de C.V.'];
  const ordinary = Array.from({ length: 40 }, (_, k) => ({
    id: `S-O${k + 1}`,
    name: `${places[k % places.length]} ${goods[k % goods.length]} ${forms[(k >> 1) % forms.length]}`,
  }));
  return [...listed, ...ordinary];
}

const recruitmentBody = { asOf: AS_OF, fxRates: exampleFxRates(), workers: twentyWorkers() };
const screeningBody = { asOf: AS_OF, entities: fiftyNames() };

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;
}

/** The in-process floor: calls per second and p50/p99 of one call, after a warm-up. */
async function floor(
  run: () => unknown | Promise<unknown>,
): Promise<{ perSecond: number; p50: number; p99: number }> {
  for (let i = 0; i < 50; i += 1) await run();
  const times: number[] = [];
  const start = performance.now();
  while (performance.now() - start < Math.min(5_000, SECONDS * 250)) {
    const t0 = performance.now();
    await run();
    times.push(performance.now() - t0);
  }
  const total = performance.now() - start;
  times.sort((a, b) => a - b);
  return { perSecond: (times.length / total) * 1000, p50: percentile(times, 50), p99: percentile(times, 99) };
}

const index = createScreeningIndex([uflpaScreeningList()])._unsafeUnwrap();
const inProcess = {
  recruitment: () =>
    checkRecruitment(recruitmentBody.workers, { asOf: AS_OF, fxRates: recruitmentBody.fxRates as never }),
  screening: async () => {
    const out: unknown[] = [];
    for await (const item of screenBatch(index, screeningBody.entities)) {
      if (item.result.isOk()) out.push(screeningFindings(item.result.value, { asOf: AS_OF }));
    }
    return out;
  },
};

/** What the server process measured between `reset` and `stats`. */
interface InsideStats {
  readonly count: number;
  readonly p50: number;
  readonly p99: number;
  /** CPU time (user + system) of the server process. */
  readonly cpuMs: number;
}

interface ServerProcess {
  readonly port: number;
  /** How many processes serve. */
  readonly workers: number;
  /** Sends a message and waits for the answer (the figures for `stats`). */
  ask(message: 'reset' | 'stats'): Promise<InsideStats | undefined>;
  stop(): Promise<void>;
}

function startServerProcess(workers: number): Promise<ServerProcess> {
  const script = fileURLToPath(new URL('./server-process.ts', import.meta.url));
  const child = fork(script, [], {
    execArgv: ['--import', 'tsx'],
    env: {
      ...process.env,
      UNFORCED_BENCH_KEY: KEY,
      UNFORCED_BENCH_WORKERS: String(workers),
      TSX_TSCONFIG_PATH: fileURLToPath(new URL('../tsconfig.json', import.meta.url)),
    },
  });
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', (code) => reject(new Error(`server process exited with ${code}`)));
    child.once('message', (message) => {
      const { port, workers: serving } = message as { port: number; workers: number };
      resolve({
        port,
        workers: serving,
        ask: (question) =>
          new Promise((answer) => {
            child.once('message', (reply) =>
              answer(question === 'stats' ? (reply as InsideStats) : undefined),
            );
            child.send(question);
          }),
        stop: () =>
          new Promise((done) => {
            child.removeAllListeners('exit');
            child.once('exit', () => done());
            child.send('close');
          }),
      });
    });
  });
}

async function load(url: string, body: unknown) {
  const cpu0 = process.cpuUsage();
  const result = await autocannon({
    url,
    method: 'POST',
    connections: CONNECTIONS,
    duration: SECONDS,
    headers: { authorization: `Bearer ${KEY}`, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  const cpu = process.cpuUsage(cpu0);
  return {
    /** CPU time of this process (autocannon) during the run. */
    cpuMs: (cpu.user + cpu.system) / 1000,
    perSecond: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    requests: result.requests.total,
    errors: result.errors + result.timeouts + result.non2xx,
  };
}

const cpu = cpus()[0]?.model ?? 'unknown CPU';
console.log(`machine: ${cpu}, ${cpus().length} cores, Node ${process.version}, ${platform()} ${release()}`);
console.log(
  `command: SERVER_BENCH_SECONDS=${SECONDS} SERVER_BENCH_CONNECTIONS=${CONNECTIONS} SERVER_BENCH_WORKERS=${WORKERS} pnpm bench:server  (autocannon, ${CONNECTIONS} connections, ${SECONDS} s per endpoint and server, loopback)`,
);
const load1 = () =>
  loadavg()
    .map((l) => l.toFixed(2))
    .join(' ');
console.log(`load average at start: ${load1()} (other processes on the machine share its cores)`);
console.log(
  `bodies: recruitment ${JSON.stringify(recruitmentBody).length} bytes (20 workers), screening ${JSON.stringify(screeningBody).length} bytes (50 names)`,
);

const endpoints = [
  ['recruitment check, 20 workers', '/v1/recruitment/check', recruitmentBody, inProcess.recruitment],
  ['screening, 50 names', '/v1/screening/screen', screeningBody, inProcess.screening],
] as const;
const modes = WORKERS > 1 ? [1, WORKERS] : [1];
console.log(
  `servers: ${modes.map((n) => (n === 1 ? 'one process' : `${n} processes (SERVER_BENCH_WORKERS=${n})`)).join(', then ')}`,
);
const rows = new Map<string, string[]>(endpoints.map(([name]) => [name, []]));
let failed = false;
for (const workers of modes) {
  const server = await startServerProcess(workers);
  const base = `http://127.0.0.1:${server.port}`;
  for (const [name, path, body] of endpoints) {
    const probe = await fetch(`${base}${path}`, {
      method: 'POST',
      headers: { authorization: `Bearer ${KEY}`, 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    if (probe.status !== 200) throw new Error(`${path} answered ${probe.status}: ${await probe.text()}`);
    await server.ask('reset');
    const http = await load(`${base}${path}`, body);
    const inside = await server.ask('stats');
    const serverCpuMs = inside?.cpuMs ?? Number.NaN;
    const ok = http.p99 < TARGET_P99_MS && http.errors === 0;
    if (workers === modes.at(-1)) failed ||= !ok;
    rows
      .get(name)
      ?.push(
        [
          `  ${String(server.workers).padStart(2)} process${server.workers === 1 ? ' ' : 'es'}`,
          `${http.perSecond.toFixed(0).padStart(6)} req/s`,
          `p50 ${String(http.p50).padStart(3)} ms`,
          `p99 ${String(http.p99).padStart(3)} ms`,
          `${http.requests} requests, ${http.errors} errors`,
          `| in the server p50 ${inside?.p50.toFixed(2)} ms, p99 ${inside?.p99.toFixed(2)} ms`,
          `| CPU per request: server ${(serverCpuMs / http.requests).toFixed(2)} ms, autocannon ${(http.cpuMs / http.requests).toFixed(2)} ms`,
          `| cores busy: server ${(serverCpuMs / (SECONDS * 1000)).toFixed(2)}, autocannon ${(http.cpuMs / (SECONDS * 1000)).toFixed(2)}`,
          ok ? `✓ p99 < ${TARGET_P99_MS} ms` : `✗ target p99 < ${TARGET_P99_MS} ms, no errors`,
        ].join('  '),
      );
  }
  await server.stop();
}
const floors = [];
for (const [name, , , direct] of endpoints) floors.push([name, await floor(direct)] as const);
console.log(`load average at end: ${load1()}`);
console.log(
  '\nendpoint, server | HTTP through autocannon | time inside the server (request event → response finished) | CPU | target',
);
for (const [name, lines] of rows) {
  console.log(name);
  for (const line of lines) console.log(line);
}
console.log('\nfloor: the same check in-process, one call at a time');
for (const [name, sdk] of floors)
  console.log(
    `${name.padEnd(30)}  ${sdk.perSecond.toFixed(0).padStart(6)} calls/s, p50 ${sdk.p50.toFixed(2)} ms, p99 ${sdk.p99.toFixed(2)} ms`,
  );
if (failed) process.exitCode = 1;
