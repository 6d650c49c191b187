import { describe, expect, it } from 'vitest';
import { buildWorker, myr } from '../testing/builders.js';
import { findingsOf, runChecks, workerCodes } from '../testing/run.js';

const base = { monthlyGrossBaseWage: myr(1_500), startDate: '2026-04-01', language: 'ne' };

describe('contract and freedom to leave (RBA A1; ILO indicator 2)', () => {
  it('checks the language against the languages the worker reads', () => {
    const report = runChecks([
      buildWorker({ id: 'W-EN', languages: ['bn'], contract: { ...base, language: 'en' } }),
      buildWorker({ id: 'W-NE', languages: ['ne'], contract: { ...base, language: 'ne-NP' } }),
      buildWorker({ id: 'W-NONE', languages: [], contract: { ...base, language: 'en' } }),
    ]);
    expect(workerCodes(report)).toEqual(['W-EN recruitment.contract.not-in-worker-language']);
    expect(findingsOf(report, 'W-EN', 'recruitment.contract.not-in-worker-language')[0]?.indicators).toEqual([
      'deception',
    ]);
  });

  it('finds contracts signed after departure or substituted with worse terms', () => {
    const report = runChecks([
      buildWorker({ id: 'W-1', contract: { ...base, signedBeforeDeparture: false } }),
      buildWorker({
        id: 'W-2',
        contract: { ...base, substitutedOnArrival: true, substitutedWithWorseTerms: true },
      }),
      buildWorker({ id: 'W-3', contract: { ...base, substitutedOnArrival: true } }),
      buildWorker({
        id: 'W-4',
        contract: { ...base, substitutedOnArrival: true, substitutedWithWorseTerms: false },
      }),
    ]);
    expect(workerCodes(report)).toEqual([
      'W-1 recruitment.contract.not-signed-before-departure',
      'W-2 recruitment.contract.substituted-with-worse-terms',
      'W-3 recruitment.contract.substitution-unclear',
    ]);
    expect(findingsOf(report, 'W-2', 'recruitment.contract.substituted-with-worse-terms')[0]?.severity).toBe(
      'critical',
    );
  });

  it('allows notice up to one month (31 days)', () => {
    const report = runChecks([
      buildWorker({ id: 'W-31', contract: { ...base, noticePeriodDays: 31 } }),
      buildWorker({ id: 'W-32', contract: { ...base, noticePeriodDays: 32 } }),
    ]);
    expect(workerCodes(report)).toEqual(['W-32 recruitment.contract.notice-over-one-month']);
  });

  it('limits the exit penalty to 60% of a month’s wage; above 3 months’ wage is severe', () => {
    const penalty = (id: string, minor: number) =>
      buildWorker({ id, contract: { ...base, exitPenalty: { amountMinor: minor, currency: 'MYR' } } });
    // 60% × 1,500 = MYR 900.00; 3 × 1,500 = MYR 4,500.00.
    const report = runChecks([
      penalty('W-900', 90_000),
      penalty('W-900.01', 90_001),
      penalty('W-4500', 450_000),
      penalty('W-4500.01', 450_001),
    ]);
    expect(workerCodes(report)).toEqual([
      'W-4500 recruitment.contract.exit-penalty-over-limit',
      'W-4500.01 recruitment.contract.exit-penalty-over-limit',
      'W-900.01 recruitment.contract.exit-penalty-over-limit',
    ]);
    expect(findingsOf(report, 'W-4500', 'recruitment.contract.exit-penalty-over-limit')[0]?.severity).toBe(
      'high',
    );
    expect(findingsOf(report, 'W-4500.01', 'recruitment.contract.exit-penalty-over-limit')[0]?.severity).toBe(
      'critical',
    );
  });
});
