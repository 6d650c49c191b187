import { describe, expect, it } from 'vitest';
import { buildWorker, cost, money, npr } from '../testing/builders.js';
import { findingsOf, runChecks } from '../testing/run.js';

const SAR_PHP = { base: 'SAR', quote: 'PHP', rate: '15.50', date: '2026-11-01' };
const TWD_VND = { base: 'TWD', quote: 'VND', rate: '800', date: '2026-11-01' };

describe('legal fee caps by corridor (reference-data rules)', () => {
  it('Philippines → Saudi Arabia: one month’s basic salary', () => {
    const worker = buildWorker({
      id: 'W-PH',
      originCountry: 'PH',
      destinationCountry: 'SA',
      contract: { monthlyGrossBaseWage: money(1_500, 'SAR'), startDate: '2026-04-01', language: 'en' },
      costs: [cost('C-1', 'placement fee', money(30_000, 'PHP'))],
    });
    const [cap] = findingsOf(
      runChecks([worker], { fxRates: [SAR_PHP] }),
      'W-PH',
      'recruitment.legal-cap.exceeded',
    );
    // PHP 30,000 ÷ 15.50 = SAR 1,935.4838… → SAR 1,935.48; cap 1 × SAR 1,500.00; excess SAR 435.48.
    expect(cap?.metrics).toMatchObject({
      ruleId: 'ph-placement-fee-one-month',
      charged: { amountMinor: 193_548, currency: 'SAR' },
      cap: money(1_500, 'SAR'),
      excess: { amountMinor: 43_548, currency: 'SAR' },
    });
    expect(cap?.severity).toBe('high');
    expect(cap?.confidence).toBe(0.9);
  });

  it('Philippines, domestic worker: zero', () => {
    const worker = buildWorker({
      id: 'W-PH-DW',
      originCountry: 'PH',
      destinationCountry: 'SA',
      occupationCategory: 'domestic-work',
      contract: { monthlyGrossBaseWage: money(1_500, 'SAR'), startDate: '2026-04-01', language: 'en' },
      costs: [cost('C-1', 'placement fee', money(5_000, 'PHP'))],
    });
    const caps = findingsOf(
      runChecks([worker], { fxRates: [SAR_PHP] }),
      'W-PH-DW',
      'recruitment.legal-cap.exceeded',
    );
    expect(caps.map((f) => f.metrics.ruleId)).toEqual(['ph-no-fee-domestic-workers-seafarers']);
    expect(caps[0]?.metrics.excess).toEqual(money(5_000, 'PHP'));
  });

  it('Vietnam: one month’s wage per 12 months of contract; a rule to verify is at most medium', () => {
    const vn = (id: string, months: number) =>
      buildWorker({
        id,
        originCountry: 'VN',
        destinationCountry: 'TW',
        contract: {
          monthlyGrossBaseWage: money(27_470, 'TWD'),
          startDate: '2026-04-01',
          durationMonths: months,
          language: 'vi',
        },
        languages: ['vi'],
        costs: [cost('C-1', 'service fee', { amountMinor: 60_000_000, currency: 'VND' })],
      });
    const report = runChecks([vn('W-VN-36', 36), vn('W-VN-24', 24)], { fxRates: [TWD_VND] });
    expect(report.errors).toEqual([]);
    // VND 60,000,000 ÷ 800 = TWD 75,000. 36 months: cap 3 × 27,470 = 82,410 → within.
    expect(findingsOf(report, 'W-VN-36', 'recruitment.legal-cap.exceeded')).toEqual([]);
    // 24 months: cap 2 × 27,470 = 54,940 → excess 75,000 − 54,940 = TWD 20,060.
    const [cap] = findingsOf(report, 'W-VN-24', 'recruitment.legal-cap.exceeded');
    expect(cap?.metrics.excess).toEqual(money(20_060, 'TWD'));
    expect(cap?.metrics.verify).toBe(true);
    expect(cap?.severity).toBe('medium');
  });

  it('India: Rs 30,000, no FX needed', () => {
    const worker = buildWorker({
      id: 'W-IN',
      originCountry: 'IN',
      destinationCountry: 'AE',
      contract: { monthlyGrossBaseWage: money(2_000, 'AED'), startDate: '2026-04-01', language: 'hi' },
      languages: ['hi'],
      costs: [cost('C-1', 'service charge', money(50_000, 'INR'))],
    });
    const [cap] = findingsOf(runChecks([worker]), 'W-IN', 'recruitment.legal-cap.exceeded');
    expect(cap?.metrics.excess).toEqual(money(20_000, 'INR'));
  });

  it('Bangladesh → Malaysia counts related costs too (medium confidence)', () => {
    const worker = buildWorker({
      id: 'W-BD',
      originCountry: 'BD',
      languages: ['bn'],
      contract: { monthlyGrossBaseWage: money(1_500, 'MYR'), startDate: '2026-04-01', language: 'bn' },
      costs: [
        cost('C-1', 'service charge', money(420_000, 'BDT')),
        cost('C-2', 'air ticket', money(65_000, 'BDT')),
      ],
    });
    const [cap] = findingsOf(runChecks([worker]), 'W-BD', 'recruitment.legal-cap.exceeded');
    // 420,000 + 65,000 = BDT 485,000 against Tk 78,990: excess BDT 406,010.
    expect(cap?.metrics.excess).toEqual(money(406_010, 'BDT'));
    expect(cap?.severity).toBe('medium');
  });

  it('a low-confidence rule (Myanmar → Thailand) never gives a high-severity finding', () => {
    const worker = buildWorker({
      id: 'W-MM',
      originCountry: 'MM',
      destinationCountry: 'TH',
      languages: ['my'],
      contract: { monthlyGrossBaseWage: money(10_000, 'THB'), startDate: '2026-04-01', language: 'my' },
      costs: [cost('C-1', 'agent fee', { amountMinor: 50_000_000, currency: 'MMK' })],
    });
    const [cap] = findingsOf(runChecks([worker]), 'W-MM', 'recruitment.legal-cap.exceeded');
    expect(cap?.metrics.ruleConfidence).toBe('low');
    expect(cap?.severity).toBe('low');
    expect(cap?.confidence).toBe(0.3);
  });

  it('Nepal FVFT: the visa and air ticket are the employer’s', () => {
    const worker = buildWorker({
      id: 'W-NP',
      costs: [cost('C-1', 'Air ticket KTM-KUL', npr(60_000)), cost('C-2', 'visa', npr(15_000))],
    });
    const report = runChecks([worker]);
    expect(report.errors).toEqual([]);
    const items = findingsOf(report, 'W-NP', 'recruitment.legal-cap.employer-pays-item-charged');
    expect(items.map((f) => f.metrics.item)).toEqual(['air ticket', 'visa']);
    expect(items.map((f) => f.metrics.costIds)).toEqual(['C-1', 'C-2']);
    // FVFT caps the service charge only: no "exceeded" finding for these related costs.
    expect(findingsOf(report, 'W-NP', 'recruitment.legal-cap.exceeded')).toEqual([]);
  });

  it('a cap in another currency without a rate is a coded error for the worker, not a guess', () => {
    const worker = buildWorker({ id: 'W-USD', costs: [cost('C-1', 'agency fee', money(1_000, 'USD'))] });
    const report = runChecks([worker]);
    expect(findingsOf(report, 'W-USD', 'recruitment.legal-cap.exceeded')).toEqual([]);
    const error = report.errors.find((e) => e.workerId === 'W-USD');
    expect(error?.outcome).toBe('partial');
    expect(error?.issues.map((i) => i.code)).toContain('FX_RATE_MISSING');
    // The Employer Pays finding needs no rate and is still there.
    expect(findingsOf(report, 'W-USD', 'recruitment.epp.fee-borne-by-worker')).toHaveLength(1);
  });

  it('skips rules not yet in force when the fee was paid (FVFT from 6 July 2015)', () => {
    const worker = buildWorker({
      id: 'W-OLD',
      contract: { monthlyGrossBaseWage: money(1_700, 'MYR'), startDate: '2015-08-01', language: 'ne' },
      costs: [cost('C-1', 'agency fee', npr(150_000), { paidOn: '2015-07-05' })],
    });
    const report = runChecks([worker]);
    expect(report.errors).toEqual([]);
    expect(findingsOf(report, 'W-OLD', 'recruitment.epp.fee-borne-by-worker')).toHaveLength(1);
    expect(findingsOf(report, 'W-OLD', 'recruitment.legal-cap.exceeded')).toEqual([]);
  });
});
