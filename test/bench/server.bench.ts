/**
 * Load benchmark of @unforced/server (issue 9): the recruitment check with a 20-worker body and the
 * screening endpoint with 50 names, each at concurrency 50 for 20 seconds with autocannon on loopback,
 * reporting requests per second, p50/p99 latency and errors, next to the same checks called in-process
 * (the floor: what the HTTP layer adds to). Target: p99 under 50 ms, no errors.
 *
 *   pnpm bench:server                              # 20 s per endpoint (the run)
 *   SERVER_BENCH_SECONDS=5 pnpm bench:server       # a quick run
 *
 * The server runs in a child process (test/bench/server-process.ts) so autocannon and the server do
 * not share an event loop; on a 2-core machine each gets a core.
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
  /** Sends a message and, unless it is `reset`, waits for the answer. */
  ask(message: 'reset' | 'stats'): Promise<InsideStats | undefined>;
  stop(): Promise<void>;
}

function startServerProcess(): Promise<ServerProcess> {
  const script = fileURLToPath(new URL('./server-process.ts', import.meta.url));
  const child = fork(script, [], {
    execArgv: ['--import', 'tsx'],
    env: {
      ...process.env,
      UNFORCED_BENCH_KEY: KEY,
      TSX_TSCONFIG_PATH: fileURLToPath(new URL('../tsconfig.json', import.meta.url)),
    },
  });
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', (code) => reject(new Error(`server process exited with ${code}`)));
    child.once('message', (message) => {
      const { port } = message as { port: number };
      resolve({
        port,
        ask: (question) =>
          new Promise((answer) => {
            if (question === 'reset') {
              child.send(question);
              answer(undefined);
              return;
            }
            child.once('message', (stats) => answer(stats as InsideStats));
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
  `command: SERVER_BENCH_SECONDS=${SECONDS} SERVER_BENCH_CONNECTIONS=${CONNECTIONS} pnpm bench:server  (autocannon, ${CONNECTIONS} connections, ${SECONDS} s per endpoint, loopback)`,
);
const load1 = () =>
  loadavg()
    .map((l) => l.toFixed(2))
    .join(' ');
console.log(`load average at start: ${load1()} (other processes on the machine share its cores)`);
console.log(
  `bodies: recruitment ${JSON.stringify(recruitmentBody).length} bytes (20 workers), screening ${JSON.stringify(screeningBody).length} bytes (50 names)`,
);

const server = await startServerProcess();
const base = `http://127.0.0.1:${server.port}`;
const rows: string[] = [];
let failed = false;
for (const [name, path, body, direct] of [
  ['recruitment check, 20 workers', '/v1/recruitment/check', recruitmentBody, inProcess.recruitment],
  ['screening, 50 names', '/v1/screening/screen', screeningBody, inProcess.screening],
] as const) {
  const probe = await fetch(`${base}${path}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${KEY}`, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  if (probe.status !== 200) throw new Error(`${path} answered ${probe.status}: ${await probe.text()}`);
  await server.ask('reset');
  const http = await load(`${base}${path}`, body);
  const inside = await server.ask('stats');
  const sdk = await floor(direct);
  const ok = http.p99 < TARGET_P99_MS && http.errors === 0;
  failed ||= !ok;
  rows.push(
    [
      name.padEnd(30),
      `${http.perSecond.toFixed(0).padStart(6)} req/s`,
      `p50 ${String(http.p50).padStart(3)} ms`,
      `p99 ${String(http.p99).padStart(3)} ms`,
      `${http.requests} requests, ${http.errors} errors`,
      `| in the server p50 ${inside?.p50.toFixed(2)} ms, p99 ${inside?.p99.toFixed(2)} ms`,
      `| CPU per request: server ${((inside?.cpuMs ?? Number.NaN) / http.requests).toFixed(2)} ms, autocannon ${(http.cpuMs / http.requests).toFixed(2)} ms`,
      `| in-process ${sdk.perSecond.toFixed(0).padStart(6)} calls/s, p50 ${sdk.p50.toFixed(2)} ms, p99 ${sdk.p99.toFixed(2)} ms`,
      ok ? `✓ p99 < ${TARGET_P99_MS} ms` : `✗ target p99 < ${TARGET_P99_MS} ms, no errors`,
    ].join('  '),
  );
}
await server.stop();
console.log(`load average at end: ${load1()}`);
console.log(
  '\nendpoint | HTTP through autocannon | time inside the server (request event → response finished) | floor: the same check in-process, one call at a time | target',
);
for (const row of rows) console.log(row);
if (failed) process.exitCode = 1;
