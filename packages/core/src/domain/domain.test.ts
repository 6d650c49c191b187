import { describe, expect, it } from 'vitest';
import { validate } from '../validation/validate.js';
import { AuditFinding } from './audit-finding.js';
import { costCategoryGroup } from './cost-category.js';
import { CostItem } from './cost-item.js';
import { DocumentCustody } from './document-custody.js';
import { Facility } from './facility.js';
import { Grievance } from './grievance.js';
import { Loan } from './loan.js';
import { Payslip } from './payslip.js';
import { Recruiter } from './recruiter.js';
import { Supplier } from './supplier.js';
import { WorkerRecord } from './worker-record.js';

const myr = (amountMinor: number) => ({ amountMinor, currency: 'MYR' });
const npr = (amountMinor: number) => ({ amountMinor, currency: 'NPR' });

const nepaliWorker = {
  id: 'W-0193',
  facilityId: 'FAC-1',
  originCountry: 'NP',
  destinationCountry: 'MY',
  occupation: 'glove stripper',
  occupationCategory: 'manufacturing',
  languages: ['ne'],
  contract: {
    monthlyGrossBaseWage: myr(170_000),
    startDate: '2026-04-01',
    language: 'ne',
    signedBeforeDeparture: true,
  },
  costs: [
    { id: 'C-1', description: 'agency fee', amount: npr(15_000_000), paidOn: '2026-02-10', paidBy: 'worker' },
    {
      id: 'C-2',
      description: 'medical check-up',
      amount: npr(2_000_000),
      paidOn: '2026-02-12',
      paidBy: 'worker',
    },
  ],
};

function codesOf(result: ReturnType<typeof validate>): string[] {
  return result._unsafeUnwrapErr().issues.map((issue) => issue.code);
}

describe('WorkerRecord', () => {
  it('accepts the Nepal → Malaysia worker and applies defaults', () => {
    const worker = validate(WorkerRecord, nepaliWorker)._unsafeUnwrap();
    expect(worker.costs).toHaveLength(2);
    expect(worker.loans).toEqual([]);
    expect(worker.costs[0]?.recoveredThroughDeductions).toBe(false);
  });

  it('has no place for names or document numbers', () => {
    const result = validate(WorkerRecord, {
      ...nepaliWorker,
      name: 'Ram Bahadur',
      passportNumber: 'PA1234567',
    });
    const issues = result._unsafeUnwrapErr().issues;
    expect(issues.map((i) => [i.code, i.path.join('.')])).toEqual([
      ['UNKNOWN_FIELD', 'name'],
      ['UNKNOWN_FIELD', 'passportNumber'],
    ]);
    // the values are never copied into the error
    expect(JSON.stringify(result._unsafeUnwrapErr())).not.toContain('PA1234567');
  });

  it('reports every problem with its path: unknown country, float money, missing field, bad date', () => {
    const result = validate(WorkerRecord, {
      ...nepaliWorker,
      originCountry: 'NEP',
      contract: {
        ...nepaliWorker.contract,
        monthlyGrossBaseWage: { amountMinor: 1700.5, currency: 'MYR' },
        startDate: '2026-02-30',
      },
      costs: [{ id: 'C-1', amount: npr(-5), paidOn: '2026-02-10', paidBy: 'worker' }],
    });
    const issues = result._unsafeUnwrapErr().issues.map((i) => [i.code, i.path.join('.')]);
    expect(issues).toEqual(
      expect.arrayContaining([
        ['INVALID_COUNTRY_CODE', 'originCountry'],
        ['INVALID_MONEY_AMOUNT', 'contract.monthlyGrossBaseWage.amountMinor'],
        ['INVALID_DATE', 'contract.startDate'],
        ['REQUIRED', 'costs.0.description'],
        ['OUT_OF_RANGE', 'costs.0.amount'],
      ]),
    );
    expect(result._unsafeUnwrapErr().code).toBe('VALIDATION_FAILED');
  });

  it('refuses duplicate cost ids within a worker, at the repeated id', () => {
    const cost = nepaliWorker.costs[0];
    expect(codesOf(validate(WorkerRecord, { ...nepaliWorker, costs: [cost, cost] }))).toContain(
      'DUPLICATE_ID',
    );
    const issues = validate(WorkerRecord, { ...nepaliWorker, costs: [cost, cost] }, [4])._unsafeUnwrapErr()
      .issues;
    expect(issues.find((i) => i.code === 'DUPLICATE_ID')?.path).toEqual([4, 'costs', 1, 'id']);
  });
});

describe('Payslip', () => {
  const slip = {
    id: 'P-1',
    periodStart: '2026-05-01',
    periodEnd: '2026-05-31',
    gross: myr(150_000),
    deductions: [{ amount: myr(60_000), reason: 'loan repayment', kind: 'loan-repayment', loanId: 'L-1' }],
    net: myr(90_000),
    paidOn: '2026-06-07',
  };

  it('accepts a payslip', () => {
    expect(validate(Payslip, slip).isOk()).toBe(true);
  });

  it('refuses mixed currencies and reversed periods', () => {
    expect(codesOf(validate(Payslip, { ...slip, net: npr(90_000) }))).toContain('CURRENCY_MISMATCH');
    expect(codesOf(validate(Payslip, { ...slip, periodEnd: '2026-04-30' }))).toContain('OUT_OF_RANGE');
    const reversed = validate(Payslip, { ...slip, periodEnd: '2026-04-30' })._unsafeUnwrapErr().issues;
    expect(reversed).toEqual([
      { code: 'OUT_OF_RANGE', message: 'the pay period ends before it starts', path: ['periodEnd'] },
    ]);
  });
});

describe('Loan', () => {
  const loan = {
    id: 'L-1',
    kind: 'loan',
    principal: myr(300_000),
    issuedOn: '2026-04-05',
    lender: { kind: 'employer' },
    schedule: { installment: myr(60_000), frequency: 'monthly', firstDueOn: '2026-05-01' },
  };

  it('accepts a loan with a schedule and defaults its purpose', () => {
    expect(validate(Loan, loan)._unsafeUnwrap().purpose).toBe('general');
  });

  it('refuses an installment in another currency, a zero principal and a float interest', () => {
    expect(
      codesOf(validate(Loan, { ...loan, schedule: { ...loan.schedule, installment: npr(1) } })),
    ).toContain('CURRENCY_MISMATCH');
    expect(codesOf(validate(Loan, { ...loan, principal: myr(0) }))).toContain('OUT_OF_RANGE');
    const paths = (input: unknown) =>
      validate(Loan, input)
        ._unsafeUnwrapErr()
        .issues.map((i) => i.path);
    expect(paths({ ...loan, schedule: { ...loan.schedule, installment: npr(1) } })).toEqual([
      ['schedule', 'installment', 'currency'],
    ]);
    expect(paths({ ...loan, fees: npr(1) })).toEqual([['fees', 'currency']]);
    expect(paths({ ...loan, principal: myr(0) })).toEqual([['principal', 'amountMinor']]);
    expect(codesOf(validate(Loan, { ...loan, annualInterestPercent: 24 }))).toContain('INVALID_TYPE');
  });
});

describe('other records', () => {
  it('CostItem takes an explicit ILO category and refuses an unknown one', () => {
    const cost = {
      id: 'C-9',
      description: 'security deposit',
      category: 'deposit',
      amount: npr(500_000),
      paidOn: '2026-01-02',
      paidBy: 'worker',
    };
    expect(validate(CostItem, cost).isOk()).toBe(true);
    expect(codesOf(validate(CostItem, { ...cost, category: 'gift' }))).toContain('OUT_OF_RANGE');
    expect(costCategoryGroup('deposit')).toBe('illegitimate');
    expect(costCategoryGroup('travel-lodging')).toBe('related-cost');
    expect(costCategoryGroup('recruitment-fee')).toBe('recruitment-fee');
    expect(costCategoryGroup('not-recruitment-related')).toBe('none');
  });

  it('Supplier validates identifiers with their check digits', () => {
    const supplier = {
      id: 'SUP-1',
      name: 'Klang Glove Sdn Bhd',
      country: 'MY',
      identifiers: { lei: 'HWUPKR0MPOU8FGXBT394' },
    };
    expect(validate(Supplier, supplier)._unsafeUnwrap().goods).toEqual([]);
    const bad = validate(Supplier, {
      ...supplier,
      identifiers: { lei: 'HWUPKR0MPOU8FGXBT395' },
    })._unsafeUnwrapErr();
    expect(bad.code).toBe('IDENTIFIER_CHECK_DIGIT_MISMATCH');
    expect(bad.path).toEqual(['identifiers', 'lei']);
    expect(codesOf(validate(Supplier, { ...supplier, subdivision: 'CN-XJ', country: 'XX' }))).toContain(
      'INVALID_COUNTRY_CODE',
    );
  });

  it('Facility, Recruiter, DocumentCustody, AuditFinding and Grievance accept good input and refuse bad', () => {
    expect(
      validate(Facility, {
        id: 'F',
        supplierId: 'S',
        name: 'Gin 4',
        country: 'CN',
        subdivision: 'CN-XJ',
      }).isOk(),
    ).toBe(true);
    expect(
      codesOf(
        validate(Facility, { id: 'F', supplierId: 'S', name: 'Gin 4', country: 'CN', subdivision: 'XJ' }),
      ),
    ).toContain('INVALID_SUBDIVISION_CODE');
    expect(
      validate(Recruiter, { id: 'R', name: 'Himal Manpower', country: 'NP', role: 'origin-agency' }).isOk(),
    ).toBe(true);
    expect(
      codesOf(validate(Recruiter, { id: 'R', name: 'Himal Manpower', country: 'NP', role: 'broker' })),
    ).toContain('OUT_OF_RANGE');
    expect(
      validate(DocumentCustody, {
        document: 'passport',
        heldBy: 'employer',
        observedOn: '2026-10-01',
      }).isOk(),
    ).toBe(true);
    expect(codesOf(validate(DocumentCustody, { document: 'passport', heldBy: 'employer' }))).toContain(
      'REQUIRED',
    );
    const audit = {
      id: 'A',
      supplierId: 'S',
      standard: 'RBA VAP 8.0.2',
      clause: 'A1',
      grade: 'priority',
      description: 'fees',
      auditDate: '2026-06-10',
      status: 'open',
    };
    expect(validate(AuditFinding, audit).isOk()).toBe(true);
    expect(codesOf(validate(AuditFinding, { ...audit, grade: 'severe' }))).toContain('OUT_OF_RANGE');
    const grievance = {
      id: 'G',
      supplierId: 'S',
      receivedOn: '2026-09-02',
      channel: 'hotline',
      summary: 'x',
      status: 'open',
    };
    expect(validate(Grievance, grievance)._unsafeUnwrap().anonymous).toBe(true);
    expect(codesOf(validate(Grievance, { ...grievance, indicators: ['slavery'] }))).toContain('OUT_OF_RANGE');
  });
});
