import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Finding } from '@unforced/core';
import { checkRecruitment } from '@unforced/recruitment';
import { describe, expect, it } from 'vitest';

const data = (name: string): unknown =>
  JSON.parse(readFileSync(fileURLToPath(new URL(`../../examples/data/${name}`, import.meta.url)), 'utf8'));

describe('the bundled example workforce (examples/data)', () => {
  const report = checkRecruitment(data('workers.json'), {
    asOf: '2026-11-22',
    fxRates: data('fx-rates.json') as never,
  })._unsafeUnwrap();

  it('produces valid findings for every worker it can read, and reports the rest', () => {
    for (const finding of report.findings)
      expect(Finding.safeParse(finding).success, finding.code).toBe(true);
    const seen = new Set([...report.workers.map((w) => w.workerId), ...report.errors.map((e) => e.workerId)]);
    expect(seen.size).toBeGreaterThan(0);
  });

  it('finds W-0193 owed NPR 170,000 with its passport held by HR', () => {
    const w = report.workers.find((x) => x.workerId === 'W-0193');
    expect(w?.remediation.inWorkerCurrency).toEqual({ amountMinor: 17_000_000, currency: 'NPR' });
    const codes = report.findings.filter((f) => f.subject.id === 'W-0193').map((f) => f.code);
    expect(codes).toContain('recruitment.documents.held-without-consent');
    expect(codes).toContain('recruitment.legal-cap.exceeded');
  });
});
