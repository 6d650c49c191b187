import { describe, expect, it } from 'vitest';
import { checkRecruitment } from './check-recruitment.js';
import { parseWorkersJson } from './input/parsed-workers.js';
import { AS_OF, buildWorker, cost, MYR_NPR, myr, npr, payslip } from './testing/builders.js';
import { findingsOf, runChecks } from './testing/run.js';

describe('bad input: every entry point returns a Result, one bad record never stops the others', () => {
  it('refuses input that is not a list of records, and invalid options, as errors', () => {
    expect(checkRecruitment('workers', { asOf: AS_OF })._unsafeUnwrapErr().code).toBe('INVALID_TYPE');
    const bad = checkRecruitment([], { asOf: '2026-02-30' })._unsafeUnwrapErr();
    expect(bad.issues[0]).toMatchObject({ code: 'INVALID_DATE', path: ['options', 'asOf'] });
    expect(parseWorkersJson('{ not json')._unsafeUnwrapErr().code).toBe('INVALID_FORMAT');
  });

  it('reports a malformed record by row and id, with every issue path, and checks the rest', () => {
    const bad = buildWorker({
      id: 'W-BAD',
      costs: [
        cost('C-1', 'agency fee', { amountMinor: -100, currency: 'NPR' }),
        cost('C-2', 'medical', { amountMinor: 100, currency: 'XYZ' }),
        cost('C-3', 'ticket', { amountMinor: 10.5, currency: 'NPR' }),
      ],
    });
    const report = runChecks([
      buildWorker({ id: 'W-OK', costs: [cost('C-1', 'agency fee', npr(1_000))] }),
      bad,
    ]);
    expect(report.workers.map((w) => w.workerId)).toEqual(['W-OK']);
    const [error] = report.errors;
    expect(error).toMatchObject({ row: 2, workerId: 'W-BAD', facilityId: 'FAC-1', outcome: 'rejected' });
    expect(error?.issues.map((i) => [i.code, i.path.join('.')])).toEqual([
      ['OUT_OF_RANGE', 'costs.0.amount'],
      ['INVALID_CURRENCY_CODE', 'costs.1.amount.currency'],
      ['INVALID_MONEY_AMOUNT', 'costs.2.amount.amountMinor'],
    ]);
  });

  it('rejects dates after asOf, overlapping payslips and unknown loan references with coded issues', () => {
    const future = buildWorker({
      id: 'W-FUT',
      costs: [cost('C-1', 'agency fee', npr(1), { paidOn: '2026-12-01' })],
    });
    const overlap = buildWorker({
      id: 'W-OVL',
      payslips: [
        payslip(4, myr(1_700)),
        payslip(4, myr(1_700), [], { id: 'P-dup', periodStart: '2026-04-15', periodEnd: '2026-05-14' }),
      ],
    });
    const dangling = buildWorker({
      id: 'W-REF',
      payslips: [
        payslip(4, myr(1_700), [{ amount: myr(10), reason: 'loan', kind: 'loan-repayment', loanId: 'L-9' }]),
      ],
    });
    const report = runChecks([future, overlap, dangling]);
    expect(report.workers).toEqual([]);
    const issues = Object.fromEntries(
      report.errors.map((e) => [e.workerId, e.issues.map((i) => [i.code, i.path.join('.')])]),
    );
    expect(issues).toEqual({
      'W-FUT': [['DATE_AFTER_AS_OF', 'costs.0.paidOn']],
      'W-OVL': [['OVERLAPPING_PERIODS', 'payslips.1.periodStart']],
      'W-REF': [['UNKNOWN_REFERENCE', 'payslips.0.deductions.0.loanId']],
    });
  });

  it('rejects every record of a duplicated worker id, whatever the order', () => {
    const report = runChecks([
      buildWorker({ id: 'W-1' }),
      buildWorker({ id: 'W-2' }),
      buildWorker({ id: 'W-1' }),
    ]);
    expect(report.workers.map((w) => w.workerId)).toEqual(['W-2']);
    expect(report.errors.map((e) => [e.row, e.issues[0]?.code])).toEqual([
      [1, 'DUPLICATE_ID'],
      [3, 'DUPLICATE_ID'],
    ]);
  });

  it('turns a loan with no schedule into a finding, not an error', () => {
    const worker = buildWorker({
      id: 'W-NS',
      loans: [
        {
          id: 'L-1',
          kind: 'advance',
          principal: myr(500),
          issuedOn: '2026-04-10',
          lender: { kind: 'employer' },
        },
      ],
    });
    const report = runChecks([worker]);
    expect(report.errors).toEqual([]);
    expect(findingsOf(report, 'W-NS', 'recruitment.loan.no-schedule')[0]?.severity).toBe('high');
    expect(findingsOf(report, 'W-NS', 'recruitment.debt.bondage-indicator')).toHaveLength(1);
  });

  it('reports a missing FX rate for the worker and still checks what needs no rate', () => {
    const worker = buildWorker({ id: 'W-FX', costs: [cost('C-1', 'agency fee', npr(150_000))] });
    const report = checkRecruitment([worker], { asOf: AS_OF, fxRates: [] })._unsafeUnwrap();
    const error = report.errors[0];
    expect(error?.outcome).toBe('partial');
    expect(new Set(error?.issues.map((i) => i.code))).toEqual(new Set(['FX_RATE_MISSING']));
    expect(report.workers[0]?.feeBurden).toEqual({ repaidWithin90Days: false });
    expect(report.workers[0]?.remediation.inWorkerCurrency).toEqual(npr(150_000));
    expect(report.workers[0]?.remediation.inEmployerCurrency).toBeUndefined();
    expect(findingsOf(report, 'W-FX', 'recruitment.epp.fee-borne-by-worker')).toHaveLength(1);
    // The legal cap is in NPR like the fee: no rate needed.
    expect(findingsOf(report, 'W-FX', 'recruitment.legal-cap.exceeded')).toHaveLength(1);
    // The facility rating still counts the worker, in the lowest column.
    expect(report.facilities[0]?.feeRating.notRepaid.workersWithUnknownBand).toBe(1);
  });

  it('refuses an FX rate dated after asOf', () => {
    const worker = buildWorker({ id: 'W-1', costs: [cost('C-1', 'agency fee', npr(1_000))] });
    const report = runChecks([worker], { fxRates: [{ ...MYR_NPR, date: '2026-12-01' }] });
    expect(report.errors[0]?.issues.map((i) => i.code)).toContain('FX_RATE_OUT_OF_DATE');
  });

  it('uses the record count when the caller’s sample size is smaller, and says so', () => {
    const report = runChecks([buildWorker({ id: 'W-1' }), buildWorker({ id: 'W-2' })], {
      sampleSizes: { 'FAC-1': 1 },
    });
    expect(report.facilities[0]?.sampleSize).toBe(2);
    expect(report.errors[0]).toMatchObject({ facilityId: 'FAC-1', outcome: 'partial' });
    expect(report.errors[0]?.issues[0]?.code).toBe('OUT_OF_RANGE');
  });

  it('reports a cost it cannot classify for review and leaves it out of the amounts owed', () => {
    const worker = buildWorker({ id: 'W-U', costs: [cost('C-1', 'miscellaneous', npr(5_000))] });
    const report = runChecks([worker]);
    const [review] = findingsOf(report, 'W-U', 'recruitment.cost.unclassified');
    expect(review?.severity).toBe('medium');
    expect(review?.metrics.amount).toEqual(npr(5_000));
    expect(report.workers[0]?.remediation.items).toEqual([]);
  });
});
