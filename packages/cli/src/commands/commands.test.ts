import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runCli } from '../run-cli.js';
import { memoryIo } from '../testing/memory-io.js';

const data = fileURLToPath(new URL('../../../../examples/data/', import.meta.url));
const AS_OF = ['--as-of', '2026-11-22'];

describe('every command', () => {
  it.each(['demo', 'assess', 'fees', 'screen', 'trace', 'report', 'data', 'serve'])(
    '%s --help has usage and examples, exit 0',
    async (name) => {
      const io = memoryIo();
      expect(await runCli([name, '--help'], io)).toBe(0);
      expect(io.out()).toContain(`unforced ${name}`);
      expect(io.out()).toContain('Examples:');
    },
  );

  it.each(['assess', 'fees', 'screen', 'trace'])(
    '%s without files says what to give, exit 2',
    async (name) => {
      const io = memoryIo();
      expect(await runCli([name], io)).toBe(2);
      expect(io.err()).toContain(`unforced ${name} needs`);
      expect(io.err()).toContain(`unforced ${name} --help`);
    },
  );
});

describe('screen', () => {
  const names =
    'id,name,country\nN-1,Hotan Taida Apparel Co Ltd,CN\nN-2,"Co., Ltd.",CN\nN-3,Midlands Freight Ltd,GB\n';

  it('finds the listed entity, skips the unscreenable name by line, and gates on --fail-on', async () => {
    const io = memoryIo({ 'n.csv': names });
    expect(await runCli(['screen', 'n.csv', ...AS_OF, '--fail-on', 'critical'], io)).toBe(1);
    expect(io.out()).toMatch(/N-1 +Hotan Taida Apparel Co Ltd +match +1\.00 +Hetian Taida Apparel/);
    expect(io.err()).toContain('n.csv line 3, column name: NAME_NOT_SCREENABLE');
    expect(io.out()).toContain('names: 3 read, 2 used, 1 skipped (1 NAME_NOT_SCREENABLE)');
  });

  it('--json is machine-readable and --out writes the matches', async () => {
    const io = memoryIo({ 'n.csv': names });
    expect(await runCli(['screen', 'n.csv', ...AS_OF, '--json', '--out', 'o'], io)).toBe(0);
    const json = JSON.parse(io.out()) as { asOf: string; summary: { match: number }; files: string[] };
    expect(json.asOf).toBe('2026-11-22');
    expect(json.summary.match).toBe(1);
    expect(json.files).toEqual(['o/screening-results.json', 'o/screening-matches.csv', 'o/skipped-rows.csv']);
    expect(io.text('o/screening-matches.csv')).toContain(
      '2026-11-22,N-1,Hotan Taida Apparel Co Ltd,match,1,',
    );
  });

  it('adds a caller list from a spreadsheet', async () => {
    const io = memoryIo({
      'n.csv': 'id,name\nN-1,Zhongxing Cotton Trading Company\n',
      'block.csv': 'id,name,country\nBLK-1,Zhongxing Cotton Trading Co. Ltd.,CN\n',
    });
    expect(await runCli(['screen', 'n.csv', '--list', 'block.csv', ...AS_OF], io)).toBe(0);
    expect(io.out()).toContain('block.csv (caller-supplied list)');
    expect(io.out()).toMatch(/N-1 .* match /);
  });
});

describe('fees', () => {
  it('checks the glove factory records, reports the broken one by line and path, writes the remediation table', async () => {
    const io = memoryIo({}, { readThrough: true });
    const code = await runCli(
      [
        'fees',
        `${data}workers.json`,
        '--fx',
        `${data}fx-rates.json`,
        ...AS_OF,
        '--out',
        'o',
        '--format',
        'json,csv',
      ],
      io,
    );
    expect(code).toBe(0);
    expect(io.err()).toContain('workers.json line 4, contract.startDate: INVALID_DATE');
    expect(io.out()).toContain('worker records: 4 read, 3 used, 1 skipped');
    expect(io.out()).toMatch(/FAC-MY-01 +3 +2 +priority/);
    const remediation = io.text('o/remediation.csv');
    expect(remediation).toContain('2026-11-22,FAC-MY-01,SUP-001,W-0193,NP,');
    expect([...io.files.keys()]).toContain('o/fee-audit-FAC-MY-01.json');
    expect([...io.files.keys()]).not.toContain('o/fee-audit-FAC-MY-01.pdf');
  });

  it('reads the payroll CSV tables told apart by their columns, and the bad date by file, line and column', async () => {
    const io = memoryIo({}, { readThrough: true });
    const files = ['workers', 'costs', 'payslips', 'deductions', 'loans', 'documents'].map(
      (f) => `${data}payroll/${f}.csv`,
    );
    expect(
      await runCli(['fees', ...files.reverse(), '--fx', `${data}fx-rates.json`, ...AS_OF, '--json'], io),
    ).toBe(0);
    expect(io.err()).toContain('payroll/costs.csv line 10, column paid_on: INVALID_DATE');
    expect(io.err()).toContain('(worker W-1006 skipped)');
    const json = JSON.parse(io.out()) as { summary: { workersRead: number; workersChecked: number } };
    expect(json.summary).toMatchObject({ workersRead: 12, workersChecked: 11 });
  });

  it('refuses a table whose columns match no worker table, naming the closest', async () => {
    const io = memoryIo({ 'w.csv': 'id,facility,origin\nW-1,F-1,NP\n' });
    expect(await runCli(['fees', 'w.csv'], io)).toBe(2);
    expect(io.err()).toContain('its columns match none of the worker tables');
    expect(io.err()).toContain('templates/');
  });
});

describe('trace', () => {
  it('traces the synthetic shirts to the Xinjiang gin and writes no document number', async () => {
    const io = memoryIo({}, { readThrough: true });
    const code = await runCli(
      [
        'trace',
        `${data}cotton-chain.jsonld`,
        '--master-data',
        `${data}cotton-chain-master-data.json`,
        ...AS_OF,
        '--out',
        'o',
        '--format',
        'json,md',
        '--fail-on',
        'critical',
      ],
      io,
    );
    expect(code).toBe(1);
    expect(io.out()).toMatch(/G25-0107 +Men's cotton poplin shirt +8\.53% +0\.00% +35\.20%/);
    const report = io.text('o/tracing-summary.md');
    expect(report).toContain('Tarim Bright Field');
    for (const number of ['BOL-URC-0193', 'PO-DN-2024-0305', 'TBF-2024-066'])
      expect(report).not.toContain(number);
  });

  it('reports an unknown --lot as bad usage', async () => {
    const io = memoryIo({}, { readThrough: true });
    expect(await runCli(['trace', `${data}cotton-chain.jsonld`, '--lot', 'urn:x', ...AS_OF], io)).toBe(2);
  });
});

describe('assess', () => {
  it('ranks the portfolio with the evidence attributed to suppliers', async () => {
    const io = memoryIo({}, { readThrough: true });
    const code = await runCli(
      [
        'assess',
        `${data}suppliers.csv`,
        '--audits',
        `${data}audit-findings.csv`,
        '--workers',
        `${data}workers.json`,
        '--fx',
        `${data}fx-rates.json`,
        '--events',
        `${data}cotton-chain.jsonld`,
        '--master-data',
        `${data}cotton-chain-master-data.json`,
        ...AS_OF,
        '--json',
      ],
      io,
    );
    expect(code).toBe(0);
    const json = JSON.parse(io.out()) as {
      ranking: Array<{ supplierId: string; tier: string }>;
      findings: Array<{ supplierId: string; finding: { code: string } }>;
      skipped: Array<{ file: string; line: number }>;
    };
    expect(
      json.ranking
        .slice(0, 2)
        .map((r) => r.supplierId)
        .sort(),
    ).toEqual(['SUP-001', 'SUP-011']);
    expect(
      json.findings.some((f) => f.supplierId === 'SUP-011' && f.finding.code === 'trace.exposure.high-risk'),
    ).toBe(true);
    expect(
      json.findings.some(
        (f) => f.supplierId === 'SUP-005' && f.finding.code === 'screening.uflpa.listed-entity',
      ),
    ).toBe(true);
    expect(json.skipped.map((s) => `${s.file.replace(data, '')}:${s.line}`)).toEqual(
      expect.arrayContaining(['suppliers.csv:9', 'audit-findings.csv:8', 'workers.json:4']),
    );
  });

  it('refuses an invalid --policy with the path of each problem', async () => {
    const io = memoryIo({ 'p.json': '{"id":"x"}', 's.csv': 'id,name,country\nS-1,A,GB\n' });
    expect(await runCli(['assess', 's.csv', '--policy', 'p.json'], io)).toBe(2);
    expect(io.err()).toContain('INVALID_POLICY');
  });
});

describe('report verify', () => {
  it('exits 2 for a missing file and 1 for bytes that are not an Unforced report', async () => {
    expect(await runCli(['report', 'verify', 'missing.pdf'], memoryIo())).toBe(2);
    const io = memoryIo({ 'x.pdf': '%PDF-1.7\n%%EOF\n' });
    expect(await runCli(['report', 'verify', 'x.pdf'], io)).toBe(1);
    expect(io.out()).toContain('FAILED');
  });
});

describe('serve', () => {
  it('starts the server on a free port, and stops on the signal', async () => {
    const io = memoryIo({}, { env: { UNFORCED_ALLOW_UNAUTHENTICATED: 'true' } });
    expect(await runCli(['serve', '--port', '0', '--host', '127.0.0.1'], io)).toBe(0);
    expect(io.err()).toMatch(/serving on http:\/\/127\.0\.0\.1:\d+/);
    expect(io.err()).toContain('SIGTERM: stopping');
  });

  it('exits 2 on an unknown option', async () => {
    const io = memoryIo();
    expect(await runCli(['serve', '--colour'], io)).toBe(2);
    expect(io.err()).toContain('unknown option "--colour"');
  });
});
