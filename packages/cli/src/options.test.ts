import { describe, expect, it } from 'vitest';
import { parseCommandArgs } from './options.js';

describe('parseCommandArgs', () => {
  it('defaults --as-of to today and keeps positional files', () => {
    const { options, files } = parseCommandArgs(['a.csv', 'b.json', '--json'], '2026-11-22')._unsafeUnwrap();
    expect(options.asOf).toBe('2026-11-22');
    expect(options.json).toBe(true);
    expect(files).toEqual(['a.csv', 'b.json']);
  });

  it('reads every common option', () => {
    const { options } = parseCommandArgs(
      [
        '--as-of',
        '2026-01-31',
        '--format',
        'pdf,CSV',
        '--fail-on',
        'high',
        '--list',
        'x.csv',
        '--list',
        'y.csv',
        '-o',
        'out',
        '-q',
      ],
      '2026-11-22',
    )._unsafeUnwrap();
    expect(options).toMatchObject({
      asOf: '2026-01-31',
      formats: ['pdf', 'csv'],
      failOn: 'high',
      lists: ['x.csv', 'y.csv'],
      out: 'out',
      quiet: true,
    });
  });

  it.each([
    [['--as-of', '2026-02-30'], '--as-of'],
    [['--format', 'docx'], '--format'],
    [['--fail-on', 'severe'], '--fail-on'],
    [['--colour'], 'colour'],
  ])('refuses %j as USAGE', (args, message) => {
    const error = parseCommandArgs(args, '2026-11-22')._unsafeUnwrapErr();
    expect(error.code).toBe('USAGE');
    expect(error.message).toContain(message);
  });
});
