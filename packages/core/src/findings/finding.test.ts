import { describe, expect, it } from 'vitest';
import { ILO_INDICATORS, iloIndicatorInfo } from '../ilo/ilo-indicators.js';
import { validate } from '../validation/validate.js';
import { Finding } from './finding.js';
import {
  compareSeverity,
  isAtLeast,
  maxSeverity,
  rbaGradeFromSeverity,
  severityFromRbaGrade,
} from './severity.js';

const finding = {
  code: 'recruitment.fee.borne-by-worker',
  severity: 'high',
  indicators: ['debt-bondage'],
  subject: { kind: 'worker', id: 'W-0193' },
  message: 'The worker paid NPR 150,000.00 in recruitment fees.',
  metrics: { feeMonthsOfWage: 2.3, fee: { amountMinor: 15_000_000, currency: 'NPR' } },
  standards: [{ standard: 'ILO-FAIR-RECRUITMENT-2019', clause: 'General Principle 7' }],
  remediation: {
    action: 'Repay the fee',
    dueDate: '2027-02-20',
    step: 'remediate',
    amount: { amountMinor: 15_000_000, currency: 'NPR' },
  },
  basis: 'observed',
  asOf: '2026-11-22',
  provenance: { methodology: { id: 'unforced/recruitment', version: '0.1.0' }, dataEditions: [] },
};

describe('Finding', () => {
  it('accepts a complete finding and defaults evidence', () => {
    expect(validate(Finding, finding)._unsafeUnwrap().evidence).toEqual([]);
  });

  it.each([
    [{ standards: [] }, 'OUT_OF_RANGE'],
    [{ indicators: ['forced-labour'] }, 'OUT_OF_RANGE'],
    [{ severity: 'severe' }, 'OUT_OF_RANGE'],
    [{ code: 'Fee Borne' }, 'INVALID_FORMAT'],
    [{ basis: 'guessed' }, 'OUT_OF_RANGE'],
    [{ provenance: undefined }, 'REQUIRED'],
    [{ evidence: [{ id: 'e', kind: 'receipt', sha256: 'abc' }] }, 'INVALID_FORMAT'],
    [{ standards: [{ standard: 'ISO-9001', clause: '1' }] }, 'OUT_OF_RANGE'],
    [{ confidence: 1.2 }, 'OUT_OF_RANGE'],
  ])('refuses %j', (patch, code) => {
    const result = validate(Finding, { ...finding, ...patch });
    expect(result._unsafeUnwrapErr().issues.map((i) => i.code)).toContain(code);
  });
});

describe('severity and the RBA grades', () => {
  it.each([
    ['opportunity-for-improvement', 'low'],
    ['minor', 'medium'],
    ['major', 'high'],
    ['priority', 'critical'],
  ] as const)('%s ↔ %s', (grade, severity) => {
    expect(severityFromRbaGrade(grade)).toBe(severity);
    expect(rbaGradeFromSeverity(severity)).toBe(grade);
  });

  it('orders severities', () => {
    expect((['critical', 'low', 'high', 'medium'] as const).slice().sort(compareSeverity)).toEqual([
      'low',
      'medium',
      'high',
      'critical',
    ]);
    expect(maxSeverity(['medium', 'critical', 'low'])).toBe('critical');
    expect(maxSeverity([])).toBeUndefined();
    expect(isAtLeast('high', 'high')).toBe(true);
    expect(isAtLeast('medium', 'high')).toBe(false);
  });
});

describe('ILO indicators', () => {
  it('lists the eleven indicators in the ILO order', () => {
    expect(ILO_INDICATORS).toHaveLength(11);
    expect(iloIndicatorInfo('abuse-of-vulnerability').number).toBe(1);
    expect(iloIndicatorInfo('retention-of-identity-documents')).toEqual({
      id: 'retention-of-identity-documents',
      number: 7,
      label: 'Retention of identity documents',
    });
    expect(iloIndicatorInfo('excessive-overtime').number).toBe(11);
  });
});
