import { describe, expect, it } from 'vitest';
import { runCli } from './run-cli.js';
import { memoryIo } from './testing/memory-io.js';

describe('runCli', () => {
  it('prints help with exit 0 for --help, and exits 2 with help when no command is given', async () => {
    const io = memoryIo();
    expect(await runCli(['--help'], io)).toBe(0);
    expect(io.out()).toContain('Exit codes: 0 done; 1 done and a finding at or above --fail-on; 2 bad usage');
    expect(await runCli([], memoryIo())).toBe(2);
  });

  it('exits 2 on an unknown command and says what to do', async () => {
    const io = memoryIo();
    expect(await runCli(['asess'], io)).toBe(2);
    expect(io.err()).toContain('unknown command "asess"');
    expect(io.err()).toContain('unforced --help');
  });

  it('data: lists editions and flags the UFLPA snapshot as stale 136 days after 2026-07-09', async () => {
    const io = memoryIo();
    expect(await runCli(['data', '--as-of', '2026-11-22'], io)).toBe(0);
    expect(io.out()).toContain('Reference data as of 2026-11-22');
    expect(io.out()).toMatch(/us-dhs-uflpa-entity-list .* 2026-07-09 +136 +STALE/);
  });

  it('data --json: machine-readable, with sources and caveats', async () => {
    const io = memoryIo();
    expect(await runCli(['data', '--json', '--as-of', '2026-07-20'], io)).toBe(0);
    const parsed = JSON.parse(io.out()) as {
      asOf: string;
      datasets: Array<{ id: string; stale: boolean; caveats: string[] }>;
    };
    expect(parsed.asOf).toBe('2026-07-20');
    const uflpa = parsed.datasets.find((d) => d.id === 'us-dhs-uflpa-entity-list');
    expect(uflpa?.stale).toBe(false);
    expect(uflpa?.caveats.length).toBeGreaterThan(0);
  });

  it('data: a bad --as-of is exit 2 with the reason', async () => {
    const io = memoryIo();
    expect(await runCli(['data', '--as-of', 'yesterday'], io)).toBe(2);
    expect(io.err()).toContain('--as-of "yesterday" is not a date');
  });
});
