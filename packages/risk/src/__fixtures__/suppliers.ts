import type { FindingInput } from '@unforced/core';
import type { SupplierEvidenceInput } from '../input/supplier-evidence.js';

/** The as-of date of every fixture. */
export const AS_OF = '2026-11-22';

/** A finding as a check package would produce it (the risk model never imports those packages). */
export function finding(overrides: Partial<FindingInput> = {}): FindingInput {
  return {
    code: 'recruitment.fee.borne-by-worker',
    severity: 'high',
    indicators: ['debt-bondage'],
    subject: { kind: 'worker', id: 'W-0001' },
    message: 'The worker paid recruitment fees of 2.3 months of wages.',
    standards: [{ standard: 'ILO-FAIR-RECRUITMENT-2019', clause: 'General Principle 7' }],
    basis: 'observed',
    asOf: AS_OF,
    provenance: { methodology: { id: 'unforced/recruitment', version: '0.1.0' }, dataEditions: [] },
    ...overrides,
  };
}

/**
 * An audited Malaysian glove maker with fee findings: RBA audit a year before `asOf` (A1 fees, major,
 * open; A7 hours, minor, closed), three workers found to have paid fees, an independent audit and a
 * fee-repayment programme in force.
 */
export const GLOVE_MAKER: SupplierEvidenceInput = {
  supplier: {
    id: 'SUP-MY-001',
    name: 'Klang Glove Sdn Bhd',
    country: 'MY',
    sector: 'rubber gloves',
    goods: ['Rubber Gloves'],
    workforce: { workers: 2400, migrantShare: 0.7, agencyShare: 0.25, employerProvidedHousing: true },
    annualSpend: { amountMinor: 1_250_000_00, currency: 'MYR' },
  },
  findings: ['W-0001', 'W-0002', 'W-0003'].map((id) => finding({ subject: { kind: 'worker', id } })),
  auditFindings: [
    {
      id: 'AF-2025-01',
      supplierId: 'SUP-MY-001',
      standard: 'RBA VAP 8.0.2',
      clause: 'A1',
      grade: 'major',
      description: 'Migrant workers paid recruitment fees that have not been repaid',
      auditDate: '2025-11-22',
      announcement: 'semi-announced',
      status: 'open',
      indicators: ['debt-bondage'],
    },
    {
      id: 'AF-2025-02',
      supplierId: 'SUP-MY-001',
      standard: 'RBA VAP 8.0.2',
      clause: 'A7',
      grade: 'minor',
      description: 'Weekly hours above 60 in peak weeks',
      auditDate: '2025-11-22',
      status: 'closed',
      closedOn: '2026-02-01',
      indicators: ['excessive-overtime'],
    },
  ],
  mitigations: [
    { id: 'MIT-AUDIT', supplierId: 'SUP-MY-001', kind: 'independent-audit', since: '2025-11-22' },
    { id: 'MIT-FEES', supplierId: 'SUP-MY-001', kind: 'fee-repayment', since: '2026-09-15' },
  ],
};

/** An unvisited cotton gin in the Xinjiang Uyghur Autonomous Region: nothing but its context is known. */
export const XINJIANG_GIN: SupplierEvidenceInput = {
  supplier: {
    id: 'SUP-CN-007',
    name: 'Aksu Cotton Ginning Co.',
    country: 'CN',
    subdivision: 'CN-XJ',
    sector: 'cotton ginning',
    goods: ['Cotton'],
    annualSpend: { amountMinor: 80_000_00, currency: 'USD' },
  },
};

/** A UK logistics firm with no findings: screened on `asOf` with no hit, 30% agency workers. */
export const UK_LOGISTICS: SupplierEvidenceInput = {
  supplier: {
    id: 'SUP-GB-003',
    name: 'Midlands Freight Ltd',
    country: 'GB',
    sector: 'logistics',
    workforce: { workers: 140, agencyShare: 0.3 },
    annualSpend: { amountMinor: 400_000_00, currency: 'GBP' },
  },
  checks: [{ area: 'screening', runOn: AS_OF }],
};
