import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, hasPdftotext, pdfText, tempDir } from './helpers.js';

function listFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? listFiles(path) : [path];
  });
}

describe('unforced demo (the README main job) on the bundled data, with the built CLI', () => {
  const out = tempDir();
  const run = cli(['demo', '--out', out, '--as-of', '2026-11-22']);

  it('exits 0, prints the as-of date, a table of the top risks and where the files are', () => {
    expect(run.stderr).not.toMatch(/Error|at .*\.js:\d+/);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('Unforced demo on the bundled example data, as of 2026-11-22');
    expect(run.stdout).toMatch(/#\s+supplier\s+country\s+tier\s+score\s+confidence\s+why/);
    expect(run.stdout).toMatch(/1\s+SUP-001 Klang Valley Gloves Sdn Bhd\s+MY\s+critical/);
    expect(run.stdout).toMatch(/NEW-001\s+Hotan Taida Apparel Co Ltd\s+match\s+1\.00\s+Hetian Taida Apparel/);
    expect(run.stdout).toMatch(/FAC-MY-02\s+11\s+priority\s+6\s+MYR [\d,]+\.\d\d\s+2027-02-20/);
    expect(run.stdout).toMatch(/G25-0107\s+Men's cotton poplin shirt\s+8\.53%\s+35\.20%/);
    expect(run.stdout).toContain(`Check any PDF: unforced report verify ${out}/portfolio/portfolio.pdf`);
  });

  it('reports the deliberately broken rows by file, line and column, and goes on', () => {
    expect(run.stderr).toContain(
      'skipped: demo-data/suppliers.csv line 9, column country: INVALID_COUNTRY_CODE',
    );
    expect(run.stderr).toContain(
      'skipped: demo-data/payroll/costs.csv line 10, column paid_on: INVALID_DATE',
    );
    expect(run.stderr).toContain('skipped: demo-data/workers.json line 4, contract.startDate: INVALID_DATE');
    expect(run.stderr).toContain(
      'skipped: demo-data/audit-findings.csv line 8, column supplier_id: UNKNOWN_REFERENCE',
    );
    expect(run.stderr).toContain(
      'skipped: demo-data/screening-names.csv line 8, column name: NAME_NOT_SCREENABLE',
    );
  });

  it('writes the findings, remediation, portfolio and per-supplier PDFs, fee audits, tracing summary and matches', () => {
    const files = listFiles(out).map((f) => relative(out, f));
    for (const expected of [
      'findings.json',
      'findings.csv',
      'remediation.csv',
      'screening/screening-matches.csv',
      'screening/screening-results.json',
      'fees/fee-audit-FAC-MY-01.pdf',
      'fees/fee-audit-FAC-MY-02.pdf',
      'fees/remediation.csv',
      'trace/tracing-summary.pdf',
      'trace/exposure.csv',
      'portfolio/portfolio.pdf',
      'portfolio/remediation.csv',
      'portfolio/suppliers/SUP-001.pdf',
      'portfolio/suppliers/SUP-011.pdf',
    ])
      expect(files).toContain(expected);
    expect(files.filter((f) => f.startsWith('portfolio/suppliers/') && f.endsWith('.pdf'))).toHaveLength(18);
    const remediation = readFileSync(join(out, 'remediation.csv'), 'utf8');
    expect(remediation.split('\r\n')[0]).toBe(
      'as_of,facility_id,supplier_id,worker_id,origin,owed,currency,owed_in_worker_currency,worker_currency,items,basis,due_date',
    );
    expect(remediation).toContain('2026-11-22,FAC-MY-01,SUP-001,W-0193,NP,5996.47,MYR,170000.00,NPR,');
  });

  it.skipIf(!hasPdftotext)(
    'PDFs read back: portfolio, fee audit, tracing summary; no document number printed',
    () => {
      const portfolio = pdfText(join(out, 'portfolio/portfolio.pdf'));
      expect(portfolio).toContain('Portfolio due-diligence summary');
      expect(portfolio).toContain('Klang Valley Gloves Sdn Bhd');
      expect(portfolio).toContain('2026-11-22');
      const fees = pdfText(join(out, 'fees/fee-audit-FAC-MY-02.pdf'));
      expect(fees).toContain('Recruitment-fee audit');
      expect(fees).toContain('W-1007');
      expect(fees).toContain('Klang Valley Gloves Sdn Bhd');
      const trace = pdfText(join(out, 'trace/tracing-summary.pdf'));
      expect(trace).toContain('Tarim Bright Field Cotton Ginning Co.');
      expect(trace).toContain('CN-XJ');
      for (const number of ['BOL-URC-0193', 'PO-DN-2024-0305', 'NW-PO-88120', 'MAEU-CGP-220931']) {
        expect(trace).not.toContain(number);
        expect(readFileSync(join(out, 'trace/trace-results.json'), 'utf8')).not.toContain(number);
      }
    },
  );

  it('report verify passes on a written PDF and fails (exit 1) once a byte is changed', () => {
    const pdf = join(out, 'portfolio/suppliers/SUP-011.pdf');
    const ok = cli(['report', 'verify', pdf]);
    expect(ok.status).toBe(0);
    expect(ok.stdout).toMatch(/verified\s+supplier-risk-assessment\s+2026-11-22\s+[0-9a-f]{64}/);
    const bytes = readFileSync(pdf);
    const tampered = Buffer.from(bytes);
    const middle = Math.floor(bytes.length / 2);
    tampered[middle] = (bytes[middle] ?? 0) ^ 1;
    const copy = join(tempDir(), 'tampered.pdf');
    writeFileSync(copy, tampered);
    const bad = cli(['report', 'verify', copy, '--json']);
    expect(bad.status).toBe(1);
    expect((JSON.parse(bad.stdout) as { results: Array<{ verified: boolean }> }).results[0]?.verified).toBe(
      false,
    );
  });

  it('gives byte-identical files for the same data and --as-of', () => {
    const again = tempDir();
    expect(cli(['demo', '--out', again, '--as-of', '2026-11-22', '--quiet']).status).toBe(0);
    const first = listFiles(out)
      .map((f) => relative(out, f))
      .sort();
    // Not an empty comparison: at least the 18 supplier PDFs and the top-level findings.csv.
    expect(first).toContain('findings.csv');
    expect(first.length).toBeGreaterThan(18);
    expect(
      listFiles(again)
        .map((f) => relative(again, f))
        .sort(),
    ).toEqual(first);
    for (const file of first)
      expect(readFileSync(join(again, file)).equals(readFileSync(join(out, file))), file).toBe(true);
  });

  it('--json prints one JSON document with the as-of date and every part', () => {
    const json = cli(['demo', '--out', tempDir(), '--as-of', '2026-11-22', '--json']);
    expect(json.status).toBe(0);
    const parsed = JSON.parse(json.stdout) as Record<string, unknown>;
    expect(parsed.asOf).toBe('2026-11-22');
    expect(Object.keys(parsed)).toEqual(
      expect.arrayContaining(['screening', 'fees', 'trace', 'portfolio', 'referenceData', 'files']),
    );
  });
}, 120_000);
