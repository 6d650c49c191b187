import type { FindingInput } from '@unforced/core';
import * as risk from '/work/main/packages/risk/dist/index.js';
import type { SupplierEvidenceInput } from '@unforced/risk';
const AS_OF = '2026-11-22';
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}
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


const N = 50000;
const inputs = Array.from({ length: N }, (_, i) => supplier(i));
const model = risk.createRiskModel()._unsafeUnwrap();
for (let round = 0; round < 8; round++) {
  let t = performance.now();
  for (const x of inputs) risk.SupplierEvidence.safeParse(x);
  const parse = (performance.now() - t) * 1000 / N;
  t = performance.now();
  for (const x of inputs) model.assess(x, AS_OF);
  const full = (performance.now() - t) * 1000 / N;
  console.log(`parse ${parse.toFixed(2)} µs, assess ${full.toFixed(2)} µs`);
}
