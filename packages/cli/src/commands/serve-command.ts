import { parseServerFlags, SETTINGS, startCluster } from '@unforced/server';
import { EXIT_CODES } from '../exit-codes.js';
import type { CliIo } from '../io.js';
import { failWith } from '../output/report-error.js';
import type { Command } from './command.js';

const HELP = `unforced serve: run the HTTP validator service (@unforced/server)

Usage:
  unforced serve [--port 8787] [--host 127.0.0.1] [--api-keys id:sha256,…] [options]

Serves the SDK's checks as a JSON API for procurement systems (POST /v1/recruitment/check,
/v1/screening/screen, /v1/trace/verify, /v1/risk/assess, /v1/risk/portfolio, /v1/reports; GET
/v1/reference-data, /healthz, /openapi.json). Keys are configured by their SHA-256 only. Every option
can also come from its environment variable; flags win. Stops gracefully on Ctrl-C or SIGTERM. Logs
are JSON lines on stdout. With --workers N (or auto, one per CPU) N processes share the port; one
that dies is restarted, and rate limits apply per process. See docs/server.md.

Options (flag, environment variable):
${SETTINGS.map((s) => `  ${s.flag.padEnd(26)} ${s.env.padEnd(34)} ${s.help}`).join('\n')}

Exit codes: 0 stopped; 2 bad options or the port cannot be listened on.

Examples:
  unforced serve --port 8787 --api-keys "erp:$(printf %s "$KEY" | sha256sum | cut -d' ' -f1)"
  UNFORCED_PORT=9000 UNFORCED_ALLOW_UNAUTHENTICATED=true unforced serve --host 127.0.0.1
  unforced serve --host 0.0.0.0 --workers auto
`;

async function run(args: readonly string[], io: CliIo) {
  if (args.includes('--help') || args.includes('-h')) {
    io.stdout(HELP);
    return EXIT_CODES.OK;
  }
  const config = parseServerFlags(args, {
    env: io.env,
    base: { log: (line: string) => io.stdout(`${line}\n`) },
  });
  if (config.isErr()) return failWith(io, config.error, 'unforced serve --help');
  const started = await startCluster(config.value);
  if (started.isErr()) return failWith(io, started.error, 'unforced serve --help');
  const server = started.value;
  // With --workers, this command runs again in each worker process; only the primary talks.
  const primary = server.role === 'primary';
  const processes = server.workers > 1 ? ` with ${server.workers} processes` : '';
  if (primary) io.stderr(`unforced: serving on ${server.url}${processes} (Ctrl-C to stop)\n`);
  const signal = await io.untilInterrupted();
  if (primary) io.stderr(`unforced: ${signal}: stopping\n`);
  await server.close();
  return EXIT_CODES.OK;
}

/** `unforced serve`: a thin wrapper over `@unforced/server`'s flag parser and `startCluster`. */
export const serveCommand: Command = {
  name: 'serve',
  summary: 'run the HTTP validator service (@unforced/server)',
  help: HELP,
  run,
};
