import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/** Runs an example's `start` entry (`tsx src/main.ts`) with arguments, as CI does, and returns what it printed. */
export function runExample(name: string, args: readonly string[]) {
  const cwd = fileURLToPath(new URL(`../../examples/${name}/`, import.meta.url));
  const run = spawnSync('npx', ['tsx', 'src/main.ts', ...args], { cwd, encoding: 'utf8' });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr.replace(/^npm warn.*\n/gm, '') };
}
