/**
 * Profiling driver for @unforced/recruitment: checks a synthetic workforce (after a warm-up) once, for
 * `node --cpu-prof` through tsx. Not a benchmark; see recruitment.bench.ts.
 *
 *   RECRUITMENT_BENCH_WORKERS=30000 npx tsx --tsconfig test/tsconfig.json --cpu-prof --cpu-prof-dir=/tmp/prof test/bench/recruitment-profile.ts
 */
import { checkParsedWorkers, parseWorkers } from '@unforced/recruitment';
import { syntheticFxRates, syntheticWorkers } from './recruitment-synthetic.js';

const COUNT = Number(process.env.RECRUITMENT_BENCH_WORKERS ?? 30_000);
const options = { asOf: '2026-11-22', fxRates: syntheticFxRates() };
const sinkMode = process.env.RECRUITMENT_PROFILE_SINK === '1';
// Warm up the way the run goes (see recruitment.bench.ts on allocation-site pretenuring).
checkParsedWorkers(
  parseWorkers(syntheticWorkers(2_000, 7))._unsafeUnwrap(),
  options,
  sinkMode ? { worker() {} } : undefined,
);
const parsed = parseWorkers(syntheticWorkers(COUNT))._unsafeUnwrap();
let findings = 0;
const sink = sinkMode
  ? {
      worker(_a: unknown, f: readonly unknown[]) {
        findings += f.length;
      },
    }
  : undefined;
const cpu = process.cpuUsage();
const start = process.hrtime.bigint();
const report = checkParsedWorkers(parsed, options, sink)._unsafeUnwrap();
const seconds = Number(process.hrtime.bigint() - start) / 1e9;
const used = process.cpuUsage(cpu);
findings += report.findings.length;
console.log(
  `${COUNT} workers in ${seconds.toFixed(2)} s (cpu ${((used.user + used.system) / 1e6).toFixed(2)} s): ${Math.round(COUNT / seconds)} workers/s, ${findings} findings, maxRSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`,
);
