import { readFileSync } from 'node:fs';
import { type WorkerRecord, WorkerRecord as WorkerRecordSchema } from '@unforced/core';
import { checkRecruitment } from '@unforced/recruitment';
import { describe, expect, it } from 'vitest';
import { renderMarkdown } from '../render/render-markdown.js';
import { renderPdf } from '../render/render-pdf.js';
import { recruitmentReportFromCheck } from './from-recruitment.js';

const data = new URL('../../../../examples/data/', import.meta.url);
const records = (JSON.parse(readFileSync(new URL('workers.json', data), 'utf8')) as unknown[]).flatMap(
  (r) => {
    const parsed = WorkerRecordSchema.safeParse(r);
    return parsed.success ? [parsed.data as WorkerRecord] : [];
  },
);
const fxRates = [
  { base: 'MYR', quote: 'NPR', rate: '28.35', date: '2026-11-20' },
  { base: 'MYR', quote: 'BDT', rate: '25.90', date: '2026-11-20' },
];
const check = checkRecruitment(records, { asOf: '2026-11-22', fxRates })._unsafeUnwrap();

describe('recruitmentReportFromCheck', () => {
  it('reports the glove factory: workers who bore fees, the fee matrix, remediation and findings', () => {
    const report = recruitmentReportFromCheck(check, {
      facilityId: 'FAC-MY-01',
      workers: records,
      facility: { name: 'Klang Valley Gloves, plant 1', supplierName: 'Klang Valley Gloves Sdn Bhd' },
    })._unsafeUnwrap();
    expect(report.facility).toEqual({
      id: 'FAC-MY-01',
      name: 'Klang Valley Gloves, plant 1',
      country: 'MY',
      supplierName: 'Klang Valley Gloves Sdn Bhd',
    });
    expect(report.sample.workersInSample).toBe(3);
    expect(report.workers.map((w) => w.workerId)).toEqual(['W-0193', 'W-0207']);
    const nepali = report.workers[0];
    // NPR 170,000 / 28.35 = MYR 5,996.47 = 3.53 months of MYR 1,700 (worked out by hand in the quick start).
    expect(nepali?.feesPaid).toEqual({ amountMinor: 599_647, currency: 'MYR' });
    expect(nepali?.feeMonthsOfWage).toBeCloseTo(3.5273, 3);
    expect(nepali?.dueDate).toBe('2027-02-20');
    expect(report.rating).toMatchObject({ scenario: 'not-reimbursed', grade: 'priority', row: 0, column: 3 });
    expect(report.findings.every((f) => f.subject.kind === 'facility' || f.subject.kind === 'worker')).toBe(
      true,
    );
    expect(report.actions.length).toBeGreaterThan(0);
    expect(report.actions[0]?.priority).toBe('critical');
    expect(renderMarkdown(report)._unsafeUnwrap()).toContain('W-0193');
  });

  it('renders as a PDF', async () => {
    const report = recruitmentReportFromCheck(check, {
      facilityId: 'FAC-MY-01',
      workers: records,
    })._unsafeUnwrap();
    expect((await renderPdf(report)).isOk()).toBe(true);
  });

  it('refuses an unknown facility', () => {
    const error = recruitmentReportFromCheck(check, {
      facilityId: 'FAC-X',
      workers: records,
    })._unsafeUnwrapErr();
    expect(error.code).toBe('UNKNOWN_REFERENCE');
  });
});
