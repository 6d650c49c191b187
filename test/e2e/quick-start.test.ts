import { describe, expect, it } from 'vitest';
import { runExample } from '../examples/run-example.js';

describe('examples/quick-start (the SDK read directly) on the bundled data', () => {
  const run = runExample('quick-start', ['--as-of', '2026-11-22']);

  it('exits 0 and prints the as-of date', () => {
    expect(run.stderr).not.toMatch(/Error/);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('as of 2026-11-22');
  });

  it('keeps the good rows and reports the broken ones by line and path', () => {
    expect(run.stdout).toContain('Suppliers (18 read, 1 skipped)');
    expect(run.stdout).toMatch(/suppliers\.csv line 9: .*INVALID_COUNTRY_CODE/);
    expect(run.stdout).toMatch(
      /workers\.json record 4: contract\.monthlyGrossBaseWage\.amountMinor INVALID_MONEY_AMOUNT/,
    );
  });

  it("works out the Nepali worker's fees by hand: NPR 170,000 / 28.35 = MYR 5,996.47 = 3.53 months of MYR 1,700", () => {
    expect(run.stdout).toContain(
      'paid NPR 170,000.00 (agency fee, medical check-up) = MYR 5,996.47 = 3.53 months of base wage',
    );
    expect(run.stdout).toContain('legal cap (high confidence): NPR 10,000.00');
  });

  it('places suppliers against the reference data', () => {
    expect(run.stdout).toContain('On the UFLPA Entity List as "Xinjiang Junggar Cotton and Linen Co., Ltd."');
    expect(run.stdout).toContain('DOL List of Goods (2022): Rubber Gloves from Malaysia, forced labour');
    expect(run.stdout).toMatch(/! UFLPA Entity List: .* 136 days old/);
  });

  it('refuses a bad --as-of with exit code 2', () => {
    const bad = runExample('quick-start', ['--as-of', '2026-02-30']);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('not a calendar date');
  });
}, 60_000);
