import { createHash } from 'node:crypto';
import { uflpaEntities } from '@unforced/reference-data';
import {
  createScreeningIndex,
  type ScreeningIndex,
  type ScreeningListInput,
  screenBatch,
  uflpaScreeningList,
} from '@unforced/screening';
import { describe, expect, it } from 'vitest';
import { mulberry32 } from '../support/mulberry32.js';

// A determinism guard for performance work on the screener: a fixed set of a few thousand names,
// generated with a seeded generator, is screened against the UFLPA list plus a seeded synthetic list,
// and the SHA-256 of every serialised result (scores, decisions, entries, explanations, notes, error
// codes) must stay the value recorded here. The hashes were computed on the screener before its
// optimisation (commit "screening: determinism guard"); an optimisation that changes any result, even
// one explanation's rounding, fails this test. Change a hash only for a deliberate change of results,
// and say why in the commit.
const EXPECTED = {
  /** 4,000 entities, default index and thresholds (index.screen). */
  default: 'a266628d7e8504d4a76c097b56152928058e4d457837328c273d76e5471d01b3',
  /** The first 1,500 entities with potentialMatch 0.6 and maxResults 25 (more candidates scored). */
  lowThreshold: '05629718ea588eaf7b50fbc877ce96cf310907d986d157973ec7247fa91baea2',
  /** The first 1,500 entities on an index with maxCandidates 8 (the candidate cap binds often). */
  fewCandidates: 'c2bee7e37704220f056b08a41a86d1920b8ff6be424fc3ae030ff5fc540691a7',
};

const rng = mulberry32;
const SYLLABLES =
  'an ba bai bao bei chang chen da de dong fa feng fu gang guang hai hao he hong hua hui jia jian jiang jin kai kang li lian long ma ming nan ping qi rong rui sen shan sheng shi tai tian tong wan wei xiang xin xing ya yang yi yong yu yuan yun zhen zhong'.split(
    ' ',
  );
const PLACES =
  'Xinjiang Aksu Hotan Kashgar Urumqi Changji Shihezi Zhejiang Jiangsu Guangdong Ningbo Dongguan'.split(' ');
const BUSINESS =
  'Textile Textiles Cotton Garment Apparel Trading Industry Industrial Technology Tech Logistics Food Chemical Solar Silicon Materials Intl Import Export'.split(
    ' ',
  );
const LEGAL = ['Co., Ltd.', 'Co. Ltd', 'Limited', 'Ltd.', 'Inc.', 'Group Co., Ltd.', 'LLC', 'GmbH', ''];
const HAN_CHARS = ['华', '孚', '恒', '丰', '宏', '盛', '金', '宝', '天', '虹', '永', '兴', '泰', '达'];
const HAN_WORDS = ['纺织', '棉业', '服装', '贸易', '科技', '实业'];
const HAN_PLACES = ['新疆', '阿克苏', '和田', '喀什', '浙江'];
const COUNTRIES = ['CN', 'CN', 'CN', 'US', 'VN', 'MY'];

const r = rng(20260417);
const pick = <T>(list: readonly T[]): T => list[Math.floor(r() * list.length)] as T;
// A pool of distinctive words small enough that many list names share one.
const POOL = Array.from({ length: 400 }, () => pick(SYLLABLES) + pick(SYLLABLES));
const cap = (w: string): string => w.charAt(0).toUpperCase() + w.slice(1);
const word = (): string => cap(r() < 0.7 ? pick(POOL) : pick(SYLLABLES) + pick(SYLLABLES));
const companyName = (): string => {
  const parts = [
    r() < 0.8 ? pick(PLACES) : '',
    word(),
    r() < 0.25 ? word() : '',
    pick(BUSINESS),
    r() < 0.4 ? pick(BUSINESS) : '',
    r() < 0.1 ? `(${pick(PLACES)})` : '',
    pick(LEGAL),
  ];
  return parts.filter((p) => p !== '').join(' ');
};
const hanName = (): string =>
  `${pick(HAN_PLACES)}${pick(HAN_CHARS)}${pick(HAN_CHARS)}${pick(HAN_WORDS)}有限公司`;
const typo = (name: string): string => {
  const i = 1 + Math.floor(r() * (name.length - 2));
  return r() < 0.5
    ? name.slice(0, i) + name.slice(i + 1)
    : name.slice(0, i) + (name[i + 1] ?? '') + (name[i] ?? '') + name.slice(i + 2);
};

const uflpa = uflpaScreeningList();
const synthetic: ScreeningListInput = {
  id: 'synthetic-guard',
  title: 'Synthetic list (determinism guard)',
  edition: { datasetId: 'synthetic-guard', edition: 'guard' },
  entries: Array.from({ length: 2_000 }, (_, i) => ({
    id: `g-${i}`,
    names: [companyName()],
    aliases: r() < 0.3 ? [r() < 0.5 ? companyName() : hanName()] : [],
    ...(r() < 0.3 ? { country: pick(COUNTRIES) } : {}),
    ...(r() < 0.1 ? { addresses: [`No. ${i} ${word()} Road, ${pick(PLACES)}`] } : {}),
    ...(r() < 0.05 ? { identifiers: [{ scheme: 'uscc', value: `9165${i}MA` }] } : {}),
    ...(r() < 0.1 ? { includesSubsidiaries: true } : {}),
  })),
};
const listNames = [
  ...uflpaEntities().flatMap((e) => [e.name, ...e.aliases.map((a) => a.name)]),
  ...synthetic.entries.flatMap((e) => [...e.names, ...(e.aliases ?? [])]),
];
const BAD: unknown[] = [
  { id: 'empty', name: '' },
  { id: 'legal-only', name: 'Co., Ltd.' },
  { id: 'control', name: 'Acme\u0007 Textile' },
  { id: 'long', name: 'x'.repeat(1_001) },
  'not an object',
  { name: 'no id' },
];
const entities: unknown[] = Array.from({ length: 4_000 }, (_, i) => {
  const roll = r();
  let name: string;
  if (roll < 0.15) name = typo(pick(listNames));
  else if (roll < 0.25) name = pick(listNames).toUpperCase();
  else if (roll < 0.3) name = `${pick(listNames)} ${pick(PLACES)} Branch`;
  else if (roll < 0.4) name = hanName();
  else if (roll < 0.45) name = pick(listNames).split(' ').reverse().join(' ');
  else name = companyName();
  if (i % 97 === 0) return BAD[(i / 97) % BAD.length];
  return {
    id: `E-${i}`,
    name,
    ...(r() < 0.15 ? { aliases: [r() < 0.5 ? companyName() : typo(pick(listNames))] } : {}),
    ...(r() < 0.3 ? { country: pick(COUNTRIES) } : {}),
    ...(r() < 0.05 ? { address: `No. ${i % 2_000} ${word()} Road, ${pick(PLACES)}` } : {}),
    ...(r() < 0.02 ? { identifiers: [{ scheme: 'USCC', value: `9165${i % 2_000}ma` }] } : {}),
  };
});

const serialise = (result: ReturnType<ScreeningIndex['screen']>): string =>
  result.isOk()
    ? JSON.stringify(result.value)
    : JSON.stringify({ error: result.error.code, message: result.error.message, path: result.error.path });
const sha256 = (lines: readonly string[]): string =>
  createHash('sha256').update(lines.join('\n')).digest('hex');

const index = createScreeningIndex([uflpa, synthetic])._unsafeUnwrap();

describe('screening determinism guard', () => {
  it('gives byte-identical results for a fixed set of 4,000 generated entities', async () => {
    const lines = entities.map((e) => serialise(index.screen(e as never)));
    // The set exercises every path: matches, potential matches, errors.
    expect(lines.filter((l) => l.includes('"decision":"match"')).length).toBeGreaterThan(500);
    expect(lines.filter((l) => l.includes('"decision":"potential-match"')).length).toBeGreaterThan(100);
    expect(lines.filter((l) => l.startsWith('{"error"')).length).toBeGreaterThan(30);
    expect(sha256(lines)).toBe(EXPECTED.default);
    // screenBatch gives the same results, from an array and from an async iterable.
    const batched: string[] = [];
    for await (const item of screenBatch(index, entities)) batched.push(serialise(item.result));
    expect(sha256(batched)).toBe(EXPECTED.default);
    async function* stream() {
      for (const e of entities) yield e;
    }
    const streamed: string[] = [];
    for await (const item of screenBatch(index, stream())) streamed.push(serialise(item.result));
    expect(sha256(streamed)).toBe(EXPECTED.default);
  });

  it('gives byte-identical results with a low threshold and more results', () => {
    const options = { thresholds: { potentialMatch: 0.6 }, maxResults: 25 };
    const lines = entities.slice(0, 1_500).map((e) => serialise(index.screen(e as never, options)));
    expect(sha256(lines)).toBe(EXPECTED.lowThreshold);
  });

  it('gives byte-identical results when the candidate cap binds', () => {
    const few = createScreeningIndex([uflpa, synthetic], { maxCandidates: 8 })._unsafeUnwrap();
    const lines = entities.slice(0, 1_500).map((e) => serialise(few.screen(e as never)));
    expect(sha256(lines)).toBe(EXPECTED.fewCandidates);
  });
});
