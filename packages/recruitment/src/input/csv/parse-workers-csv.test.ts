import { describe, expect, it } from 'vitest';
import { checkParsedWorkers, checkRecruitment } from '../../check-recruitment.js';
import { AS_OF, buildWorker, cost, MYR_NPR, myr, npr, payslip } from '../../testing/builders.js';
import { parseWorkersCsv } from './parse-workers-csv.js';

const workers = `worker_id,facility_id,origin_country,destination_country,occupation,occupation_category,languages,wage,wage_currency,contract_start,contract_language,notice_days
W-1,FAC-1,NP,MY,machine operator,manufacturing,ne,1700,MYR,2026-04-01,ne,
W-2,FAC-1,NP,MY,machine operator,manufacturing,ne,"1,500.00",MYR,2026-04-01,ne,
`;
const costs = `worker_id,cost_id,description,amount,currency,paid_on,paid_by,paid_to_kind
W-1,C-1,agency fee,"150,000",NPR,2026-02-10,worker,recruiter
W-1,C-2,medical check-up,20000,NPR,2026-02-12,worker,
`;
const payslips = `worker_id,payslip_id,period_start,period_end,currency,gross,net,paid_on
W-2,P-2026-04,2026-04-01,2026-04-30,MYR,1500,900,2026-05-07
W-2,P-2026-05,2026-05-01,2026-05-31,MYR,1500,900,2026-06-07
`;
const deductions = `worker_id,payslip_id,amount,kind,reason,loan_id
W-2,P-2026-04,600,loan-repayment,loan,L-1
W-2,P-2026-05,600,loan-repayment,loan,L-1
`;
const loans = `worker_id,loan_id,kind,principal,currency,issued_on,lender_kind,installment,first_due_on
W-2,L-1,loan,3000,MYR,2026-03-20,employer,600,2026-04-30
`;
const documents = `worker_id,document,held_by,consent,observed_on
W-1,passport,employer,no,2026-10-01
`;

describe('parseWorkersCsv', () => {
  it('reads a workforce from CSV into the same findings as the equivalent objects', () => {
    const parsed = parseWorkersCsv({
      workers,
      costs,
      payslips,
      deductions,
      loans,
      documents,
    })._unsafeUnwrap();
    expect(parsed.errors).toEqual([]);
    const fromCsv = checkParsedWorkers(parsed, { asOf: AS_OF, fxRates: [MYR_NPR] })._unsafeUnwrap();
    const repayment = [{ amount: myr(600), reason: 'loan', kind: 'loan-repayment', loanId: 'L-1' }];
    const objects = [
      buildWorker({
        id: 'W-1',
        costs: [
          cost('C-1', 'agency fee', npr(150_000), { paidTo: { kind: 'recruiter' } }),
          cost('C-2', 'medical check-up', npr(20_000), { paidOn: '2026-02-12' }),
        ],
        documents: [{ document: 'passport', heldBy: 'employer', consent: false, observedOn: '2026-10-01' }],
      }),
      buildWorker({
        id: 'W-2',
        contract: { monthlyGrossBaseWage: myr(1_500), startDate: '2026-04-01', language: 'ne' },
        loans: [
          {
            id: 'L-1',
            kind: 'loan',
            principal: myr(3_000),
            issuedOn: '2026-03-20',
            lender: { kind: 'employer' },
            schedule: { installment: myr(600), frequency: 'monthly', firstDueOn: '2026-04-30' },
          },
        ],
        payslips: [
          payslip(4, myr(1_500), repayment, { paidOn: '2026-05-07' }),
          payslip(5, myr(1_500), repayment, { paidOn: '2026-06-07' }),
        ],
      }),
    ];
    const fromObjects = checkRecruitment(objects, { asOf: AS_OF, fxRates: [MYR_NPR] })._unsafeUnwrap();
    expect(JSON.stringify(fromCsv.findings)).toBe(JSON.stringify(fromObjects.findings));
    expect(fromCsv.workers.map((w) => w.row)).toEqual([2, 3]);
  });

  it('reports each bad cell by file, line and column, and keeps the good workers', () => {
    const badCosts = `${costs}W-2,C-1,agency fee,-5,NPR,2026-02-10,worker,\nW-9,C-1,agency fee,5,NPR,2026-02-10,worker,\n`;
    const badDeductions = `${deductions}W-2,P-2026-13,1,tax,tax,\n`;
    const badDocs = `${documents}W-1,visa,employer,perhaps,2026-10-01\n`;
    const parsed = parseWorkersCsv({
      workers,
      costs: badCosts,
      payslips,
      deductions: badDeductions,
      loans,
      documents: badDocs,
    })._unsafeUnwrap();
    expect(parsed.workers).toEqual([]);
    expect(
      parsed.errors.map((e) => [
        e.file,
        e.row,
        e.workerId,
        e.issues.map((i) => `${i.code} ${i.path.join(':')}`),
      ]),
    ).toEqual([
      ['costs.csv', 5, undefined, ['UNKNOWN_REFERENCE costs.csv:5:worker_id']],
      ['workers.csv', 2, 'W-1', ['INVALID_FORMAT documents.csv:3:consent']],
      [
        'workers.csv',
        3,
        'W-2',
        ['UNKNOWN_REFERENCE deductions.csv:4:payslip_id', 'OUT_OF_RANGE costs.csv:4:amount'],
      ],
    ]);
  });

  it('reports a bad date or country by line and column', () => {
    const bad = workers
      .replace('W-2,FAC-1,NP', 'W-2,FAC-1,ZZ')
      .replace('2026-04-01,ne,\n', '2026-02-30,ne,\n');
    const parsed = parseWorkersCsv({ workers: bad })._unsafeUnwrap();
    expect(parsed.errors.flatMap((e) => e.issues.map((i) => `${i.code} ${i.path.join(':')}`))).toEqual([
      'INVALID_DATE workers.csv:2:contract_start',
      'INVALID_COUNTRY_CODE workers.csv:3:origin_country',
    ]);
  });

  it('points a repeated cost id or a reversed pay period at its own line and column', () => {
    // costs.csv line 3 repeats W-1's C-1; payslips.csv line 3 ends its period before it starts.
    const repeated = costs.replace('W-1,C-2,', 'W-1,C-1,');
    const reversed = payslips.replace('2026-05-01,2026-05-31', '2026-05-01,2026-04-30');
    const parsed = parseWorkersCsv({
      workers,
      costs: repeated,
      payslips: reversed,
      deductions,
      loans,
    })._unsafeUnwrap();
    expect(
      parsed.errors.map((e) => [e.workerId, e.issues.map((i) => `${i.code} ${i.path.join(':')}`)]),
    ).toEqual([
      ['W-1', ['DUPLICATE_ID costs.csv:3:cost_id']],
      ['W-2', ['OUT_OF_RANGE payslips.csv:3:period_end']],
    ]);
    expect(parsed.workers).toEqual([]);
  });

  it('refuses a file with a missing required column, an unknown column, or an unterminated quote', () => {
    const missing = parseWorkersCsv({ workers: 'worker_id,facility_id\nW-1,FAC-1\n' })._unsafeUnwrapErr();
    expect(missing.issues.map((i) => i.path.join(':'))).toContain('workers.csv:1:wage');
    const unknown = parseWorkersCsv({
      workers,
      costs: costs.replace('paid_by', 'payed_by'),
    })._unsafeUnwrapErr();
    expect(unknown.issues.map((i) => `${i.code} ${i.path.join(':')}`)).toContain(
      'UNKNOWN_FIELD costs.csv:1:payed_by',
    );
    const quote = parseWorkersCsv({
      workers,
      costs: `${costs}W-1,C-3,"agency fee,1,NPR\n`,
    })._unsafeUnwrapErr();
    expect(quote.code).toBe('DATASET_PARSE_FAILED');
    expect(quote.message).toContain('line 4');
  });
});
