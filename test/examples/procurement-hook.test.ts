import { describe, expect, it } from 'vitest';
import { runExample } from './run-example.js';

describe('examples/procurement-hook', () => {
  const run = runExample('procurement-hook', ['--as-of', '2026-11-22']);

  it('runs and prints the as-of date', () => {
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('Supplier onboarding decisions as of 2026-11-22');
  });

  it('rejects a UFLPA-listed entity (another spelling) and a Xinjiang supplier, with reasons', () => {
    expect(run.stdout).toContain('NEW-101 Hotan Taida Apparel Co Ltd: REJECT');
    expect(run.stdout).toContain(
      'screening.match: matches "Hetian Taida Apparel Co., Ltd" on UFLPA Entity List',
    );
    expect(run.stdout).toMatch(/NEW-102 .*: REJECT[\s\S]*CN-XJ: UFLPA rebuttable presumption/);
  });

  it('sends a potential blocklist match and open audit evidence of debt bondage to review, and approves the rest', () => {
    expect(run.stdout).toMatch(
      /NEW-103 .*: REVIEW[\s\S]*screening\.potential-match: .*Acme internal blocklist/,
    );
    expect(run.stdout).toMatch(
      /NEW-104 .*: REVIEW[\s\S]*ilo\.debt-bondage: open evidence of debt bondage \(AF-77\)/,
    );
    expect(run.stdout).toMatch(/NEW-105 Midlands Freight Ltd: APPROVE \(risk low/);
  });
}, 60_000);
