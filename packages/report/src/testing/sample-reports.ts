import type { FindingInput } from '@unforced/core';
import type { PortfolioReportInput } from '../model/portfolio-report.js';
import type { RecruitmentFeeReportInput } from '../model/recruitment-report.js';
import type { SupplierRiskReportInput } from '../model/supplier-report.js';
import type { TraceReportInput } from '../model/trace-report.js';

// Synthetic data for tests, documentation images and the benchmark. Names are invented; they exercise
// Han, Vietnamese, Turkish, Polish and Cyrillic text.

/** Supplier names in the scripts the bundled fonts must render. */
export const MULTISCRIPT_NAMES = [
  '广州市纺织有限公司',
  'Công ty TNHH May mặc Hưng Yên',
  'Şükrü Gülşen Tekstil Sanayi A.Ş.',
  'Zakład Produkcyjny Łódź Sp. z o.o.',
  'ООО «Текстиль-Иваново»',
  '臺灣精密電子股份有限公司',
] as const;

const HASH = (n: number): string => n.toString(16).padStart(2, '0').repeat(32);

const provenance = { methodology: { id: 'unforced/recruitment', version: '0.1.0' }, dataEditions: [] };

/** A finding for tests. */
export function sampleFinding(i: number, overrides: Partial<FindingInput> = {}): FindingInput {
  const severities = ['critical', 'high', 'medium', 'low'] as const;
  return {
    code: i % 2 === 0 ? 'recruitment.fee.borne-by-worker' : 'recruitment.documents.retained',
    severity: severities[i % 4] ?? 'low',
    indicators: i % 2 === 0 ? ['debt-bondage'] : ['retention-of-identity-documents'],
    subject: { kind: 'worker', id: `W-${String(i).padStart(4, '0')}` },
    message:
      i % 2 === 0
        ? `The worker paid NPR ${(150000 + i * 1000).toLocaleString('en')} in recruitment fees to the agency in Kathmandu.`
        : 'The employer holds the worker’s passport without a receipt or access within 12 hours.',
    metrics: { feeMonthsOfWage: 2.3 },
    evidence: [{ id: `receipt-${i}`, kind: 'receipt', sha256: HASH(i % 256) }],
    standards:
      i % 2 === 0
        ? [{ standard: 'ILO-FAIR-RECRUITMENT-2019', clause: 'General Principle 7' }]
        : [{ standard: 'RBA-COC-8.0', clause: 'A1 Freely chosen employment' }],
    basis: 'observed',
    asOf: '2026-11-22',
    provenance,
    ...overrides,
  };
}

const META = {
  asOf: '2026-11-22',
  preparedBy: 'Responsible Sourcing, Example Retail plc',
  dataEditions: [
    { datasetId: 'us-dol-tvpra-list', edition: '2024' },
    { datasetId: 'us-tip-tiers', edition: 'TIP Report 2025' },
    { datasetId: 'us-dhs-uflpa-entity-list', edition: 'snapshot 2026-07-09' },
  ],
  methodologies: [{ id: 'unforced/risk', version: '0.1.0', title: 'Unforced supplier risk model' }],
};

/** A supplier risk assessment of a Vietnamese garment maker. */
export function sampleSupplierReport(findings = 8): SupplierRiskReportInput {
  return {
    type: 'supplier-risk-assessment',
    meta: { ...META, title: 'Supplier risk assessment', reference: 'CASE-2026-117' },
    supplier: {
      id: 'SUP-0042',
      name: 'Công ty TNHH May mặc Hưng Yên',
      country: 'VN',
      sectors: ['apparel', 'cotton textiles'],
      identifiers: { osId: 'VN2019145XYZ7A1' },
    },
    score: { value: 68.5, min: 0, max: 100 },
    tier: { label: 'high', severity: 'high' },
    confidence: 0.72,
    summary:
      'Workers recruited from Nepal paid recruitment fees of up to 2.3 months of wages, and the employer holds some passports. The supplier has agreed to repay the fees; repayment is due within 90 days.',
    factors: [
      {
        id: 'country',
        label: 'Country (VN)',
        value: 5,
        max: 10,
        weight: 0.3,
        contribution: 15,
        explanation: 'US TIP Report 2025 Tier 2 Watch List',
        source: 'us-tip-tiers TIP Report 2025',
      },
      {
        id: 'sector',
        label: 'Sector: apparel',
        value: 3,
        max: 4,
        weight: 0.2,
        contribution: 15,
        explanation: 'Garments on the DOL List of Goods for Vietnam',
        source: 'us-dol-tvpra-list 2024',
      },
      {
        id: 'workforce',
        label: 'Migrant workforce',
        value: 0.4,
        max: 1,
        weight: 0.15,
        contribution: 6,
        explanation: '40% of workers are international migrants',
      },
      {
        id: 'findings',
        label: 'Findings',
        value: 32.5,
        contribution: 32.5,
        explanation: 'Two critical and three high findings',
      },
    ],
    indicators: [
      {
        indicator: 'debt-bondage',
        status: 'present',
        strength: 'strong',
        findingCodes: ['recruitment.fee.borne-by-worker'],
        evidence: [{ id: 'receipt-0', kind: 'receipt', sha256: HASH(0) }],
      },
      {
        indicator: 'retention-of-identity-documents',
        status: 'present',
        strength: 'strong',
        findingCodes: ['recruitment.documents.retained'],
      },
      { indicator: 'excessive-overtime', status: 'suspected', findingCodes: [] },
      { indicator: 'withholding-of-wages', status: 'not-found' },
      { indicator: 'isolation', status: 'not-assessed' },
    ],
    findings: Array.from({ length: findings }, (_, i) => sampleFinding(i)),
    actions: [
      {
        action: 'Repay recruitment fees to the 14 affected workers',
        dueDate: '2027-02-20',
        step: 'remediate',
        priority: 'critical',
        amount: { amountMinor: 210000000, currency: 'NPR' },
        findingCodes: ['recruitment.fee.borne-by-worker'],
      },
      {
        action: 'Return passports and install personal lockers',
        dueDate: '2026-12-06',
        step: 'bring-to-end',
        priority: 'critical',
        findingCodes: ['recruitment.documents.retained'],
      },
      {
        action: 'Open a worker grievance channel in Nepali and Vietnamese',
        dueDate: '2027-01-15',
        step: 'complaints',
        priority: 'high',
      },
    ],
    previous: {
      asOf: '2025-11-20',
      score: { value: 74, min: 0, max: 100 },
      tier: { label: 'severe', severity: 'critical' },
    },
  };
}

const COUNTRIES = ['CN', 'VN', 'TR', 'PL', 'RU', 'TW', 'MY', 'BD', 'IN', 'TH'] as const;
const SECTORS = [
  'apparel',
  'electronics',
  'rubber gloves',
  'seafood',
  'solar polysilicon',
  'furniture',
] as const;
const TIERS = [
  { label: 'low', severity: 'low' },
  { label: 'medium', severity: 'medium' },
  { label: 'high', severity: 'high' },
  { label: 'severe', severity: 'critical' },
] as const;

/** A portfolio of `n` suppliers with deterministic synthetic scores. */
export function samplePortfolioReport(n: number, findings = 24): PortfolioReportInput {
  const suppliers = Array.from({ length: n }, (_, i) => {
    const score = (i * 37) % 100;
    return {
      supplierId: `SUP-${String(i + 1).padStart(4, '0')}`,
      name: `${MULTISCRIPT_NAMES[i % MULTISCRIPT_NAMES.length] ?? 'Supplier'} ${i + 1}`,
      country: COUNTRIES[i % COUNTRIES.length] ?? 'CN',
      sector: SECTORS[(i * 7) % SECTORS.length] ?? 'apparel',
      score: { value: score, min: 0, max: 100 },
      tier: TIERS[Math.min(3, Math.floor(score / 25))] ?? TIERS[0],
      confidence: 0.5 + ((i * 13) % 50) / 100,
      findingCounts: { critical: i % 3, high: i % 4, medium: i % 5, low: i % 2 },
      ...(i % 4 === 0
        ? {
            previous: {
              asOf: '2025-11-20',
              score: { value: Math.min(100, score + 5), min: 0, max: 100 },
              tier: TIERS[Math.min(3, Math.floor(Math.min(99, score + 5) / 25))] ?? TIERS[0],
            },
          }
        : {}),
    };
  });
  const ranked = [...suppliers].sort(
    (a, b) => b.score.value - a.score.value || a.supplierId.localeCompare(b.supplierId),
  );
  return {
    type: 'portfolio-due-diligence',
    meta: { ...META, title: 'Portfolio due-diligence summary', preparedFor: 'Board Audit Committee' },
    previousAsOf: '2025-11-20',
    summary: `${n} suppliers were assessed as of 2026-11-22 with the Unforced risk model 0.1.0.`,
    suppliers: ranked.map((s, i) => ({ ...s, rank: i + 1 })),
    findings: Array.from({ length: findings }, (_, i) =>
      sampleFinding(i, {
        subject: { kind: 'supplier', id: `SUP-${String((i % Math.max(1, n)) + 1).padStart(4, '0')}` },
      }),
    ),
    actions: Array.from({ length: Math.min(n, 12) }, (_, i) => ({
      action: i % 2 === 0 ? 'Verify repayment of recruitment fees' : 'Commission an unannounced audit',
      dueDate: i % 3 === 0 ? '2027-03-31' : '2027-01-15',
      step: i % 2 === 0 ? ('remediate' as const) : ('monitor' as const),
      priority: i % 2 === 0 ? ('critical' as const) : ('high' as const),
      supplierId: `SUP-${String(i + 1).padStart(4, '0')}`,
    })),
  };
}

/** A recruitment-fee audit of a Malaysian glove factory. */
export function sampleRecruitmentReport(): RecruitmentFeeReportInput {
  const workers = Array.from({ length: 14 }, (_, i) => {
    const paid = 9000000 + i * 1250000;
    return {
      workerId: `W-${String(i + 1).padStart(4, '0')}`,
      origin: i % 3 === 0 ? 'BD' : 'NP',
      recruiter: i % 2 === 0 ? 'Agency A (Kathmandu)' : 'Agency B (Dhaka)',
      feesPaid: { amountMinor: paid, currency: 'NPR' },
      monthlyWage: { amountMinor: 6500000, currency: 'NPR' },
      feeMonthsOfWage: Math.round((paid / 6500000) * 100) / 100,
      remediationOwed: { amountMinor: paid, currency: 'NPR' },
      dueDate: '2027-02-20',
    };
  });
  return {
    type: 'recruitment-fee-audit',
    meta: {
      ...META,
      title: 'Recruitment-fee audit',
      methodologies: [{ id: 'unforced/recruitment', version: '0.1.0' }],
    },
    facility: {
      id: 'FAC-MY-07',
      name: 'Glove plant 7, Klang',
      country: 'MY',
      supplierName: 'Example Gloves Sdn. Bhd.',
    },
    summary:
      'Fourteen of the 120 sampled workers paid recruitment fees in Nepal or Bangladesh. Under the Employer Pays Principle the employer repays them in full within 90 days.',
    sample: { workersInSample: 120, workersAffected: 14 },
    rating: {
      scenario: 'not-reimbursed',
      row: 2,
      column: 3,
      grade: 'priority',
      workersAffectedShare: 14 / 120,
      feeShareOfMonthlyWage: 3.88,
    },
    workers,
    findings: [sampleFinding(0), sampleFinding(1)],
    actions: [
      {
        action: 'Repay all recruitment fees to the 14 workers',
        dueDate: '2027-02-20',
        step: 'remediate',
        priority: 'critical',
        amount: { amountMinor: 240500000, currency: 'NPR' },
      },
    ],
  };
}

/** A UFLPA tracing summary for cotton shirts with a Xinjiang ginner in the chain. */
export function sampleTraceReport(): TraceReportInput {
  return {
    type: 'traceability-summary',
    meta: {
      ...META,
      title: 'UFLPA tracing summary',
      methodologies: [{ id: 'unforced/trace', version: '0.1.0' }],
    },
    product: { description: 'Men’s cotton shirts, style 4471', hsCode: '6205.20', lotIds: ['LOT-2026-0311'] },
    summary:
      'The cotton in lot LOT-2026-0311 was traced to two ginners. One lies in Xinjiang (CN-XJ): 35% of the lint comes from a high-risk origin, so the rebuttable presumption of the UFLPA applies unless that share is excluded.',
    parties: [
      { id: 'P0', name: 'Example Retail Inc.', tier: 0, role: 'importer', country: 'US' },
      { id: 'P1', name: 'Công ty May Hưng Yên', tier: 1, role: 'garment maker', country: 'VN' },
      {
        id: 'P2',
        name: '江苏华纺织造有限公司',
        tier: 2,
        role: 'weaver',
        country: 'CN',
        subdivision: 'CN-JS',
      },
      { id: 'P3', name: '无锡棉纺纱厂', tier: 3, role: 'spinner', country: 'CN', subdivision: 'CN-JS' },
      {
        id: 'P4',
        name: '阿克苏棉业有限公司',
        tier: 4,
        role: 'ginner',
        country: 'CN',
        subdivision: 'CN-XJ',
        highRisk: true,
      },
      { id: 'P5', name: 'Texas Cotton Gin LLC', tier: 4, role: 'ginner', country: 'US' },
    ],
    flows: [
      {
        from: 'P4',
        to: 'P3',
        material: 'cotton lint',
        quantity: '35 t',
        date: '2026-01-10',
        documentIds: ['D-1'],
      },
      {
        from: 'P5',
        to: 'P3',
        material: 'cotton lint',
        quantity: '65 t',
        date: '2026-01-18',
        documentIds: ['D-2', 'D-3'],
      },
      {
        from: 'P3',
        to: 'P2',
        material: 'cotton yarn',
        quantity: '90 t',
        date: '2026-02-20',
        documentIds: ['D-4'],
      },
      {
        from: 'P2',
        to: 'P1',
        material: 'woven fabric',
        quantity: '210,000 m',
        date: '2026-03-15',
        documentIds: ['D-5', 'D-6'],
      },
      {
        from: 'P1',
        to: 'P0',
        material: 'shirts',
        quantity: '48,000 pcs',
        date: '2026-05-02',
        documentIds: ['D-7', 'D-8'],
      },
    ],
    documents: [
      { id: 'D-1', kind: 'invoice', date: '2026-01-10' },
      { id: 'D-2', kind: 'invoice', date: '2026-01-18', sha256: HASH(2) },
      { id: 'D-3', kind: 'bill-of-lading', date: '2026-01-20', sha256: HASH(3) },
      { id: 'D-4', kind: 'production-record', date: '2026-02-20', sha256: HASH(4) },
      { id: 'D-5', kind: 'invoice', date: '2026-03-15', sha256: HASH(5) },
      { id: 'D-6', kind: 'packing-list', date: '2026-03-15', sha256: HASH(6) },
      { id: 'D-7', kind: 'invoice', date: '2026-05-02', sha256: HASH(7) },
      { id: 'D-8', kind: 'bill-of-lading', date: '2026-05-04', sha256: HASH(8) },
    ],
    exposure: {
      highRiskOrigin: 0.35,
      listedEntity: 0,
      unknownOrigin: 0.1,
      basis: 'share of cotton lint by weight entering the spinner',
    },
    missingEvidence: [
      {
        description: 'Raw-cotton purchase and payment records of the Xinjiang ginner',
        severity: 'critical',
        partyId: 'P4',
      },
      { description: 'Transport records from the ginner to the spinner', severity: 'high', partyId: 'P4' },
      {
        description: 'Mass-balance records of the spinner for January 2026',
        severity: 'medium',
        partyId: 'P3',
      },
    ],
    findings: [
      sampleFinding(0, {
        code: 'trace.origin.high-risk-region',
        severity: 'critical',
        indicators: [],
        subject: { kind: 'party', id: 'P4' },
        message: 'Cotton lint from a ginner in Xinjiang (CN-XJ) enters the chain.',
        standards: [{ standard: 'UFLPA', clause: 'Sec. 3(a) rebuttable presumption' }],
      }),
    ],
    actions: [
      {
        action: 'Exclude the Xinjiang lint or obtain clear and convincing evidence',
        dueDate: '2026-12-22',
        step: 'prevent',
        priority: 'critical',
      },
    ],
  };
}

/** One sample of each report type. */
export function sampleReports(): Record<string, unknown> {
  return {
    supplier: sampleSupplierReport(),
    portfolio: samplePortfolioReport(40),
    recruitment: sampleRecruitmentReport(),
    trace: sampleTraceReport(),
  };
}
