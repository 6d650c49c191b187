import { describe, expect, it } from 'vitest';
import { memoryIo } from '../testing/memory-io.js';
import { exitCodeFor, severityCounts } from './fail-on.js';
import { percent } from './percent.js';
import { createProgress } from './progress.js';
import { displayWidth, textTable } from './text-table.js';

describe('createProgress', () => {
  it('draws on stderr only when stdout is a terminal and not --quiet or --json', () => {
    const tty = memoryIo({}, { isTerminal: true });
    const bar = createProgress(tty, { quiet: false, json: false });
    bar.update(50, 100, 'suppliers scored');
    bar.finish();
    expect(tty.err()).toContain(' 50% 50/100 suppliers scored');
    expect(tty.out()).toBe('');
    for (const [io, options] of [
      [memoryIo({}, { isTerminal: false }), { quiet: false, json: false }],
      [memoryIo({}, { isTerminal: true }), { quiet: true, json: false }],
      [memoryIo({}, { isTerminal: true }), { quiet: false, json: true }],
    ] as const) {
      createProgress(io, options).update(1, 2, 'rows read');
      expect(io.err()).toBe('');
    }
  });
});

describe('textTable', () => {
  it('lines up names in Han script by display width', () => {
    expect(displayWidth('新疆华孚')).toBe(8);
    const lines = textTable(
      ['name', 'decision'],
      [
        ['新疆华孚', 'match'],
        ['Acme Ltd', 'no-match'],
      ],
    ).split('\n');
    const column = (line: string, word: string) => displayWidth(line.slice(0, line.indexOf(word)));
    expect(column(lines[2] ?? '', 'match')).toBe(column(lines[3] ?? '', 'no-match'));
  });
});

describe('exit codes', () => {
  it.each([
    [['medium', 'critical'], 'high', 1],
    [['medium', 'low'], 'high', 0],
    [['critical'], undefined, 0],
  ] as const)('%j with --fail-on %s → %i', (severities, failOn, code) => {
    expect(exitCodeFor(severities, failOn)).toBe(code);
  });

  it('counts severities highest first', () => {
    expect(severityCounts(['high', 'critical', 'high'])).toBe('1 critical, 2 high');
    expect(severityCounts([])).toBe('none');
  });
});

describe('percent', () => {
  it('writes a share with two decimals', () => {
    // 1/3 = 33.333…% → 33.33%; 0.5 → 50.00%; 1 → 100.00%.
    expect([percent(1 / 3), percent(0.5), percent(1)]).toEqual(['33.33%', '50.00%', '100.00%']);
  });
});
