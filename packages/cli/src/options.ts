import { parseArgs } from 'node:util';
import { isIsoDate, SEVERITIES, type Severity, UnforcedError } from '@unforced/core';
import { err, ok, type Result } from 'neverthrow';

/**
 * Output formats the CLI can write.
 *
 * @example
 * ```ts
 * OUTPUT_FORMATS.includes('pdf'); // true
 * ```
 */
export const OUTPUT_FORMATS = ['pdf', 'json', 'csv', 'md'] as const;

/** An output format. */
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];

/** Options every command understands. */
export interface CommonOptions {
  readonly asOf: string;
  readonly json: boolean;
  readonly quiet: boolean;
  readonly out?: string;
  readonly formats: readonly OutputFormat[];
  readonly failOn?: Severity;
  readonly policy?: string;
  readonly fx?: string;
  readonly lists: readonly string[];
  readonly sheet?: string;
  readonly help: boolean;
}

/** The option table shared by every command, for `node:util` `parseArgs`. */
export const COMMON_OPTION_SPEC = {
  'as-of': { type: 'string' },
  json: { type: 'boolean', default: false },
  quiet: { type: 'boolean', short: 'q', default: false },
  out: { type: 'string', short: 'o' },
  format: { type: 'string' },
  'fail-on': { type: 'string' },
  policy: { type: 'string' },
  fx: { type: 'string' },
  list: { type: 'string', multiple: true },
  sheet: { type: 'string' },
  help: { type: 'boolean', short: 'h', default: false },
} as const;

function usage(message: string): UnforcedError {
  return new UnforcedError('USAGE', message);
}

/** A command's own options, in `node:util` `parseArgs` form (strings, possibly repeated). */
export type ExtraOptionSpec = Readonly<
  Record<string, { readonly type: 'string' | 'boolean'; readonly multiple?: boolean }>
>;

/** The values of a command's own options. */
export type ExtraOptions = Readonly<Record<string, string | boolean | readonly string[] | undefined>>;

/**
 * The value of a command's own string option (the last one given when repeated).
 *
 * @example
 * ```ts
 * stringOption(extra, 'master-data'); // 'master.json' | undefined
 * ```
 */
export function stringOption(extra: ExtraOptions, name: string): string | undefined {
  const value = extra[name];
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) return value.at(-1);
  return undefined;
}

/**
 * Every value of a command's own repeatable option.
 *
 * @example
 * ```ts
 * listOption(extra, 'workers'); // ['workers.json', 'payroll.xlsx']
 * ```
 */
export function listOption(extra: ExtraOptions, name: string): string[] {
  const value = extra[name];
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return [...value];
  return [];
}

/**
 * Parses a command's arguments: the common options, the command's own (`extra`), and positional file
 * arguments. Unknown options, a bad `--as-of` date, an unknown `--format` or `--fail-on` value are
 * `USAGE` errors (exit code 2).
 *
 * @example
 * ```ts
 * parseCommandArgs(['workers.csv', '--as-of', '2026-11-22'], '2026-11-22');
 * ```
 */
export function parseCommandArgs(
  args: readonly string[],
  today: string,
  defaultFormats: readonly OutputFormat[] = ['json', 'csv', 'md', 'pdf'],
  extraSpec: ExtraOptionSpec = {},
): Result<{ options: CommonOptions; files: string[]; extra: ExtraOptions }, UnforcedError> {
  let parsed: { values: Record<string, unknown>; positionals: string[] };
  try {
    parsed = parseArgs({
      args: [...args],
      options: { ...extraSpec, ...COMMON_OPTION_SPEC },
      allowPositionals: true,
      strict: true,
    }) as { values: Record<string, unknown>; positionals: string[] };
  } catch (cause) {
    return err(
      usage(cause instanceof Error ? cause.message.replace(/\. To specify.*$/s, '') : String(cause)),
    );
  }
  const values = parsed.values as {
    'as-of'?: string;
    json?: boolean;
    quiet?: boolean;
    out?: string;
    format?: string;
    'fail-on'?: string;
    policy?: string;
    fx?: string;
    list?: string[];
    sheet?: string;
    help?: boolean;
  };
  const asOf = values['as-of'] ?? today;
  if (!isIsoDate(asOf)) return err(usage(`--as-of "${asOf}" is not a date in the form YYYY-MM-DD`));
  const formats =
    values.format === undefined
      ? defaultFormats
      : values.format.split(',').map((f) => f.trim().toLowerCase());
  const unknownFormat = formats.find((f) => !(OUTPUT_FORMATS as readonly string[]).includes(f));
  if (unknownFormat !== undefined)
    return err(usage(`--format "${unknownFormat}" is not one of ${OUTPUT_FORMATS.join(', ')}`));
  const failOn = values['fail-on'];
  if (failOn !== undefined && !(SEVERITIES as readonly string[]).includes(failOn)) {
    return err(usage(`--fail-on "${failOn}" is not one of ${SEVERITIES.join(', ')}`));
  }
  const options: CommonOptions = {
    asOf,
    json: values.json === true,
    quiet: values.quiet === true,
    formats: formats as OutputFormat[],
    lists: values.list ?? [],
    help: values.help === true,
    ...(values.out === undefined ? {} : { out: values.out }),
    ...(failOn === undefined ? {} : { failOn: failOn as Severity }),
    ...(values.policy === undefined ? {} : { policy: values.policy }),
    ...(values.fx === undefined ? {} : { fx: values.fx }),
    ...(values.sheet === undefined ? {} : { sheet: values.sheet }),
  };
  const extra: Record<string, string | boolean | readonly string[] | undefined> = {};
  for (const name of Object.keys(extraSpec))
    extra[name] = parsed.values[name] as string | boolean | string[] | undefined;
  return ok({ options, files: parsed.positionals, extra });
}
