/**
 * Benchmark of @unforced/risk (issue 6): score 1,000,000 suppliers with a realistic mix of evidence
 * (most with only inherent data, some with findings, audits, grievances, mitigations) on one core, and
 * report suppliers per second and peak memory next to the issue's target (≥ 100,000 suppliers/s).
 *
 *   pnpm bench:risk                                 # 1,000,000 suppliers (the issue's size)
 *   RISK_BENCH_SUPPLIERS=100000 pnpm bench:risk     # a quick run
 *
 * Inputs are generated in chunks of 10,000 by a seeded PRNG (the same every run) and dropped after
 * scoring, as a streaming caller would. Generation time is measured apart and excluded. The run is
 * repeated on the built package (dist) when it exists (RISK_BENCH_DIST=0 skips it); then the first
 * 100,000 assessments (RISK_BENCH_KEEP) are held and ranked to show memory per assessment.
 */
import * as os from 'node:os';
import type { FindingInput } from '@unforced/core';
import type { Assessment, SupplierEvidenceInput } from '@unforced/risk';
import * as fromSources from '@unforced/risk';
import { mulberry32 } from '../support/mulberry32.js';

const TOTAL = Number(process.env.RISK_BENCH_SUPPLIERS ?? 1_000_000);
const CHUNK = 10_000;
const AS_OF = '2026-11-22';
const TARGET_PER_SECOND = 100_000;

let generatorRandom = mulberry32(20261122);
const random = () => generatorRandom();
const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
const daysAgo = (max: number) => {
  const d = new Date(Date.UTC(2026, 10, 22) - Math.floor(random() * max) * 86_400_000);
  return d.toISOString().slice(0, 10);
};

// A procurement portfolio: sourcing countries weighted towards Asia and Europe, their usual goods.
const PLACES: ReadonlyArray<[string, string | undefined, string, string[]]> = [
  ['CN', 'CN-GD', 'electronics assembly', ['Electronics']],
  ['CN', 'CN-JS', 'garments', ['Garments']],
  ['CN', 'CN-XJ', 'cotton ginning', ['Cotton']],
  ['CN', 'CN-ZJ', 'toys manufacturing', ['Toys']],
  ['MY', undefined, 'rubber gloves', ['Rubber Gloves']],
  ['MY', undefined, 'electronics components', ['Electronics']],
  ['MY', undefined, 'palm oil plantation', ['Palm Fruit']],
  ['TH', undefined, 'seafood processing', ['Shrimp']],
  ['VN', undefined, 'footwear', ['Footwear']],
  ['BD', undefined, 'garments', ['Garments']],
  ['IN', undefined, 'cotton spinning yarn', ['Thread/Yarn', 'Cotton']],
  ['IN', undefined, 'tea estate', ['Tea']],
  ['NP', undefined, 'carpets weaving', ['Carpets']],
  ['TR', undefined, 'textiles', ['Textiles']],
  ['MX', undefined, 'agriculture', ['Tomatoes']],
  ['BR', undefined, 'cattle farming', ['Cattle']],
  ['US', undefined, 'logistics', []],
  ['GB', undefined, 'logistics', []],
  ['DE', undefined, 'metal parts manufacturing', []],
  ['PL', undefined, 'warehousing', []],
  ['IT', undefined, 'leather goods', []],
  ['NL', undefined, 'software consulting', []],
  ['FR', undefined, 'food processing', []],
  ['ES', undefined, 'construction', []],
];

function finding(supplierId: string, i: number): FindingInput {
  const kind = random();
  const [code, severity, indicators, basis] =
    kind < 0.6
      ? (['recruitment.fee.borne-by-worker', 'high', ['debt-bondage'], 'observed'] as const)
      : kind < 0.8
        ? ([
            'recruitment.documents.retained',
            'critical',
            ['retention-of-identity-documents'],
            'observed',
          ] as const)
        : kind < 0.95
          ? (['trace.origin.high-risk-exposure', 'medium', [], 'inferred'] as const)
          : (['screening.uflpa-entity-list.match', 'critical', [], 'inferred'] as const);
  return {
    code,
    severity,
    indicators: [...indicators],
    subject: { kind: 'worker', id: `${supplierId}-W${i}` },
    message: 'bench finding',
    standards: [{ standard: 'ILO-INDICATORS-2012', clause: 'Indicators' }],
    basis,
    ...(basis === 'inferred' ? { confidence: Math.round(random() * 100) / 100 } : {}),
    asOf: daysAgo(900),
    provenance: { methodology: { id: `unforced/${code.split('.')[0]}`, version: '0.1.0' }, dataEditions: [] },
  };
}

function supplier(n: number): SupplierEvidenceInput {
  const id = `SUP-${n}`;
  const [country, subdivision, sector, goods] = pick(PLACES);
  const input: {
    -readonly [K in keyof SupplierEvidenceInput]: SupplierEvidenceInput[K];
  } = {
    supplier: {
      id,
      name: `Supplier ${n}`,
      country,
      ...(subdivision === undefined ? {} : { subdivision }),
      sector,
      goods,
      ...(random() < 0.5
        ? {
            workforce: {
              workers: 20 + Math.floor(random() * 3000),
              migrantShare: Math.round(random() * 100) / 100,
              agencyShare: Math.round(random() * 50) / 100,
              employerProvidedHousing: random() < 0.3,
            },
          }
        : {}),
      annualSpend: { amountMinor: 1_000_00 + Math.floor(random() * 5_000_000_00), currency: 'USD' },
    },
  };
  const r = random();
  if (r < 0.1)
    input.findings = Array.from({ length: 1 + Math.floor(random() * 5) }, (_, i) => finding(id, i));
  if (random() < 0.05)
    input.auditFindings = Array.from({ length: 1 + Math.floor(random() * 4) }, (_, i) => ({
      id: `${id}-AF${i}`,
      supplierId: id,
      standard: 'RBA VAP 8.0.2',
      clause: pick(['A1', 'A2', 'A3', 'A7']),
      grade: pick(['minor', 'major', 'priority', 'opportunity-for-improvement'] as const),
      description: 'bench audit finding',
      auditDate: daysAgo(1000),
      status: pick(['open', 'closed'] as const),
      indicators: [pick(['debt-bondage', 'excessive-overtime', 'withholding-of-wages'] as const)],
    }));
  if (random() < 0.02)
    input.grievances = [
      {
        id: `${id}-G1`,
        supplierId: id,
        receivedOn: daysAgo(500),
        channel: 'hotline',
        summary: 'bench grievance',
        status: pick(['open', 'in-progress', 'resolved'] as const),
      },
    ];
  if (random() < 0.08)
    input.mitigations = [
      {
        id: `${id}-M1`,
        supplierId: id,
        kind: pick([
          'independent-audit',
          'certified-recruiter',
          'grievance-channel',
          'fee-repayment',
        ] as const),
        since: daysAgo(600),
      },
    ];
  if (random() < 0.2) input.checks = [{ area: 'screening', runOn: daysAgo(200) }];
  return input;
}

interface Run {
  readonly label: string;
  readonly wallMs: number;
  readonly cpuMs: number;
  readonly generateMs: number;
  readonly peakRss: number;
  readonly peakHeap: number;
  readonly withEvidence: number;
  readonly errors: number;
  readonly tiers: Record<Assessment['tier'], number>;
}

const KEEP = Math.min(TOTAL, Number(process.env.RISK_BENCH_KEEP ?? 100_000));
const cpuNow = () => {
  const usage = process.cpuUsage();
  return (usage.user + usage.system) / 1000;
};

/**
 * Scores TOTAL suppliers chunk by chunk, keeping nothing (a streaming caller). With `parsed`, each
 * chunk is first parsed with the SupplierEvidence schema (counted as generation, as validation done
 * upstream at the boundary) and scored with `assessParsed`.
 */
function run(label: string, risk: typeof fromSources, parsed = false): Run {
  generatorRandom = mulberry32(20261122);
  const model = risk.createRiskModel()._unsafeUnwrap();
  const tiers = { low: 0, medium: 0, high: 0, critical: 0 };
  let errors = 0;
  let withEvidence = 0;
  let peakRss = 0;
  let peakHeap = 0;
  let generateMs = 0;
  let wallMs = 0;
  let cpuMs = 0;
  globalThis.gc?.();
  for (let start = 0; start < TOTAL; start += CHUNK) {
    const size = Math.min(CHUNK, TOTAL - start);
    const g0 = performance.now();
    const chunk = Array.from({ length: size }, (_, i) => supplier(start + i));
    const ready = parsed ? chunk.map((input) => risk.SupplierEvidence.parse(input)) : [];
    const c0 = cpuNow();
    const a0 = performance.now();
    for (let i = 0; i < size; i++) {
      const input = chunk[i] as SupplierEvidenceInput;
      if (
        (input.findings?.length ?? 0) + (input.auditFindings?.length ?? 0) + (input.grievances?.length ?? 0) >
        0
      )
        withEvidence += 1;
      const result = parsed
        ? model.assessParsed(ready[i] as fromSources.SupplierEvidence, AS_OF)
        : model.assess(input, AS_OF);
      if (result.isErr()) errors += 1;
      else tiers[result.value.tier] += 1;
    }
    wallMs += performance.now() - a0;
    cpuMs += cpuNow() - c0;
    generateMs += a0 - g0;
    const memory = process.memoryUsage();
    peakRss = Math.max(peakRss, memory.rss);
    peakHeap = Math.max(peakHeap, memory.heapUsed);
  }
  return { label, wallMs, cpuMs, generateMs, peakRss, peakHeap, withEvidence, errors, tiers };
}

/** Assesses the first KEEP suppliers and keeps them, then ranks them: memory held and ranking time. */
function portfolio(risk: typeof fromSources) {
  generatorRandom = mulberry32(20261122);
  const model = risk.createRiskModel()._unsafeUnwrap();
  globalThis.gc?.();
  const before = process.memoryUsage().heapUsed;
  const kept: Assessment[] = [];
  for (let n = 0; n < KEEP; n++) {
    const result = model.assess(supplier(n), AS_OF);
    if (result.isOk()) kept.push(result.value);
  }
  globalThis.gc?.();
  const held = process.memoryUsage().heapUsed - before;
  const r0 = performance.now();
  risk.rankPortfolio(kept, { by: 'risk' });
  const riskMs = performance.now() - r0;
  const s0 = performance.now();
  risk.rankPortfolio(kept, { by: 'spend', currency: 'USD' });
  const spendMs = performance.now() - s0;
  const a0 = performance.now();
  risk.aggregatePortfolio(kept);
  const aggregateMs = performance.now() - a0;
  return { held, riskMs, spendMs, aggregateMs, count: kept.length };
}

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
const startRss = process.memoryUsage().rss;
const loadBefore = os.loadavg()[0] ?? 0;
const runs: Run[] =
  process.env.RISK_BENCH_SOURCES === '0' ? [] : [run('TypeScript sources via tsx', fromSources)];
let dist: typeof fromSources | undefined;
if (process.env.RISK_BENCH_DIST !== '0') {
  const distUrl = new URL('../../packages/risk/dist/index.js', import.meta.url);
  dist = (await import(distUrl.href).catch(() => undefined)) as typeof fromSources | undefined;
  if (dist === undefined)
    console.log(
      '(packages/risk/dist not built: run `npx tsup` in packages/risk to measure the published build too)',
    );
  else
    runs.push(
      run('built package (dist, as published)', dist),
      run('dist, input parsed upstream', dist, true),
    );
}
const held = KEEP > 0 ? portfolio(dist ?? fromSources) : undefined;

console.log('@unforced/risk benchmark (issue 6)');
console.log(
  `machine   ${cpu}, ${os.cpus().length} cores (one used), Node ${process.version}, ${os.platform()} ${os.arch()}`,
);
console.log(
  `load      1-minute load average ${loadBefore.toFixed(2)} before, ${(os.loadavg()[0] ?? 0).toFixed(2)} after (other processes share the cores: wall-clock rates fall with load, CPU-time rates much less)`,
);
console.log(`command   ${TOTAL === 1_000_000 ? '' : `RISK_BENCH_SUPPLIERS=${TOTAL} `}pnpm bench:risk`);
const first = runs[0];
if (first === undefined) throw new Error('nothing was run');
console.log(
  `suppliers ${TOTAL.toLocaleString('en')} per run (${first.withEvidence.toLocaleString('en')} with findings, audits or grievances; ${first.errors} errors)`,
);
console.log(
  `tiers     low ${first.tiers.low}, medium ${first.tiers.medium}, high ${first.tiers.high}, critical ${first.tiers.critical}`,
);
console.log(
  `baseline  issue 6 target: ≥ ${TARGET_PER_SECOND.toLocaleString('en')} suppliers/s on one core; RSS at start ${mb(startRss)}`,
);
console.log('');
console.log(
  `${'run'.padEnd(36)}${'suppliers/s (wall)'.padEnd(20)}${'suppliers/s (CPU)'.padEnd(19)}${'target'.padEnd(16)}${'wall s'.padEnd(8)}${'CPU s'.padEnd(8)}${'peak RSS'.padEnd(10)}peak heap`,
);
for (const r of runs) {
  const wall = Math.round(TOTAL / (r.wallMs / 1000));
  const perCpu = Math.round(TOTAL / (r.cpuMs / 1000));
  const verdict =
    wall >= TARGET_PER_SECOND ? 'met' : perCpu >= TARGET_PER_SECOND ? 'met on CPU time' : 'NOT met';
  console.log(
    `${r.label.padEnd(36)}${wall.toLocaleString('en').padEnd(20)}${perCpu.toLocaleString('en').padEnd(19)}${verdict.padEnd(16)}${(r.wallMs / 1000).toFixed(2).padEnd(8)}${(r.cpuMs / 1000).toFixed(2).padEnd(8)}${mb(r.peakRss).padEnd(10)}${mb(r.peakHeap)}`,
  );
}
console.log('');
console.log(
  '(assess = zod validation + scoring with model.assess; "input parsed upstream" = model.assessParsed on evidence already parsed',
);
console.log(
  ' with the SupplierEvidence schema (parsing excluded, like generation); streaming: each chunk of 10,000 is scored and dropped;',
);
console.log(
  " CPU = process user + system time while scoring, which includes the garbage collector's helper threads)",
);
if (held !== undefined)
  console.log(
    `portfolio ${held.count.toLocaleString('en')} assessments held: ${mb(held.held)} of heap (${Math.round(held.held / held.count)} bytes each); rankPortfolio by risk ${held.riskMs.toFixed(0)} ms, by spend ${held.spendMs.toFixed(0)} ms; aggregatePortfolio ${held.aggregateMs.toFixed(0)} ms`,
  );
