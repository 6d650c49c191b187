import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../cli/helpers.js';
import { runExample } from './run-example.js';

describe('examples/batch-fees', () => {
  const out = tempDir('unforced-batch-fees-');
  const run = runExample('batch-fees', ['--as-of', '2026-11-22', '--out', out]);

  it('checks the payroll export, reporting the bad cost row by file, line and column', () => {
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('Payroll batch as of 2026-11-22: 11 workers checked');
    expect(run.stdout).toContain('rejected W-1006: costs.csv 10 paid_on INVALID_DATE');
    expect(run.stdout).toMatch(
      /FAC-MY-02: RBA fee rating priority; 7 workers owed MYR [\d,]+\.\d\d by 2027-02-20/,
    );
  });

  it('writes the findings and the remediation CSV', () => {
    const remediation = readFileSync(join(out, 'remediation.csv'), 'utf8').split('\r\n');
    expect(remediation[0]).toBe(
      'facility_id,worker_id,owed,currency,owed_in_worker_currency,worker_currency,items,basis,due_date',
    );
    // NPR 150,000 + 12,000 at 28.35 NPR per MYR = MYR 5,714.29.
    expect(remediation).toContain(
      'FAC-MY-02,W-1001,5714.29,MYR,162000.00,NPR,"cost C-1: NPR 150,000.00; cost C-2: NPR 12,000.00",observed,2027-02-20',
    );
    const findings = readFileSync(join(out, 'findings.csv'), 'utf8');
    expect(findings.split('\r\n')[1]).toMatch(/^critical,/);
  });
}, 60_000);
