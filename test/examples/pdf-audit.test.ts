import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { hasPdftotext, pdfText, tempDir } from '../cli/helpers.js';
import { runExample } from './run-example.js';

describe('examples/pdf-audit', () => {
  const out = tempDir('unforced-pdf-audit-');
  const run = runExample('pdf-audit', ['--as-of', '2026-11-22', '--out', out]);

  it('builds, renders and verifies one report of each type', () => {
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    for (const type of [
      'supplier-risk-assessment',
      'portfolio-due-diligence',
      'recruitment-fee-audit',
      'traceability-summary',
    ])
      expect(run.stdout).toMatch(new RegExp(`${type} +\\d+ pages +verified +sha256 [0-9a-f]{64}`));
  });

  it.skipIf(!hasPdftotext)('writes PDFs that read back', () => {
    expect(pdfText(join(out, 'supplier-SUP-001.pdf'))).toContain('Klang Valley Gloves Sdn Bhd');
    expect(pdfText(join(out, 'fee-audit-FAC-MY-01.pdf'))).toContain('W-0193');
    expect(pdfText(join(out, 'tracing-summary.pdf'))).toContain('6205.20');
    expect(readFileSync(join(out, 'portfolio.pdf')).subarray(0, 5).toString()).toBe('%PDF-');
  });
}, 90_000);
