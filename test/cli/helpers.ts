import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root. */
export const root = fileURLToPath(new URL('../../', import.meta.url));
/** The bundled example data. */
export const data = join(root, 'examples/data');
/** The built CLI (the root test command builds it before vitest runs). */
export const cliPath = join(root, 'packages/cli/dist/cli.js');

/** What a run of the built CLI printed and returned. */
export interface CliRun {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs the built `unforced` as a child process, as a user would. */
export function cli(args: readonly string[], cwd = root): CliRun {
  if (!existsSync(cliPath))
    throw new Error(`${cliPath} is missing: build the CLI first (cd packages/cli && npx tsup)`);
  const run = spawnSync(process.execPath, [cliPath, ...args], {
    cwd,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

/** A fresh temporary directory. */
export function tempDir(prefix = 'unforced-cli-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

/** Whether poppler's pdftotext is installed (CI installs it in .ci/run). */
export const hasPdftotext = (() => {
  try {
    execFileSync('pdftotext', ['-v'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();

/** The text of a PDF, by pdftotext (layout kept). */
export function pdfText(path: string): string {
  return execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
}
