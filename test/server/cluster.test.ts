import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import { checkRecruitment } from '@unforced/recruitment';
import { hashApiKey } from '@unforced/server';
import { afterEach, describe, expect, it } from 'vitest';
import { ERP_KEY, exampleFxRates, exampleWorkers, jsonHeaders, rawRequest } from './helpers.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const fixture = fileURLToPath(new URL('./cluster-fixture.ts', import.meta.url));
const cliPath = fileURLToPath(new URL('../../packages/cli/dist/cli.js', import.meta.url));

// biome-ignore lint/suspicious/noExplicitAny: log lines and JSON answers, whose shape the assertions check.
type Json = any;

/** A program under test: its JSON lines on stdout, and how it ended. */
interface Program {
  readonly child: ChildProcess;
  readonly lines: Json[];
  readonly stderr: () => string;
  /** Resolves with the first line (from now on or already seen) that matches. */
  waitFor(match: (line: Json) => boolean, what: string): Promise<Json>;
  /** Resolves with the first value `test` gives that is not undefined, checked on every output. */
  waitUntil<T>(test: () => T | undefined, what: string): Promise<T>;
  readonly exited: Promise<number | null>;
}

const running: ChildProcess[] = [];
afterEach(() => {
  for (const child of running.splice(0)) if (child.exitCode === null) child.kill('SIGKILL');
});

function start(args: string[], env: Record<string, string>): Program {
  const child = spawn(process.execPath, args, {
    cwd: root,
    env: {
      ...process.env,
      TSX_TSCONFIG_PATH: fileURLToPath(new URL('../tsconfig.json', import.meta.url)),
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  running.push(child);
  const lines: Json[] = [];
  const waiting = new Set<() => void>();
  let stderr = '';
  let rest = '';
  child.stdout?.setEncoding('utf8').on('data', (chunk: string) => {
    const parts = (rest + chunk).split('\n');
    rest = parts.pop() ?? '';
    for (const part of parts) if (part.startsWith('{')) lines.push(JSON.parse(part));
    for (const check of waiting) check();
  });
  child.stderr?.setEncoding('utf8').on('data', (chunk: string) => {
    stderr += chunk;
    for (const check of waiting) check();
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const waitUntil = <T>(test: () => T | undefined, what: string) =>
    new Promise<T>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no ${what} within 20 s; stderr: ${stderr}`)), 20_000);
      const check = () => {
        const found = test();
        if (found === undefined) return;
        clearTimeout(timer);
        waiting.delete(check);
        resolve(found);
      };
      waiting.add(check);
      check();
    });
  const waitFor = (match: (line: Json) => boolean, what: string) => waitUntil(() => lines.find(match), what);
  return { child, lines, stderr: () => stderr, waitFor, waitUntil, exited };
}

const startFixture = (env: Record<string, string>) => start(['--import', 'tsx', fixture], env);

const checkBody = JSON.stringify({
  asOf: '2026-11-22',
  fxRates: exampleFxRates(),
  workers: exampleWorkers(),
});

/** POSTs the example recruitment check on a connection of its own (so each may go to another process). */
const check = (url: string) =>
  rawRequest(`${url}/v1/recruitment/check`, {
    headers: { ...jsonHeaders(), connection: 'close' },
    chunks: [checkBody],
  });

const listening = (line: Json) => line.event === 'server.listening';

/** The pids of the first `count` processes that wrote `server.listening` (the primary may answer first). */
const listeningPids = (program: Program, count: number) =>
  program.waitUntil(() => {
    const pids = program.lines.filter(listening).map((line): number => line.pid);
    return pids.length >= count ? pids.slice(0, count) : undefined;
  }, `${count} server.listening lines`);

describe('startCluster with two worker processes', () => {
  it('serves from both on one port, answers what the SDK answers, and on SIGTERM finishes requests in flight and exits 0', async () => {
    const program = startFixture({ UNFORCED_WORKERS: '2' });
    const { url, workers } = await program.waitFor((line) => line.event === 'fixture.ready', 'fixture.ready');
    expect(workers).toBe(2);
    const pids = new Set(await listeningPids(program, 2));
    expect(pids.size).toBe(2);
    expect(pids.has(program.child.pid ?? 0)).toBe(false);

    const health = await fetch(`${url}/healthz`);
    expect([health.status, await health.json()]).toEqual([200, { status: 'ok' }]);
    const answers = await Promise.all([check(url), check(url), check(url), check(url)]);
    const direct = checkRecruitment(exampleWorkers(), {
      asOf: '2026-11-22',
      fxRates: exampleFxRates() as never,
    })._unsafeUnwrap();
    for (const answer of answers) {
      expect(answer.status).toBe(200);
      expect(JSON.parse(answer.body)).toEqual(JSON.parse(JSON.stringify(direct)));
    }
    // Connections go to the processes in turn: both answered, each with ids of its own.
    await program.waitFor(
      () => program.lines.filter((line) => line.event === 'request').length >= 5,
      'five request lines',
    );
    const prefixes = new Set(
      program.lines
        .filter((line) => line.route === '/v1/recruitment/check')
        .map((line) => String(line.requestId).replace(/-\d+$/, '')),
    );
    expect(prefixes).toEqual(new Set(['cluster-w1', 'cluster-w2']));

    // A request whose second half arrives after SIGTERM still gets its answer.
    const half = Math.floor(checkBody.length / 2);
    const inFlight = rawRequest(`${url}/v1/recruitment/check`, {
      headers: { ...jsonHeaders(), 'content-length': String(Buffer.byteLength(checkBody)) },
      chunks: [checkBody.slice(0, half), checkBody.slice(half)],
      pauseMs: 600,
    });
    await new Promise((resolve) => setTimeout(resolve, 200));
    program.child.kill('SIGTERM');
    const late = await inFlight;
    expect(late.status).toBe(200);
    expect(late.headers.connection).toBe('close');
    expect(JSON.parse(late.body).workers).toHaveLength(3);

    expect(await program.exited).toBe(0);
    const events = program.lines.map((line) => line.event);
    expect(events.filter((event) => event === 'server.closed')).toHaveLength(2);
    expect(events.indexOf('cluster.closing')).toBeLessThan(events.indexOf('server.closed'));
    expect(events.at(-1)).toBe('cluster.closed');
    expect(program.lines.filter((line) => line.level === 'error')).toEqual([]);
  });

  it('replaces a worker that dies, and logs it as an error', async () => {
    const program = startFixture({ UNFORCED_WORKERS: '2' });
    const { url } = await program.waitFor((line) => line.event === 'fixture.ready', 'fixture.ready');
    const [victim = 0, survivor] = await listeningPids(program, 2);
    process.kill(victim, 'SIGKILL');
    const exited = await program.waitFor(
      (line) => line.event === 'cluster.worker-exited',
      'cluster.worker-exited',
    );
    expect(exited).toMatchObject({ level: 'error', pid: victim, signal: 'SIGKILL' });
    expect(exited.restartInMs).toBeGreaterThanOrEqual(0);
    const replacement = await program.waitFor(
      (line) => listening(line) && line.pid !== victim && line.pid !== survivor,
      'a replacement worker',
    );
    expect(replacement.address).toBe(url);
    expect((await check(url)).status).toBe(200);

    program.child.kill('SIGTERM');
    expect(await program.exited).toBe(0);
    expect(program.lines.filter((line) => line.event === 'server.closed')).toHaveLength(2);
  });

  it('fails with LISTEN_FAILED when the port is taken', async () => {
    const holder = createServer();
    await new Promise<void>((resolve) => holder.listen(0, '127.0.0.1', resolve));
    try {
      const port = (holder.address() as { port: number }).port;
      const program = startFixture({ UNFORCED_WORKERS: '2', UNFORCED_PORT: String(port) });
      const failed = await program.waitFor((line) => line.event === 'fixture.failed', 'fixture.failed');
      expect(failed.code).toBe('LISTEN_FAILED');
      expect(await program.exited).toBe(2);
    } finally {
      holder.close();
    }
  });
});

describe('unforced serve --workers 2 (the built CLI)', () => {
  it('serves from two processes and stops on SIGTERM with exit code 0', async () => {
    if (!existsSync(cliPath)) throw new Error(`${cliPath} is missing: build first (pnpm -r run build)`);
    const program = start([cliPath, 'serve', '--port', '0', '--workers', '2'], {
      UNFORCED_API_KEYS: `erp:${hashApiKey(ERP_KEY)}`,
    });
    const url = await program.waitUntil(
      () => /serving on (http:\/\/[^ ]+) with 2 processes/.exec(program.stderr())?.[1],
      '"serving on"',
    );
    expect(new Set(await listeningPids(program, 2)).size).toBe(2);
    expect((await fetch(`${url}/healthz`)).status).toBe(200);
    const answer = await check(url);
    expect(answer.status).toBe(200);
    expect(JSON.parse(answer.body).workers).toHaveLength(3);

    program.child.kill('SIGTERM');
    expect(await program.exited).toBe(0);
    expect(program.lines.filter((line) => line.event === 'server.closed')).toHaveLength(2);
    expect(program.lines.at(-1)?.event).toBe('cluster.closed');
    expect(program.stderr().match(/serving on/g)).toHaveLength(1);
  });
});
