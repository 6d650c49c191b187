/**
 * Builds `cases.json`, the labelled evaluation set: the hand-written cases of `hand-cases.ts` and
 * systematic variants of every UFLPA entry (legal-form change, word order, typo, casing and
 * punctuation, a dropped place prefix, an added word) and generated hard negatives (each entry's
 * distinctive words replaced by other Chinese trade names, keeping its place and business words).
 * Cases are split by entry into a development part (about 60 %, used to set thresholds) and a held-out
 * test part. Deterministic: run it again and the file is the same.
 *
 *   npx tsx --tsconfig test/tsconfig.json test/screening/eval/build-cases.ts
 */
import { writeFileSync } from 'node:fs';
import { uflpaEntities } from '@unforced/reference-data';
import { HAND_NEGATIVES, HAND_POSITIVES, type HandCase } from './hand-cases.js';

export interface EvalCase {
  readonly id: string;
  readonly query: string;
  /** The UFLPA entry id a positive must find; absent for a negative. */
  readonly entry?: string;
  readonly label: 'match' | 'no-match';
  readonly category: string;
  readonly split: 'dev' | 'test';
  readonly note?: string;
}

function fnv(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}
const splitOf = (key: string): 'dev' | 'test' => (fnv(key) % 100 < 60 ? 'dev' : 'test');

const LEGAL = /[,\s]*(?:co\.?,?\s*ltd\.?|co\.|ltd\.?|limited|corporation)\s*$/i;
const PLACES = new Set(
  'xinjiang aksu hetian shihezi zhuhai tianjin hubei henan jiangsu anhui hebei shandong sichuan zhejiang gansu fujian guangdong hunan shanghai dalian qingdao hangzhou nanjing jinan ningbo dongguan zhangzhou taiyuan baoding binzhou changzhou jiangyin jining nanyang hengshui lanxi weifang changji turpan kuitun awati kuche shaya yili huyanghe baotou hefei heze ninghai donghai wugang linxi junan huangmei'.split(
    ' ',
  ),
);
const GENERIC = new Set(
  'co ltd group holdings international trade trading textile textiles cotton industry industrial technology development new energy material materials food foods logistics warehousing and the of company county hair products product accessories apparel garment manufacturing fiber color spinning silicon solar iron steel gold mine mining metals nonferrous chemical construction engineering production corps investment business economic import export biotechnology biotech bioscience ingredients information digital printing electronics microelectronics machinery management storage supply chain park agricultural cooperation linen reserve library station corporation branch green zinc copper magnesium coal electricity real estate sugar canned semiconductor pharmaceutical wool foundation lake tomato shoes inner mongolia china camel western century sunshine union oasis alice apex synergy vital standard east hope earth rare group'.split(
    ' ',
  ),
);
const POOL =
  'yongxing jinhui hengda ruifeng xinghe baoli dingsheng kaiyuan jiahe fuxing longteng shunda tianyi hongda mingyang changrong jintai runfeng xiangyu haoyun deli jiali lianfa xinda wanhe anda huimin jingcheng shengtai yuanfeng qiancheng boya tianrui hengtong zhengda lida jiayuan kangda ruixin xinlong hexing taifeng dongsheng yihe weiye liantai jinxin huilong chenxi fengyuan zhongcheng baisheng'.split(
    ' ',
  );

function base(name: string): string {
  return name.replace(LEGAL, '').trim();
}

function typo(word: string, odd: boolean): string {
  const mid = Math.floor(word.length / 2);
  if (odd) return word.slice(0, mid) + word.slice(mid + 1);
  return word.slice(0, mid - 1) + (word[mid] ?? '') + (word[mid - 1] ?? '') + word.slice(mid + 1);
}

const cases: EvalCase[] = [];
const push = (c: Omit<EvalCase, 'id' | 'split'>, key: string): void => {
  cases.push({ id: `case-${String(cases.length + 1).padStart(4, '0')}`, split: splitOf(key), ...c });
};

const entities = uflpaEntities();
const listWords = new Set(
  entities
    .flatMap((e) => [e.name, ...e.aliases.map((a) => a.name)])
    .flatMap((n) => n.toLowerCase().split(/[^a-z0-9]+/)),
);

entities.forEach((entity, i) => {
  const id = entity.id.replace(/^uflpa:/, '');
  const stem = base(entity.name);
  const words = stem.split(/\s+/);
  const positive = (query: string, category: string): void => {
    if (query.trim() !== '' && query !== entity.name)
      push({ query, entry: id, label: 'match', category }, id);
  };
  positive(`${stem}${[' Limited', ' Company Limited', ' LLC', ' Inc.', ' Co.', ''][i % 6]}`, 'legal-form');
  // Word order: swap the first two units ("Inner Mongolia" is one unit).
  const units = words[0] === 'Inner' ? [`${words[0]} ${words[1] ?? ''}`, ...words.slice(2)] : [...words];
  if (units.length >= 2) {
    [units[0], units[1]] = [units[1] ?? '', units[0] ?? ''];
    positive(`${units.join(' ')} Co., Ltd.`, 'word-order');
  }
  const byLength = (a: string, b: string): number => b.length - a.length;
  const distinctive = words.filter(
    (w) => /^[A-Za-z]{5,}$/.test(w) && !GENERIC.has(w.toLowerCase()) && !PLACES.has(w.toLowerCase()),
  );
  const longest =
    [...distinctive].sort(byLength)[0] ??
    [...words].filter((w) => /^[A-Za-z]{6,}$/.test(w)).sort(byLength)[0];
  if (longest !== undefined) positive(entity.name.replace(longest, typo(longest, i % 2 === 1)), 'typo');
  positive(
    `  ${entity.name.toUpperCase().replace(/[.,]/g, '').split(/\s+/).join('  ')} `,
    'case-punctuation',
  );
  const first = words[0]?.toLowerCase() ?? '';
  // Dropped place prefix, only when a distinctive word remains: "Tomato Industry" alone names no one.
  const isDistinctive = (w: string): boolean => {
    const lower = w.toLowerCase().replace(/[^a-z0-9]/g, '');
    return lower !== '' && !GENERIC.has(lower) && !PLACES.has(lower);
  };
  if (words.length >= 3 && (PLACES.has(first) || first === 'inner')) {
    const rest = words.slice(first === 'inner' ? 2 : 1);
    if (rest.some(isDistinctive)) positive(`${rest.join(' ')} Co., Ltd.`, 'dropped-word');
  }
  positive(
    `${stem}${[' (Group) Co., Ltd.', ' Co., Ltd. Branch Office', ' Holdings Co., Ltd.'][i % 3]}`,
    'added-word',
  );
  let replaced = 0;
  const renamed = words.map((w, k) => {
    const lower = w.toLowerCase().replace(/[^a-z0-9]/g, '');
    if (lower === '' || GENERIC.has(lower) || PLACES.has(lower) || /^[0-9]+$/.test(lower)) return w;
    for (let step = 0; step < POOL.length; step++) {
      const candidate = POOL[(i * 7 + k + step) % POOL.length] ?? 'yongxing';
      if (!listWords.has(candidate)) {
        replaced += 1;
        return candidate.charAt(0).toUpperCase() + candidate.slice(1);
      }
    }
    return w;
  });
  if (replaced > 0)
    push(
      { query: `${renamed.join(' ')} Co., Ltd.`, label: 'no-match', category: 'generated-negative' },
      `neg:${id}`,
    );
});

const fromHand = (c: HandCase): void => {
  const note = c.note === undefined ? {} : { note: c.note };
  if (c.entry === undefined)
    push({ query: c.query, label: 'no-match', category: c.category, ...note }, `neg:${c.query}`);
  else push({ query: c.query, entry: c.entry, label: 'match', category: c.category, ...note }, c.entry);
};
HAND_POSITIVES.forEach(fromHand);
HAND_NEGATIVES.forEach(fromHand);

if (import.meta.url === `file://${process.argv[1]}`) {
  const out = new URL('./cases.json', import.meta.url);
  writeFileSync(out, `${JSON.stringify(cases, null, 1)}\n`);
  const count = (f: (c: EvalCase) => boolean) => cases.filter(f).length;
  process.stdout.write(
    `${cases.length} cases: ${count((c) => c.label === 'match')} positives, ${count((c) => c.label === 'no-match')} negatives; dev ${count((c) => c.split === 'dev')}, test ${count((c) => c.split === 'test')}\n`,
  );
}
