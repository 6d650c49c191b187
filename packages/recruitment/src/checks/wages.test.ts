import { describe, expect, it } from 'vitest';
import { buildWorker, myr, payslip } from '../testing/builders.js';
import { findingsOf, runChecks, workerCodes } from '../testing/run.js';

const contract = { monthlyGrossBaseWage: myr(1_500), startDate: '2026-04-01', language: 'ne' };
const d = (amount: number, kind: string, extra: Record<string, unknown> = {}) => ({
  amount: myr(amount),
  reason: kind,
  kind,
  ...extra,
});

describe('wage payment (RBA A4; ILO C095 Art. 12; ILO indicator 8)', () => {
  it('finds wages withheld or paid more than a month late, at the exact boundary', () => {
    const worker = buildWorker({
      id: 'W-1',
      contract,
      payslips: [
        // April ends 30 Apr; unpaid on 22 Nov, long past 30 May: withheld.
        payslip(4, myr(1_500), [], { paidOn: undefined }),
        // May ends 31 May; a month later is 30 Jun. Paid 30 Jun: on time.
        payslip(5, myr(1_500), [], { paidOn: '2026-06-30' }),
        // June ends 30 Jun; due by 30 Jul. Paid 31 Jul: late.
        payslip(6, myr(1_500), [], { paidOn: '2026-07-31' }),
        // October ends 31 Oct; unpaid on 22 Nov but not yet a month: not withheld.
        payslip(10, myr(1_500), [], { paidOn: undefined }),
      ],
    });
    const report = runChecks([worker]);
    const [withheld] = findingsOf(report, 'W-1', 'recruitment.wage.withheld');
    const [late] = findingsOf(report, 'W-1', 'recruitment.wage.paid-late');
    expect(withheld?.metrics).toMatchObject({ payslips: 'P-2026-04', count: 1 });
    expect(late?.metrics).toMatchObject({ payslips: 'P-2026-06', count: 1 });
    expect(withheld?.indicators).toEqual(['withholding-of-wages']);
    expect(withheld?.severity).toBe('critical');
  });

  it('flags deductions above half of gross pay, not at exactly half', () => {
    const half = buildWorker({ id: 'W-HALF', contract, payslips: [payslip(4, myr(1_500), [d(750, 'tax')])] });
    const over = buildWorker({
      id: 'W-OVER',
      contract,
      payslips: [
        payslip(4, myr(1_500), [
          d(750, 'tax'),
          { amount: { amountMinor: 1, currency: 'MYR' }, reason: 'tax', kind: 'tax' },
        ]),
      ],
    });
    const report = runChecks([half, over]);
    expect(findingsOf(report, 'W-HALF', 'recruitment.wage.low-net-share')).toEqual([]);
    // (750.01) / 1,500 > 50%: lowest net share = 749.99 / 1,500 = 0.499993… → 0.5 at 4 decimals.
    const [low] = findingsOf(report, 'W-OVER', 'recruitment.wage.low-net-share');
    expect(low?.metrics.count).toBe(1);
  });
});

describe('deductions (ILO C095 Arts. 8 and 9; RBA A1 and A4)', () => {
  it('sorts each deduction under its rule and totals what must be returned', () => {
    const worker = buildWorker({
      id: 'W-D',
      contract,
      payslips: [
        payslip(4, myr(1_500), [
          d(100, 'tax'),
          d(50, 'disciplinary'),
          d(200, 'deposit'),
          d(300, 'accommodation'),
          d(100, 'food', { lawfulBasis: 'Employment Act 1955 s.24' }),
          d(80, 'recruitment-fee'),
        ]),
        payslip(5, myr(1_500), [d(20, 'savings'), d(40, 'equipment')]),
      ],
    });
    const report = runChecks([worker]);
    expect(workerCodes(report)).toEqual([
      'W-D recruitment.epp.fee-deducted-from-wages',
      'W-D recruitment.fee-burden.months-of-wage',
      'W-D recruitment.remediation.repay-worker',
      'W-D recruitment.wage.deduction-to-obtain-employment',
      'W-D recruitment.wage.deduction-without-lawful-basis',
      'W-D recruitment.wage.deposit-or-mandatory-savings',
      'W-D recruitment.wage.disciplinary-deduction',
      'W-D recruitment.wage.equipment-deduction',
      // April: 100 + 50 + 200 + 300 + 100 + 80 = 830 of 1,500 = 55% > 50%.
      'W-D recruitment.wage.low-net-share',
    ]);
    // Deposit 200 + savings 20 = MYR 220 on two payslips.
    expect(
      findingsOf(report, 'W-D', 'recruitment.wage.deposit-or-mandatory-savings')[0]?.metrics,
    ).toMatchObject({
      amount: myr(220),
      count: 2,
      payslips: 'P-2026-04, P-2026-05',
    });
    // Owed: recruitment 80 + disciplinary 50 + deposit/savings 220 + equipment 40 + no basis 300 = MYR 690.
    expect(report.workers[0]?.remediation.inEmployerCurrency).toEqual(myr(690));
    // The recruitment deduction is 80 / 1,500 = 5.33% of a month's wage: band 5–<100%.
    expect(findingsOf(report, 'W-D', 'recruitment.fee-burden.months-of-wage')[0]?.metrics.feeBand).toBe(
      '5-to-100',
    );
  });

  it('takes recruitment deductions as the recovery of costs recorded as recovered, without counting twice', () => {
    const worker = buildWorker({
      id: 'W-R',
      contract,
      costs: [
        {
          id: 'C-1',
          description: 'levy',
          amount: myr(500),
          paidOn: '2026-04-01',
          paidBy: 'employer',
          recoveredThroughDeductions: true,
        },
      ],
      payslips: [4, 5, 6].map((m) => payslip(m, myr(1_500), [d(200, 'recruitment-fee')])),
    });
    const report = runChecks([worker]);
    // Deducted 3 × 200 = 600; recorded recovered cost 500; excess 100. Owed 500 + 100 = MYR 600.
    expect(findingsOf(report, 'W-R', 'recruitment.epp.fee-deducted-from-wages')[0]?.metrics.deducted).toEqual(
      myr(100),
    );
    expect(report.workers[0]?.remediation.inEmployerCurrency).toEqual(myr(600));
    expect(findingsOf(report, 'W-R', 'recruitment.epp.related-cost-borne-by-worker')[0]?.indicators).toEqual([
      'debt-bondage',
    ]);
  });

  it('counts repayments of a recruitment debt as deductions to obtain employment', () => {
    const worker = buildWorker({
      id: 'W-RD',
      contract,
      loans: [
        {
          id: 'L-1',
          kind: 'recruitment-debt',
          principal: myr(1_000),
          issuedOn: '2026-03-01',
          lender: { kind: 'recruiter' },
          schedule: { installment: myr(100), frequency: 'monthly', firstDueOn: '2026-04-30' },
        },
      ],
      payslips: [4, 5].map((m) => payslip(m, myr(1_500), [d(100, 'loan-repayment', { loanId: 'L-1' })])),
    });
    const report = runChecks([worker]);
    expect(
      findingsOf(report, 'W-RD', 'recruitment.wage.deduction-to-obtain-employment')[0]?.metrics.amount,
    ).toEqual(myr(200));
    const [bondage] = findingsOf(report, 'W-RD', 'recruitment.debt.bondage-indicator');
    expect(bondage?.standards).toContainEqual({ standard: 'ILO-C095', clause: 'Art. 9' });
  });
});
