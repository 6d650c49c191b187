import { extname } from 'node:path';
import { UnforcedError } from '@unforced/core';
import { verifyReport } from '@unforced/report';
import { EXIT_CODES } from '../exit-codes.js';
import type { CliIo } from '../io.js';
import { parseCommandArgs } from '../options.js';
import { failWith } from '../output/report-error.js';
import { textTable } from '../output/text-table.js';
import { jsonText } from '../output/write-file.js';
import type { Command } from './command.js';
import { missingInput, printedHelp } from './command-kit.js';

const HELP = `unforced report verify: check that an Unforced PDF report is intact

Usage:
  unforced report verify FILE.pdf... [--json]

Every Unforced PDF carries its report data as an attachment (report.json) and prints the SHA-256 of
that data on its cover and in every footer. verify recomputes the hash, compares it with each printed
copy, validates the data, and renders it again to check the PDF byte for byte: a PDF that was edited,
truncated or re-saved fails, and the reasons are listed.

Exit codes: 0 every file verified; 1 a file failed verification (altered, or not an Unforced
report); 2 bad usage or a file that cannot be read.

Examples:
  unforced report verify out/portfolio.pdf
  unforced report verify out/suppliers/*.pdf --json
`;

async function verifyOne(io: CliIo, file: string) {
  let bytes: Uint8Array;
  try {
    bytes = io.readFile(file);
  } catch (cause) {
    return {
      error: new UnforcedError('INPUT_UNREADABLE', `${file}: cannot be read (does it exist?)`, {
        path: [file],
        cause,
      }),
    };
  }
  const checked = await verifyReport(bytes);
  if (checked.isErr()) return { error: checked.error };
  const v = checked.value;
  return {
    result: {
      file,
      verified: v.verified,
      reportSha256: v.reportSha256 ?? null,
      type: v.report?.type ?? null,
      asOf: v.report?.meta.asOf ?? null,
      title: v.report?.meta.title ?? null,
      rendersIdentically: v.rendersIdentically ?? null,
      issues: v.issues,
    },
  };
}

async function run(args: readonly string[], io: CliIo) {
  const [sub, ...rest] = args;
  if (sub === undefined || sub === '--help' || sub === '-h') {
    io.stdout(HELP);
    return sub === undefined ? EXIT_CODES.USAGE_OR_INPUT_ERROR : EXIT_CODES.OK;
  }
  if (sub !== 'verify')
    return failWith(
      io,
      new UnforcedError('USAGE', `unknown report command "${sub}": the only one is "verify"`),
      'unforced report --help',
    );
  const parsed = parseCommandArgs(rest, io.today());
  if (parsed.isErr()) return failWith(io, parsed.error, 'unforced report --help');
  const { options, files } = parsed.value;
  if (printedHelp(io, options.help, HELP)) return EXIT_CODES.OK;
  if (files.length === 0)
    return failWith(io, missingInput('report verify', 'a PDF file'), 'unforced report --help');
  const results = [];
  for (const file of files) {
    if (extname(file).toLowerCase() !== '.pdf')
      return failWith(
        io,
        new UnforcedError('USAGE', `${file}: give a .pdf file written by Unforced`),
        'unforced report --help',
      );
    const one = await verifyOne(io, file);
    if (one.error !== undefined) return failWith(io, one.error, 'unforced report --help');
    results.push(one.result);
  }
  if (options.json) io.stdout(jsonText({ command: 'report verify', results }));
  else {
    io.stdout(
      `${textTable(
        ['file', 'result', 'report', 'as of', 'data SHA-256'],
        results.map((r) => [
          r.file,
          r.verified ? 'verified' : 'FAILED',
          r.type ?? '-',
          r.asOf ?? '-',
          r.reportSha256 ?? '-',
        ]),
      )}\n`,
    );
    for (const r of results)
      for (const issue of r.issues) io.stdout(`  ${r.file}: ${issue.code} ${issue.message}\n`);
  }
  return results.every((r) => r.verified) ? EXIT_CODES.OK : EXIT_CODES.FINDINGS_AT_OR_ABOVE_THRESHOLD;
}

/** `unforced report verify FILE.pdf`: checks the embedded report data against the printed hash. */
export const reportCommand: Command = {
  name: 'report',
  summary: 'report verify FILE.pdf: check a PDF report against its embedded, hashed data',
  help: HELP,
  run,
};
