import { readFileSync } from 'node:fs';
import type { CliIo } from '../io.js';

/** A CliIo backed by memory, for tests: files by path, captured stdout/stderr, a fixed today. */
export interface MemoryIo extends CliIo {
  readonly out: () => string;
  readonly err: () => string;
  readonly files: Map<string, Uint8Array | string>;
  /** A written file as text (undefined when not written). */
  readonly text: (path: string) => string | undefined;
}

/** Builds a {@link MemoryIo} with the given files. */
export function memoryIo(
  files: Record<string, Uint8Array | string> = {},
  options: {
    isTerminal?: boolean;
    env?: Record<string, string>;
    untilInterrupted?: () => Promise<string>;
    /** Read files not in the store from the real file system (e.g. the bundled demo data). */
    readThrough?: boolean;
  } = {},
): MemoryIo {
  let out = '';
  let err = '';
  const store = new Map<string, Uint8Array | string>(Object.entries(files));
  return {
    stdout: (text) => {
      out += text;
    },
    stderr: (text) => {
      err += text;
    },
    isTerminal: options.isTerminal ?? false,
    cwd: '/work',
    readFile: (path) => {
      const content = store.get(path);
      if (content === undefined && options.readThrough === true) return readFileSync(path);
      if (content === undefined) throw new Error(`ENOENT: ${path}`);
      return typeof content === 'string' ? new TextEncoder().encode(content) : content;
    },
    writeFile: (path, data) => {
      store.set(path, data);
    },
    today: () => '2026-11-22',
    env: options.env ?? {},
    untilInterrupted: options.untilInterrupted ?? (() => Promise.resolve('SIGTERM')),
    out: () => out,
    err: () => err,
    files: store,
    text: (path) => {
      const content = store.get(path);
      return content === undefined || typeof content === 'string'
        ? content
        : new TextDecoder().decode(content);
    },
  };
}
