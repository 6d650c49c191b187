import type { AuditFinding, FindingInput, Grievance } from '@unforced/core';
import fc from 'fast-check';
import type { MitigationInput } from '../input/mitigation.js';
import type { SupplierEvidenceInput } from '../input/supplier-evidence.js';
import { plusDays } from '../internal/civil-days.js';
import { MITIGATION_KINDS } from '../policy/policy-schema.js';
import { AS_OF, finding } from './suppliers.js';

const INDICATORS = [
  'debt-bondage',
  'retention-of-identity-documents',
  'excessive-overtime',
  'deception',
] as const;
const SUPPLIER_ID = 'SUP-P';
const daysBefore = (max: number) => fc.integer({ min: 0, max }).map((d) => plusDays(AS_OF, -d));

/** A finding about the supplier under test, of any severity, basis, age and confidence. */
export const findingArb: fc.Arbitrary<FindingInput> = fc
  .record({
    code: fc.constantFrom(
      'recruitment.fee.borne-by-worker',
      'screening.uflpa.match',
      'trace.origin.xinjiang-exposure',
    ),
    severity: fc.constantFrom('low', 'medium', 'high', 'critical'),
    basis: fc.constantFrom('observed', 'inferred'),
    worker: fc.integer({ min: 1, max: 5 }),
    asOf: daysBefore(1500),
    confidence: fc.option(fc.double({ min: 0, max: 1, noNaN: true }), { nil: undefined }),
    indicators: fc.subarray([...INDICATORS]),
  })
  .map((r) =>
    finding({
      code: r.code,
      severity: r.severity,
      basis: r.basis,
      subject: { kind: 'worker', id: `W-${r.worker}` },
      asOf: r.asOf,
      indicators: r.indicators,
      ...(r.confidence === undefined ? {} : { confidence: r.confidence }),
    }),
  );

/** An audit finding about the supplier under test. */
export const auditArb: fc.Arbitrary<AuditFinding> = fc
  .record({
    n: fc.integer({ min: 1, max: 999 }),
    clause: fc.constantFrom('A1', 'A3', 'A7'),
    grade: fc.constantFrom('opportunity-for-improvement', 'minor', 'major', 'priority'),
    auditDate: daysBefore(1500),
    status: fc.constantFrom('open', 'closed'),
    indicators: fc.subarray([...INDICATORS]),
  })
  .map((r) => ({
    id: `AF-${r.n}`,
    supplierId: SUPPLIER_ID,
    standard: 'RBA VAP 8.0.2',
    clause: r.clause,
    grade: r.grade,
    description: 'non-conformance',
    auditDate: r.auditDate,
    status: r.status,
    indicators: r.indicators,
  }));

/** A grievance about the supplier under test. */
export const grievanceArb: fc.Arbitrary<Grievance> = fc
  .record({
    n: fc.integer({ min: 1, max: 999 }),
    receivedOn: daysBefore(900),
    status: fc.constantFrom('open', 'in-progress', 'resolved', 'dismissed'),
    indicators: fc.subarray([...INDICATORS]),
  })
  .map((r) => ({
    id: `G-${r.n}`,
    supplierId: SUPPLIER_ID,
    receivedOn: r.receivedOn,
    channel: 'hotline',
    summary: 'complaint',
    indicators: r.indicators,
    status: r.status,
    anonymous: true,
  }));

/** A mitigation of any kind, possibly expired or not yet in effect. */
export const mitigationArb: fc.Arbitrary<MitigationInput> = fc
  .record({
    n: fc.integer({ min: 1, max: 999 }),
    kind: fc.constantFrom(...MITIGATION_KINDS),
    since: fc.integer({ min: -30, max: 800 }).map((d) => plusDays(AS_OF, -d)),
    until: fc.option(
      fc.integer({ min: -400, max: 400 }).map((d) => plusDays(AS_OF, d)),
      { nil: undefined },
    ),
  })
  .map((r) => ({
    id: `M-${r.n}`,
    supplierId: SUPPLIER_ID,
    kind: r.kind,
    since: r.since,
    ...(r.until === undefined ? {} : { until: r.until }),
  }));

/** A supplier with a random context and a random mix of evidence. */
export const supplierEvidenceArb: fc.Arbitrary<SupplierEvidenceInput> = fc
  .record({
    place: fc.constantFrom(
      ['MY', undefined],
      ['CN', 'CN-XJ'],
      ['CN', 'CN-GD'],
      ['GB', undefined],
      ['NP', undefined],
      ['TH', undefined],
      ['US', undefined],
    ),
    sector: fc.constantFrom('rubber gloves', 'cotton ginning', 'logistics', 'garments', 'fishing', undefined),
    goods: fc.subarray(['Rubber Gloves', 'Cotton', 'Garments', 'Fish', 'Electronics']),
    workforce: fc.option(
      fc.record({
        migrantShare: fc.option(fc.double({ min: 0, max: 1, noNaN: true }), { nil: undefined }),
        agencyShare: fc.option(fc.double({ min: 0, max: 1, noNaN: true }), { nil: undefined }),
        employerProvidedHousing: fc.option(fc.boolean(), { nil: undefined }),
      }),
      { nil: undefined },
    ),
    findings: fc.array(findingArb, { maxLength: 8 }),
    auditFindings: fc.uniqueArray(auditArb, { maxLength: 4, selector: (a) => a.id }),
    grievances: fc.uniqueArray(grievanceArb, { maxLength: 3, selector: (g) => g.id }),
    mitigations: fc.uniqueArray(mitigationArb, { maxLength: 4, selector: (m) => m.id }),
  })
  .map((r) => {
    const country: string = r.place[0];
    const subdivision: string | undefined = r.place[1];
    const workforce =
      r.workforce === undefined
        ? undefined
        : Object.fromEntries(Object.entries(r.workforce).filter(([, v]) => v !== undefined));
    return {
      supplier: {
        id: SUPPLIER_ID,
        name: 'Property Supplier',
        country,
        ...(subdivision === undefined ? {} : { subdivision }),
        ...(r.sector === undefined ? {} : { sector: r.sector }),
        goods: r.goods,
        ...(workforce === undefined ? {} : { workforce }),
      },
      findings: r.findings,
      auditFindings: r.auditFindings,
      grievances: r.grievances,
      mitigations: r.mitigations,
    };
  });
