/**
 * Benchmark of @unforced/trace (issue 5): 1,000,000 EPCIS events (about 200,000 lots) of synthetic
 * cotton chains, read as JSON Lines from disk.
 *
 * - floor: read the lines, JSON.parse and validate each event against the package's EPCIS zod schema,
 *   keeping the validated events in memory (as any use of the data must); `floor (discarding)` is the
 *   same without keeping them, shown for information;
 * - pipeline: parse, validate and normalise (`parseEventLines`), build the lot graph, run every check,
 *   compute every finished lot's exposure (`analyseTrace`) and trace every finished lot back (`traceBack`).
 *
 * Target from the issue: the whole pipeline within 2× the floor, and under 2 GB. Each phase runs in its
 * own process, so each peak resident set size (maxRSS) is its own.
 *
 * Run: `pnpm bench:trace` (TRACE_BENCH_EVENTS=100000 for a quick run, TRACE_BENCH_REPEAT=1 for one run each).
 */
import { spawnSync } from 'node:child_process';
import { createReadStream, existsSync, statSync } from 'node:fs';
import * as os from 'node:os';
import { fileURLToPath } from 'node:url';
import { analyseTrace, epcisSchemaFor, parseEventLines, traceBack } from '@unforced/trace';
import { benchMasterData, writeBenchChains } from './trace-chains.js';

const EVENTS = Number(process.env.TRACE_BENCH_EVENTS ?? 1_000_000);
const EVENTS_PER_ORDER = 33;
const AS_OF = '2025-06-01';
const REPEAT = Number(process.env.TRACE_BENCH_REPEAT ?? 2);

interface PhaseResult {
  readonly phase: string;
  readonly ms: number;
  /** CPU time of the process (user + system, all its threads), less sensitive than wall time to a busy machine. */
  readonly cpuMs: number;
  readonly events: number;
  readonly invalid: number;
  readonly maxRssMb: number;
  readonly detail: Record<string, number>;
}

async function* lines(path: string): AsyncGenerator<string> {
  const decoder = new TextDecoder();
  let rest = '';
  for await (const chunk of createReadStream(path)) {
    const text = rest + decoder.decode(chunk as Uint8Array, { stream: true });
    let start = 0;
    let end = text.indexOf('\n', start);
    while (end !== -1) {
      yield text.slice(start, end);
      start = end + 1;
      end = text.indexOf('\n', start);
    }
    rest = text.slice(start);
  }
  if (rest.length > 0) yield rest;
}

const cpuSince = (start: NodeJS.CpuUsage) => {
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
};

async function floor(path: string, keep: boolean): Promise<PhaseResult> {
  const cpu = process.cpuUsage();
  const start = performance.now();
  const kept: unknown[] = [];
  let events = 0;
  let invalid = 0;
  for await (const line of lines(path)) {
    if (line.length === 0) continue;
    const json = JSON.parse(line) as { type?: unknown };
    const parsed = epcisSchemaFor(json.type).safeParse(json);
    if (!parsed.success) invalid += 1;
    else {
      events += 1;
      if (keep) kept.push(parsed.data);
    }
  }
  const ms = performance.now() - start;
  return {
    phase: 'floor',
    ms,
    cpuMs: cpuSince(cpu),
    events,
    invalid,
    maxRssMb: process.resourceUsage().maxRSS / 1024,
    detail: {},
  };
}

async function pipeline(path: string): Promise<PhaseResult> {
  const cpu = process.cpuUsage();
  const start = performance.now();
  const batch = (await parseEventLines(createReadStream(path)))._unsafeUnwrap();
  const parsed = performance.now();
  const analysis = analyseTrace(
    { events: batch, masterData: benchMasterData() },
    { asOf: AS_OF },
  )._unsafeUnwrap();
  const analysed = performance.now();
  let origins = 0;
  for (const lot of analysis.finishedLots) origins += traceBack(analysis, lot)._unsafeUnwrap().origins.length;
  const traced = performance.now();
  const count = (code: string) => analysis.findings.filter((f) => f.code === code).length;
  return {
    phase: 'pipeline',
    ms: traced - start,
    cpuMs: cpuSince(cpu),
    events: batch.events.length,
    invalid: batch.invalid.length,
    maxRssMb: process.resourceUsage().maxRSS / 1024,
    detail: {
      parseMs: parsed - start,
      analyseMs: analysed - parsed,
      traceBackMs: traced - analysed,
      lots: analysis.stats.lots,
      finishedLots: analysis.finishedLots.length,
      origins,
      findings: analysis.findings.length,
      untraced: count('trace.input.untraced'),
      massBalance: count('trace.mass-balance.exceeded'),
      custodyGaps: count('trace.custody.gap'),
      highRiskExposed: count('trace.exposure.high-risk'),
    },
  };
}

function runPhase(phase: string, path: string): PhaseResult {
  const script = fileURLToPath(import.meta.url);
  const child = spawnSync(process.execPath, [...process.execArgv, script, phase, path], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
    maxBuffer: 1 << 24,
  });
  const last = child.stdout.trim().split('\n').at(-1) ?? '';
  if (child.status !== 0 || !last.startsWith('{'))
    throw new Error(`phase ${phase} failed (exit ${child.status})`);
  return JSON.parse(last) as PhaseResult;
}

async function main(): Promise<void> {
  const [phase, path] = process.argv.slice(2);
  if ((phase === 'floor' || phase === 'floor-discard') && path !== undefined) {
    process.stdout.write(`${JSON.stringify(await floor(path, phase === 'floor'))}\n`);
    return;
  }
  if (phase === 'pipeline' && path !== undefined) {
    process.stdout.write(`${JSON.stringify(await pipeline(path))}\n`);
    return;
  }
  const orders = Math.ceil(EVENTS / EVENTS_PER_ORDER);
  const file = `${os.tmpdir()}/unforced-trace-bench-${orders}.jsonl`;
  if (!existsSync(file)) writeBenchChains(file, orders);
  const cpu = os.cpus()[0];
  console.log('@unforced/trace benchmark (issue 5)');
  console.log(
    `machine   ${cpu?.model ?? 'unknown CPU'}, ${os.cpus().length} cores, Node ${process.version}, ${Math.round(os.totalmem() / 2 ** 30)} GiB`,
  );
  console.log(
    `command   pnpm bench:trace${process.env.TRACE_BENCH_EVENTS === undefined ? '' : ` (TRACE_BENCH_EVENTS=${EVENTS})`}`,
  );
  const loadBefore = os.loadavg()[0] ?? 0;
  console.log(
    `data      ${orders} synthetic orders, ${(statSync(file).size / 2 ** 20).toFixed(0)} MiB of EPCIS JSON Lines (${file})`,
  );
  // The machine may be shared: phases are interleaved and repeated; the fastest run (and least CPU) of each counts.
  const runs: Record<string, PhaseResult[]> = { floor: [], 'floor-discard': [], pipeline: [] };
  for (let r = 0; r < REPEAT; r += 1)
    for (const phase of ['floor', 'floor-discard', 'pipeline']) runs[phase]?.push(runPhase(phase, file));
  const fastest = (phase: string) =>
    (runs[phase] ?? []).reduce((best, r) => (r.ms < best.ms ? r : best)) as PhaseResult;
  const loadAfter = os.loadavg()[0] ?? 0;
  const base = fastest('floor');
  const discard = fastest('floor-discard');
  const full = fastest('pipeline');
  const rate = (r: PhaseResult) => Math.round(r.events / (r.ms / 1000)).toLocaleString('en');
  const row = (name: string, r: PhaseResult) =>
    `${name.padEnd(38)} ${(r.ms / 1000).toFixed(1).padStart(6)} s wall ${(r.cpuMs / 1000).toFixed(1).padStart(6)} s CPU ${rate(r).padStart(9)} events/s ${r.maxRssMb.toFixed(0).padStart(6)} MB peak RSS`;
  console.log(
    `load      1-minute load average ${loadBefore.toFixed(1)} before, ${loadAfter.toFixed(1)} after, on ${os.cpus().length} cores`,
  );
  console.log('');
  console.log(row('floor: parse + validate (kept)', base));
  console.log(row('floor: parse + validate (discarding)', discard));
  console.log(row('pipeline: parse → analyse → trace', full));
  const d = full.detail;
  console.log(
    `  of which parse ${((d.parseMs ?? 0) / 1000).toFixed(1)} s, analyse ${((d.analyseMs ?? 0) / 1000).toFixed(1)} s, trace-back of every finished lot ${((d.traceBackMs ?? 0) / 1000).toFixed(1)} s`,
  );
  console.log(
    `  ${full.events.toLocaleString('en')} events, ${d.lots?.toLocaleString('en')} lots, ${d.finishedLots?.toLocaleString('en')} finished lots, ${d.origins?.toLocaleString('en')} origins traced, ${d.findings?.toLocaleString('en')} findings (${d.untraced} untraced, ${d.massBalance} mass balance, ${d.custodyGaps} custody gaps, ${d.highRiskExposed} lots exposed to high-risk origins)`,
  );
  console.log('');
  const ratio = full.ms / base.ms;
  const leastCpu = (phase: string) => Math.min(...(runs[phase] ?? []).map((r) => r.cpuMs));
  const cpuRatio = leastCpu('pipeline') / leastCpu('floor');
  const verdict = (r: number) => (r <= 2 && full.maxRssMb < 2048 ? 'met' : 'NOT met');
  console.log(`target    pipeline ≤ 2.0 × floor and < 2048 MB`);
  console.log(
    `measured  pipeline = ${ratio.toFixed(2)} × floor in wall time (${verdict(ratio)}), ${cpuRatio.toFixed(2)} × in CPU time (${verdict(cpuRatio)}), ${full.maxRssMb.toFixed(0)} MB peak`,
  );
  console.log(
    `          (${(full.ms / discard.ms).toFixed(2)} × the discarding floor in wall time, ${(leastCpu('pipeline') / leastCpu('floor-discard')).toFixed(2)} × in CPU time; fastest of ${REPEAT} interleaved runs each: ` +
      `floor ${runs.floor?.map((r) => (r.ms / 1000).toFixed(1)).join('/')} s, pipeline ${runs.pipeline?.map((r) => (r.ms / 1000).toFixed(1)).join('/')} s)`,
  );
}

await main();
