import { describe, expect, it } from 'vitest';
import {
  sampleRecruitmentReport,
  sampleSupplierReport,
  sampleTraceReport,
} from '../testing/sample-reports.js';
import { validateReport } from './report.js';

describe('validateReport', () => {
  it('fills defaults: disclosure is off unless the caller opts in', () => {
    const report = validateReport(sampleSupplierReport()).unwrapOr(undefined);
    expect(report?.disclosure).toEqual({ workerNames: false, documentNumbers: false });
  });

  it('reports every problem with its code and path', () => {
    const bad = {
      ...sampleSupplierReport(),
      confidence: 1.5,
      extra: true,
      supplier: { id: 'S', name: '', country: 'XX' },
    };
    const result = validateReport(bad);
    expect(result.isErr()).toBe(true);
    const issues = result._unsafeUnwrapErr().issues.map((i) => `${i.code} ${i.path.join('.')}`);
    expect(issues).toContain('OUT_OF_RANGE confidence');
    expect(issues).toContain('UNKNOWN_FIELD extra');
    expect(issues).toContain('OUT_OF_RANGE supplier.name');
    expect(issues).toContain('INVALID_COUNTRY_CODE supplier.country');
  });

  it('rejects a report type it does not know, and non-objects, without throwing', () => {
    expect(validateReport({ type: 'nope' }).isErr()).toBe(true);
    expect(validateReport(null).isErr()).toBe(true);
    expect(validateReport('report').isErr()).toBe(true);
  });

  it('refuses a worker name or document number without the opt-in (DISCLOSURE_REQUIRED with the path)', () => {
    const base = sampleRecruitmentReport();
    const [first, ...rest] = base.workers;
    const withName = {
      ...base,
      workers: [{ ...first, name: 'Ram Bahadur', identityDocumentNumber: 'PA1234567' }, ...rest],
    };
    const result = validateReport(withName);
    const issues = result._unsafeUnwrapErr().issues.map((i) => `${i.code} ${i.path.join('.')}`);
    expect(issues).toEqual([
      'DISCLOSURE_REQUIRED workers.0.name',
      'DISCLOSURE_REQUIRED workers.0.identityDocumentNumber',
    ]);
    const optedIn = { ...withName, disclosure: { workerNames: true, documentNumbers: true } };
    expect(validateReport(optedIn).isOk()).toBe(true);
  });

  it('refuses business document numbers without the opt-in and flows to unknown parties', () => {
    const base = sampleTraceReport();
    const bad = {
      ...base,
      documents: [{ id: 'D-1', kind: 'invoice', number: 'INV-77' }],
      flows: [{ from: 'P0', to: 'P99', material: 'x' }],
    };
    const issues = validateReport(bad)
      ._unsafeUnwrapErr()
      .issues.map((i) => `${i.code} ${i.path.join('.')}`);
    expect(issues).toContain('DISCLOSURE_REQUIRED documents.0.number');
    expect(issues).toContain('VALIDATION_FAILED flows.0.to');
  });

  it('rejects a score outside its scale and a fee-matrix cell outside the reimbursed scenario', () => {
    const s = { ...sampleSupplierReport(), score: { value: 120, min: 0, max: 100 } };
    expect(validateReport(s)._unsafeUnwrapErr().issues[0]?.path).toEqual(['score']);
    const base = sampleRecruitmentReport();
    const r = { ...base, rating: { ...base.rating, scenario: 'reimbursed', row: 3, column: 3 } };
    expect(validateReport(r)._unsafeUnwrapErr().issues[0]?.path).toEqual(['rating']);
  });
});
