import { describe, expect, it } from 'vitest';
import { runExample } from '../examples/run-example.js';

describe('examples/http-client: a procurement system calling a started server over HTTP', () => {
  const run = runExample('http-client', ['--as-of', '2026-11-22']);

  it('starts the server on a free loopback port, exits 0 and closes it', () => {
    expect(run.stderr).not.toMatch(/Error/);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^Unforced validator API at http:\/\/127\.0\.0\.1:\d+ .*as of 2026-11-22/);
  });

  it('reads the reference-data staleness: the UFLPA snapshot of 2026-07-09 is 136 days old', () => {
    expect(run.stdout).toContain('GET /v1/reference-data → 200');
    expect(run.stdout).toContain('! us-dhs-uflpa-entity-list: 136 days old (refreshed every 90)');
  });

  it('screens the portfolio and finds the listed Xinjiang supplier', () => {
    expect(run.stdout).toMatch(/POST \/v1\/screening\/screen \(\d+ names\) → 200/);
    expect(run.stdout).toMatch(/SUP-005: match "Xinjiang Junggar Cotton and Linen Co\., Ltd\."/);
  });

  it('gets the fees worked out as by hand: NPR 170,000 / 28.35 and BDT 485,000 / 25.90 in MYR, over the wage', () => {
    expect(run.stdout).toContain('W-0193: paid 5996.47 MYR = 3.5273 months of wage');
    expect(run.stdout).toContain('W-0207: paid 18725.87 MYR = 12.4839 months of wage');
    expect(run.stdout).toContain(
      'record 4 rejected: contract.monthlyGrossBaseWage.amountMinor INVALID_MONEY_AMOUNT',
    );
  });

  it('assesses the supplier, renders its PDF, and shows a problem document for a bad body', () => {
    expect(run.stdout).toMatch(/POST \/v1\/risk\/assess → 200: \w+, score \d+/);
    expect(run.stdout).toMatch(/POST \/v1\/reports → 200 application\/pdf, \d{5,} bytes/);
    expect(run.stdout).toMatch(/→ 422 application\/problem\+json \(request [0-9a-f]{8}-\d+\)/);
    expect(run.stdout).toContain('/asOf INVALID_DATE');
    expect(run.stdout).toContain('/workers INVALID_TYPE');
  });
}, 120_000);
