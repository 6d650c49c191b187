/**
 * Benchmark of @unforced/screening (issue: screen 100,000 supplier names against 10,000 list entries,
 * target ≥ 10,000 names/s on one core), with fuse.js on the same machine and list as the baseline.
 *
 *   pnpm bench:screening                                  # default sizes
 *   SCREENING_BENCH_SCALE=0.1 pnpm bench:screening        # a tenth of the sizes, for a quick run
 *   SCREENING_BENCH_HASH=1 pnpm bench:screening           # also print a SHA-256 of every result
 *
 * The machine may be shared: besides wall-clock throughput, the CPU time this process spent per name
 * (process.cpuUsage, user + system) is reported, which other load on the machine inflates far less.
 */
import { createHash } from 'node:crypto';
import { cpus } from 'node:os';
import { uflpaEntities } from '@unforced/reference-data';
import {
  createScreeningIndex,
  type ScreeningListInput,
  screenBatch,
  uflpaScreeningList,
} from '@unforced/screening';
import Fuse from 'fuse.js';
import { mulberry32 } from '../support/mulberry32.js';

const scale = Number(process.env.SCREENING_BENCH_SCALE ?? '1');
const LIST_SIZE = Math.max(200, Math.round(10_000 * scale));
const QUERIES = Math.max(1_000, Math.round(100_000 * scale));
// fuse.js scans every entry for every query (a few names per second on 10,000 entries): a sample.
const FUSE_SAMPLE = Math.max(50, Math.round(200 * scale));

const rng = mulberry32;
const SYLLABLES =
  'an ba bai bao bei ben bo cai chang chen cheng chun da dan de deng ding dong fa fan fang fei feng fu gang gao guang gui guo hai han hao he heng hong hua huai huan hui jia jian jiang jin jing jun kai kang ke kun lan lang li lian liang lin ling long lu ma mei meng min ming mu nan neng ning pei peng ping qi qian qiang qin qing rong rui run sen shan shang sheng shi shun si song tai tian tong wan wei wen xiang xin xing xu ya yang yao ye yi yin ying yong you yu yuan yue yun ze zhan zhao zhen zheng zhi zhong zhou'.split(
    ' ',
  );
const PLACES =
  'Xinjiang Aksu Hotan Kashgar Urumqi Changji Shihezi Korla Turpan Yili Hami Zhejiang Jiangsu Guangdong Shandong Hebei Henan Fujian Anhui Sichuan Shanghai Tianjin Ningbo Qingdao Shenzhen Dongguan Suzhou Wuxi Xiamen Foshan'.split(
    ' ',
  );
const BUSINESS =
  'Textile Cotton Garment Apparel Trading Industry Industrial Technology Logistics Food Chemical Solar Silicon Energy Materials Machinery Electronics Printing Packaging Plastics Knitting Spinning Dyeing Leather Shoes Toys Furniture Metal Steel Aluminium Agricultural Development Investment International Import Export Supply Chain'.split(
    ' ',
  );
const LEGAL = [
  'Co., Ltd.',
  'Co. Ltd',
  'Limited',
  'Company Limited',
  'Ltd.',
  'Inc.',
  'Group Co., Ltd.',
  'LLC',
];
const HAN_NAMES = [
  '华',
  '孚',
  '恒',
  '丰',
  '宏',
  '盛',
  '金',
  '宝',
  '天',
  '虹',
  '永',
  '兴',
  '泰',
  '达',
  '昌',
  '隆',
];
const HAN_WORDS = ['纺织', '棉业', '服装', '贸易', '科技', '实业', '物流', '食品'];
const HAN_PLACES = ['新疆', '阿克苏', '和田', '喀什', '浙江', '江苏', '广东'];

const pick = <T>(r: () => number, list: readonly T[]): T => list[Math.floor(r() * list.length)] as T;
const word = (r: () => number): string => {
  const w = pick(r, SYLLABLES) + pick(r, SYLLABLES);
  return w.charAt(0).toUpperCase() + w.slice(1);
};
const companyName = (r: () => number): string =>
  `${pick(r, PLACES)} ${word(r)} ${pick(r, BUSINESS)}${r() < 0.5 ? ` ${pick(r, BUSINESS)}` : ''} ${pick(r, LEGAL)}`;
const hanName = (r: () => number): string =>
  `${pick(r, HAN_PLACES)}${pick(r, HAN_NAMES)}${pick(r, HAN_NAMES)}${pick(r, HAN_WORDS)}有限公司`;
const typo = (name: string, r: () => number): string => {
  const i = 1 + Math.floor(r() * (name.length - 2));
  return name.slice(0, i) + name.slice(i + 1);
};

const r = rng(20261122);
const uflpa = uflpaScreeningList();
const synthetic: ScreeningListInput = {
  id: 'synthetic-blocklist',
  title: 'Synthetic blocklist (benchmark)',
  edition: { datasetId: 'synthetic-blocklist', edition: 'benchmark' },
  entries: Array.from({ length: LIST_SIZE - uflpa.entries.length }, (_, i) => ({
    id: `syn-${i}`,
    names: [companyName(r)],
    aliases: r() < 0.3 ? [companyName(r)] : [],
  })),
};
const listNames = [...uflpaEntities().map((e) => e.name), ...synthetic.entries.map((e) => e.names[0] ?? '')];
const queries: Array<{ id: string; name: string }> = Array.from({ length: QUERIES }, (_, i) => {
  const roll = r();
  let name: string;
  if (roll < 0.05) name = typo(pick(r, listNames), r);
  else if (roll < 0.08) name = pick(r, listNames).toUpperCase();
  else if (roll < 0.1) name = hanName(r);
  else name = companyName(r);
  return { id: `Q-${i}`, name };
});

const gc = (globalThis as { gc?: () => void }).gc;
gc?.();
const baseline = process.memoryUsage();
let peakRss = baseline.rss;
const sample = () => {
  peakRss = Math.max(peakRss, process.memoryUsage().rss);
};

const t0 = performance.now();
const index = createScreeningIndex([uflpa, synthetic])._unsafeUnwrap();
const buildMs = performance.now() - t0;
sample();
gc?.();
const heapAfterBuild = process.memoryUsage().heapUsed;

// Warm-up (JIT) on the first 2,000 names, not timed; then every name is timed.
for (const q of queries.slice(0, 2_000)) index.screen(q);
let flagged = 0;
let errors = 0;
const cpuMs = (since: NodeJS.CpuUsage): number => {
  const used = process.cpuUsage(since);
  return (used.user + used.system) / 1000;
};
const c1 = process.cpuUsage();
const t1 = performance.now();
queries.forEach((q, i) => {
  const result = index.screen(q);
  if (result.isErr()) errors += 1;
  else if (result.value.decision !== 'no-match') flagged += 1;
  if (i % 10_000 === 0) sample();
});
const screenMs = performance.now() - t1;
const screenCpuMs = cpuMs(c1);
sample();

const c2 = process.cpuUsage();
const t2 = performance.now();
let batchCount = 0;
for await (const item of screenBatch(index, queries)) if (item.result.isOk()) batchCount += 1;
const batchMs = performance.now() - t2;
const batchCpuMs = cpuMs(c2);
sample();

const t3 = performance.now();
const fuse = new Fuse(
  [
    ...uflpa.entries.map((e) => ({ names: [...e.names, ...(e.aliases ?? [])] })),
    ...synthetic.entries.map((e) => ({ names: [...e.names, ...(e.aliases ?? [])] })),
  ],
  { keys: ['names'], includeScore: true, threshold: 0.4, ignoreLocation: true },
);
const fuseBuildMs = performance.now() - t3;
const fuseQueries = queries.slice(0, FUSE_SAMPLE);
const t4 = performance.now();
let fuseHits = 0;
for (const q of fuseQueries) if (fuse.search(q.name, { limit: 10 }).length > 0) fuseHits += 1;
const fuseMs = performance.now() - t4;
sample();

// Optional: a SHA-256 of every result (index.screen over all queries), to check that a change to the
// screener leaves the results byte for byte identical at full size. Computed after all timing.
let digest = '';
if (process.env.SCREENING_BENCH_HASH === '1') {
  const hash = createHash('sha256');
  for (const q of queries) {
    const result = index.screen(q);
    hash.update(result.isOk() ? JSON.stringify(result.value) : `error:${result.error.code}`);
    hash.update('\n');
  }
  digest = hash.digest('hex');
}

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
const rate = (n: number, ms: number) => Math.round((n / ms) * 1000).toLocaleString('en-US');
const perName = (ms: number, n: number) => `${((ms * 1000) / n).toFixed(1)} µs`;
const lines = [
  `machine: ${cpus()[0]?.model ?? 'unknown CPU'}, ${cpus().length} cores, Node ${process.version}`,
  `command: ${process.env.SCREENING_BENCH_SCALE === undefined ? '' : `SCREENING_BENCH_SCALE=${scale} `}pnpm bench:screening`,
  `list: ${index.size.entries.toLocaleString('en-US')} entries (${uflpa.entries.length} UFLPA + synthetic), ${index.size.names.toLocaleString('en-US')} names, ${index.size.words.toLocaleString('en-US')} distinct words`,
  `queries: ${queries.length.toLocaleString('en-US')} supplier names (5% typos of listed names, 3% upper-cased listed names, 2% Han script, 90% other companies)`,
  '',
  '| | unforced screening | fuse.js 7 (baseline, sample) |',
  '| --- | --- | --- |',
  `| index build | ${buildMs.toFixed(0)} ms | ${fuseBuildMs.toFixed(0)} ms |`,
  `| names screened | ${queries.length.toLocaleString('en-US')} | ${fuseQueries.length.toLocaleString('en-US')} |`,
  `| throughput, index.screen (one core) | ${rate(queries.length, screenMs)} names/s (${screenMs.toFixed(0)} ms) | ${rate(fuseQueries.length, fuseMs)} names/s (${fuseMs.toFixed(0)} ms) |`,
  `| throughput, screenBatch (async iterator) | ${rate(batchCount, batchMs)} names/s (${batchMs.toFixed(0)} ms) | – |`,
  `| CPU time per name (user + system), index.screen | ${perName(screenCpuMs, queries.length)} (${rate(queries.length, screenCpuMs)} names per CPU-second) | – |`,
  `| CPU time per name (user + system), screenBatch | ${perName(batchCpuMs, batchCount)} (${rate(batchCount, batchCpuMs)} names per CPU-second) | – |`,
  `| flagged (match or potential match) | ${flagged.toLocaleString('en-US')}; ${errors} errors | ${fuseHits.toLocaleString('en-US')} with any result |`,
  `| memory | heap after build ${mb(heapAfterBuild - baseline.heapUsed)} over baseline; peak RSS ${mb(peakRss)} | (same process) |`,
  '',
  `target: ≥ 10,000 names/s on one core — index.screen ${(queries.length / screenMs) * 1000 >= 10_000 ? 'met' : 'NOT met'}, screenBatch ${(batchCount / batchMs) * 1000 >= 10_000 ? 'met' : 'NOT met'} (wall clock); by CPU time index.screen ${(queries.length / screenCpuMs) * 1000 >= 10_000 ? 'met' : 'NOT met'}, screenBatch ${(batchCount / batchCpuMs) * 1000 >= 10_000 ? 'met' : 'NOT met'}`,
  ...(digest === '' ? [] : [`results SHA-256 (index.screen, all queries): ${digest}`]),
];
process.stdout.write(`${lines.join('\n')}\n`);
