import { bundledReferenceData } from '@unforced/reference-data';
import { EXIT_CODES } from '../exit-codes.js';
import type { CliIo } from '../io.js';
import { parseCommandArgs } from '../options.js';
import { failWith } from '../output/report-error.js';
import { textTable } from '../output/text-table.js';
import type { Command } from './command.js';

const HELP = `unforced data: the reference datasets, their editions, sources and staleness

Usage:
  unforced data [--as-of YYYY-MM-DD] [--json]

Every dataset the SDK ships is listed with its edition, the date it was last known to be current,
its age on the as-of date and whether it is older than its refresh period (marked STALE: check the
source for a newer edition). The Global Slavery Index is not shipped; load your copy with the SDK.

Examples:
  unforced data
  unforced data --as-of 2026-11-22 --json
`;

async function run(args: readonly string[], io: CliIo) {
  const parsed = parseCommandArgs(args, io.today());
  if (parsed.isErr()) return failWith(io, parsed.error, 'unforced data --help');
  const { options } = parsed.value;
  if (options.help) {
    io.stdout(HELP);
    return EXIT_CODES.OK;
  }
  const data = bundledReferenceData();
  const status = data.datasetStatus(options.asOf);
  if (options.json) {
    const datasets = status.map((s) => {
      const slot = Object.values(data.datasets).find((d) => d?.meta.id === s.id);
      return { ...s, source: slot?.meta.source, licence: slot?.meta.licence, caveats: slot?.meta.caveats };
    });
    io.stdout(`${JSON.stringify({ asOf: options.asOf, datasets }, null, 2)}\n`);
    return EXIT_CODES.OK;
  }
  io.stdout(`Reference data as of ${options.asOf}\n\n`);
  io.stdout(
    `${textTable(
      ['dataset', 'edition', 'current as of', 'age (days)', 'status'],
      status.map((s) => [
        s.id,
        s.edition,
        s.validAsOf,
        String(s.ageDays),
        s.stale ? 'STALE' : s.fromTheFuture ? 'AFTER AS-OF' : 'ok',
      ]),
    )}\n`,
  );
  const warnings = status.flatMap((s) => (s.warning === undefined ? [] : [s.warning]));
  if (warnings.length > 0) io.stdout(`\n${warnings.map((w) => `! ${w}`).join('\n')}\n`);
  return EXIT_CODES.OK;
}

/** `unforced data`: the reference datasets with editions, sources and staleness as of `--as-of`. */
export const dataCommand: Command = {
  name: 'data',
  summary: 'list the reference datasets with editions, sources and staleness',
  help: HELP,
  run,
};
