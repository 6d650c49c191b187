/**
 * Runs the evaluation set through the screener and through fuse.js, and prints precision, recall and
 * F1 per split, recall per category, the false-positive rate on negatives, and a threshold sweep on the
 * development split.
 *
 *   npx tsx --tsconfig test/tsconfig.json test/screening/eval/run-eval.ts
 */
import { readFileSync } from 'node:fs';
import { uflpaEntities } from '@unforced/reference-data';
import { createScreeningIndex, DEFAULT_THRESHOLDS, uflpaScreeningList } from '@unforced/screening';
import type { EvalCase } from './build-cases.js';
import { type Figures, figures, fuseFlags, screenerFlags } from './evaluate.js';

const cases: EvalCase[] = JSON.parse(readFileSync(new URL('./cases.json', import.meta.url), 'utf8'));
const index = createScreeningIndex([uflpaScreeningList()])._unsafeUnwrap();
const records = uflpaEntities().map((e) => ({
  id: e.id,
  name: e.name,
  aliases: e.aliases.map((a) => a.name),
}));

const pct = (x: number): string => `${(100 * x).toFixed(1)}%`;
const row = (label: string, f: Figures): string =>
  `| ${label} | ${f.cases} | ${f.tp} | ${f.fp} | ${f.fn} | ${f.precision.toFixed(3)} | ${f.recall.toFixed(3)} | ${f.f1.toFixed(3)} | ${pct(f.falsePositiveRate)} |`;
const out: string[] = [];
const splits: Array<[string, EvalCase[]]> = [
  ['dev', cases.filter((c) => c.split === 'dev')],
  ['test (held out)', cases.filter((c) => c.split === 'test')],
  ['all', cases],
];
const dev = splits[0]?.[1] ?? [];

// fuse.js tuned: the threshold with the best F1 on the development split (ignoreLocation on).
let bestFuse = { threshold: 0.6, f1: -1 };
for (const threshold of [0.1, 0.2, 0.3, 0.4, 0.5, 0.6]) {
  const f = figures(dev, fuseFlags(records, threshold, true));
  if (f.f1 > bestFuse.f1) bestFuse = { threshold, f1: f.f1 };
}

const systems: Array<[string, (c: EvalCase) => readonly string[]]> = [
  [`unforced (potential-match ≥ ${DEFAULT_THRESHOLDS.potentialMatch})`, screenerFlags(index)],
  [
    `unforced, match only (≥ ${DEFAULT_THRESHOLDS.match})`,
    screenerFlags(index, { match: DEFAULT_THRESHOLDS.match, potentialMatch: DEFAULT_THRESHOLDS.match }),
  ],
  ['fuse.js defaults (threshold 0.6)', fuseFlags(records, 0.6, false)],
  [
    `fuse.js tuned on dev (threshold ${bestFuse.threshold}, ignoreLocation)`,
    fuseFlags(records, bestFuse.threshold, true),
  ],
];
out.push('| system / split | cases | TP | FP | FN | precision | recall | F1 | FP rate on negatives |');
out.push('| --- | --- | --- | --- | --- | --- | --- | --- | --- |');
for (const [name, flags] of systems)
  for (const [label, part] of splits) out.push(row(`${name}, ${label}`, figures(part, flags)));

out.push(
  '',
  '| category | cases | unforced recall / negatives not flagged | fuse.js defaults |',
  '| --- | --- | --- | --- |',
);
const categories = [...new Set(cases.map((c) => c.category))].sort();
for (const category of categories) {
  const part = cases.filter((c) => c.category === category);
  const ours = figures(part, systems[0]?.[1] ?? (() => []));
  const fuse = figures(part, systems[2]?.[1] ?? (() => []));
  const value = (f: Figures) => (part[0]?.label === 'match' ? f.recall : 1 - f.falsePositiveRate);
  out.push(`| ${category} | ${part.length} | ${value(ours).toFixed(3)} | ${value(fuse).toFixed(3)} |`);
}

out.push('', 'Threshold sweep on the development split (potential-match threshold; match stays 0.90):', '');
out.push('| potentialMatch | precision | recall | F1 | FP rate |', '| --- | --- | --- | --- | --- |');
for (const t of [0.7, 0.75, 0.8, 0.85, 0.9]) {
  const f = figures(dev, screenerFlags(index, { match: Math.max(t, 0.9), potentialMatch: t }));
  out.push(
    `| ${t.toFixed(2)} | ${f.precision.toFixed(3)} | ${f.recall.toFixed(3)} | ${f.f1.toFixed(3)} | ${pct(f.falsePositiveRate)} |`,
  );
}
if (process.argv.includes('--misses')) {
  const flags = systems[0]?.[1] ?? (() => []);
  out.push('', 'Errors of the screener:');
  for (const c of cases) {
    const hits = flags(c);
    const wrong = c.label === 'match' ? !hits.includes(`uflpa:${c.entry}`) : hits.length > 0;
    if (wrong)
      out.push(
        `- [${c.split}] ${c.category} ${c.label}: ${JSON.stringify(c.query)} → ${hits.join(', ') || 'nothing'}`,
      );
  }
}
process.stdout.write(`${out.join('\n')}\n`);
