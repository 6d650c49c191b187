import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

/** One file of the shared data directory, read once, with its SHA-256. */
export interface SourceFile {
  /** Path relative to the shared data directory, with `/` separators. */
  readonly path: string;
  readonly sha256: string;
  readonly text: string;
}

/** Reads a file of the shared data directory as UTF-8 and hashes its bytes. */
export function readSourceFile(sharedDataDir: string, path: string): SourceFile {
  const bytes = readFileSync(resolve(sharedDataDir, path));
  return {
    path,
    sha256: createHash('sha256').update(bytes).digest('hex'),
    text: bytes.toString('utf8'),
  };
}

/** The `{ path, sha256 }` pairs recorded in a dataset's `meta.source.files`. */
export function fileDigests(files: readonly SourceFile[]): Array<{ path: string; sha256: string }> {
  return files.map((file) => ({ path: file.path, sha256: file.sha256 }));
}

/** Reads shared data files on demand, each at most once. */
export type SourceReader = (path: string) => SourceFile;

/** A {@link SourceReader} over one shared data directory. */
export function createSourceReader(sharedDataDir: string): SourceReader {
  const cache = new Map<string, SourceFile>();
  return (path) => {
    const cached = cache.get(path);
    if (cached !== undefined) return cached;
    const file = readSourceFile(sharedDataDir, path);
    cache.set(path, file);
    return file;
  };
}
