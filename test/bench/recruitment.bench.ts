/**
 * Benchmark of @unforced/recruitment (issue 3): checks 100,000 synthetic workers (about 6 cost items and
 * 12 payslips each) from already-parsed objects and from CSV, and reports workers per second and peak
 * memory next to the issue's target (≥ 50,000 workers/s from parsed objects on one core).
 *
 *   pnpm bench:recruitment                              # 100,000 workers
 *   RECRUITMENT_BENCH_WORKERS=5000 pnpm bench:recruitment   # a quick run
 *   RECRUITMENT_BENCH_MODES=objects,objects-streamed,objects-streamed-young64 pnpm bench:recruitment   # skip CSV
 *   RECRUITMENT_BENCH_PASSES=1 pnpm bench:recruitment     # one check pass per mode (default 3)
 *
 * Each mode runs in its own child process so that its peak RSS (the OS high-water mark,
 * `process.resourceUsage().maxRSS`) is its own. Heap figures are `heapUsed` sampled after each phase with
 * its results still alive (a floor of the true heap high-water mark). CPU seconds include the garbage
 * collector's helper threads; "GC pauses" is the main thread's time stopped for garbage collection
 * (perf_hooks `gc` entries). The load average is printed because the figures depend on it.
 *
 * The check runs several times over the same parsed workers in each process (`RECRUITMENT_BENCH_PASSES`):
 * the first pass is what a one-off batch sees after the small warm-up, the later ones what a long-running
 * caller sees. The target line uses the median pass; every pass is printed.
 */
import { spawnSync } from 'node:child_process';
import { arch, cpus, loadavg, platform, totalmem } from 'node:os';
import { PerformanceObserver } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { checkParsedWorkers, parseWorkers, parseWorkersCsv } from '@unforced/recruitment';
import { syntheticFxRates, syntheticWorkers, toCsvFiles } from './recruitment-synthetic.js';

const COUNT = Number(process.env.RECRUITMENT_BENCH_WORKERS ?? 100_000);
const TARGET = 50_000;
const PASSES = Math.max(1, Number(process.env.RECRUITMENT_BENCH_PASSES ?? 3));
const AS_OF = '2026-11-22';
const MB = 1024 * 1024;

type Mode = 'objects' | 'objects-streamed' | 'objects-streamed-young64' | 'csv';

/**
 * `young64` runs the streamed mode again in a Node started with a 64 MB young generation
 * (`--max-semi-space-size=64`, the setting docs/recruitment.md recommends for large batches), next to
 * the default, so the two are compared in one run.
 */
const MODES: readonly { mode: Mode; label: string; nodeFlags?: readonly string[] }[] = [
  { mode: 'objects', label: 'from parsed objects, whole report in memory' },
  { mode: 'objects-streamed', label: 'from parsed objects, each worker streamed to a sink' },
  {
    mode: 'objects-streamed-young64',
    label: 'from parsed objects, streamed, node --max-semi-space-size=64',
    nodeFlags: ['--max-semi-space-size=64'],
  },
  { mode: 'csv', label: 'from CSV, whole report in memory' },
];

const streamed = (mode: Mode): boolean => mode === 'objects-streamed' || mode === 'objects-streamed-young64';

interface Phase {
  readonly name: string;
  readonly seconds: number;
  readonly cpuSeconds: number;
  readonly workersPerSecond: number;
  readonly heapUsedMb: number;
  /** The phase's span on the performance clock (ms), to attribute GC pauses once they are delivered. */
  readonly span: { readonly start: number; readonly end: number };
  /** Main-thread garbage-collection pauses during the phase (perf_hooks `gc` entries). */
  gcSeconds: number;
}

/** Main-thread GC pauses (perf_hooks `gc` entries: start and duration in ms on the performance clock). */
const gcPauses: { start: number; duration: number }[] = [];
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) gcPauses.push({ start: entry.startTime, duration: entry.duration });
}).observe({ entryTypes: ['gc'] });

declare const gc: undefined | (() => void);
const collect = () => (typeof gc === 'function' ? gc() : undefined);

function timed<T>(name: string, phases: Phase[], work: () => T): T {
  collect();
  const spanStart = performance.now();
  const cpu = process.cpuUsage();
  const start = process.hrtime.bigint();
  const result = work();
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  const used = process.cpuUsage(cpu);
  phases.push({
    name,
    seconds,
    cpuSeconds: (used.user + used.system) / 1e6,
    workersPerSecond: COUNT / seconds,
    heapUsedMb: process.memoryUsage().heapUsed / MB,
    span: { start: spanStart, end: performance.now() },
    gcSeconds: 0,
  });
  return result;
}

/** Validated records, built so that the raw input is garbage by the time the checks run. */
function parsedObjects(phases: Phase[]) {
  const raw = syntheticWorkers(COUNT);
  return timed('validate objects (core zod schemas)', phases, () => parseWorkers(raw)._unsafeUnwrap());
}

function parsedCsv(phases: Phase[]) {
  const files = toCsvFiles(syntheticWorkers(COUNT));
  const bytes = Object.values(files).reduce((sum, text) => sum + Buffer.byteLength(text), 0);
  return timed(`parse ${(bytes / MB).toFixed(0)} MB of CSV and validate`, phases, () =>
    parseWorkersCsv(files)._unsafeUnwrap(),
  );
}

/** Warm the JIT on a small, different workforce first, as any long-running caller would be. */
const WARM_UP = 2_000;

/** Adds up each phase's GC pauses; perf_hooks delivers `gc` entries only after the event loop turns. */
async function attributeGc(phases: Phase[]): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve, 50));
  for (const phase of phases) {
    let ms = 0;
    for (const pause of gcPauses)
      if (pause.start >= phase.span.start && pause.start <= phase.span.end) ms += pause.duration;
    phase.gcSeconds = ms / 1000;
  }
}

async function runMode(mode: Mode): Promise<void> {
  const phases: Phase[] = [];
  const options = { asOf: AS_OF, fxRates: syntheticFxRates() };
  // Warm up the same way the mode runs: V8 decides from the warm-up which allocation sites to allocate
  // straight into the old generation (allocation-site pretenuring), and a warm-up that keeps every
  // finding teaches it to pretenure objects that, streamed, die young.
  checkParsedWorkers(
    parseWorkers(syntheticWorkers(WARM_UP, 7))._unsafeUnwrap(),
    options,
    streamed(mode) ? { worker() {} } : undefined,
  );
  const parsed = mode === 'csv' ? parsedCsv(phases) : parsedObjects(phases);
  let findings = 0;
  let assessed = 0;
  const sink = streamed(mode)
    ? {
        worker(_assessment: unknown, workerFindings: readonly unknown[]) {
          assessed += 1;
          findings += workerFindings.length;
        },
      }
    : undefined;
  let rejected = 0;
  for (let pass = 1; pass <= PASSES; pass += 1) {
    findings = 0;
    assessed = 0;
    // Only one report is alive at a time: the previous pass's is garbage before the next starts.
    const report = timed(`check, pass ${pass}`, phases, () =>
      checkParsedWorkers(parsed, options, sink)._unsafeUnwrap(),
    );
    findings += report.findings.length;
    assessed += report.workers.length;
    rejected = report.errors.filter((e) => e.outcome === 'rejected').length;
  }
  const maxRssMb = process.resourceUsage().maxRSS / 1024;
  await attributeGc(phases);
  process.stdout.write(`${JSON.stringify({ mode, phases, findings, assessed, rejected, maxRssMb })}\n`);
}

function main(): void {
  const cpu = cpus()[0]?.model ?? 'unknown CPU';
  const modes = process.env.RECRUITMENT_BENCH_MODES;
  const command = `RECRUITMENT_BENCH_WORKERS=${COUNT}${modes === undefined ? '' : ` RECRUITMENT_BENCH_MODES=${modes}`} pnpm bench:recruitment`;
  const load = () =>
    loadavg()
      .map((l) => l.toFixed(2))
      .join(' ');
  console.log('@unforced/recruitment benchmark (issue 3)');
  console.log(
    `machine : ${cpu}, ${cpus().length} cores, ${(totalmem() / 1024 ** 3).toFixed(1)} GB RAM, Node ${process.version}, ${platform()} ${arch()}`,
  );
  console.log(`command : ${command}`);
  console.log(
    `workload: ${COUNT.toLocaleString('en')} synthetic workers, ~6 cost items and 12 payslips (1-3 deductions) each; one thread; after a ${WARM_UP.toLocaleString('en')}-worker warm-up`,
  );
  console.log(`load    : ${load()} (1, 5, 15 min) at start`);
  console.log('');
  const self = fileURLToPath(import.meta.url);
  const wanted = process.env.RECRUITMENT_BENCH_MODES?.split(',').map((m) => m.trim());
  for (const { mode, label, nodeFlags } of MODES) {
    if (wanted !== undefined && !wanted.includes(mode)) continue;
    const child = spawnSync(
      process.execPath,
      [...process.execArgv, ...(nodeFlags ?? []), self, '--mode', mode],
      {
        env: process.env,
        encoding: 'utf8',
        maxBuffer: 16 * MB,
      },
    );
    if (child.status !== 0) {
      console.log(`${label}: failed (${child.status})\n${child.stderr}`);
      continue;
    }
    const result = JSON.parse(child.stdout.trim().split('\n').at(-1) ?? '{}') as {
      phases: Phase[];
      findings: number;
      assessed: number;
      rejected: number;
      maxRssMb: number;
    };
    console.log(`${label}:`);
    for (const phase of result.phases)
      console.log(
        `  ${phase.name.padEnd(38)} ${phase.seconds.toFixed(2).padStart(7)} s (cpu ${phase.cpuSeconds.toFixed(2).padStart(6)} s, GC pauses ${phase.gcSeconds.toFixed(2).padStart(5)} s) ${Math.round(phase.workersPerSecond).toLocaleString('en').padStart(9)} workers/s   heapUsed after ${phase.heapUsedMb.toFixed(0)} MB`,
      );
    console.log(
      `  peak RSS ${result.maxRssMb.toFixed(0)} MB; ${result.assessed.toLocaleString('en')} workers assessed, ${result.rejected} rejected, ${result.findings.toLocaleString('en')} findings`,
    );
    if (mode !== 'csv') {
      const rates = result.phases
        .filter((p) => p.name.startsWith('check'))
        .map((p) => p.workersPerSecond)
        .sort((a, b) => a - b);
      const rate = Math.round(rates[Math.floor((rates.length - 1) / 2)] ?? 0);
      console.log(
        `  target (issue 3): >= ${TARGET.toLocaleString('en')} workers/s from parsed objects on one core; median of ${rates.length} pass(es) ${rate.toLocaleString('en')}: ${rate >= TARGET ? 'met' : 'NOT met'}`,
      );
    }
    console.log('');
  }
  console.log(`load    : ${load()} (1, 5, 15 min) at end`);
}

const modeIndex = process.argv.indexOf('--mode');
if (modeIndex >= 0)
  await runMode((MODES.find((m) => m.mode === process.argv[modeIndex + 1]) ?? MODES[0])?.mode ?? 'objects');
else main();
