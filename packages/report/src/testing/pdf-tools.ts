import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Runs a poppler tool on PDF bytes and returns its stdout (throws when the tool fails). */
export function poppler(
  tool: 'pdftotext' | 'pdffonts' | 'pdfinfo' | 'pdfdetach',
  bytes: Uint8Array,
  args: string[] = [],
): string {
  const dir = mkdtempSync(join(tmpdir(), 'unforced-report-'));
  try {
    const file = join(dir, 'in.pdf');
    writeFileSync(file, bytes);
    const tail = tool === 'pdftotext' ? [file, '-'] : [file];
    return execFileSync(tool, [...args, ...tail], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Whether poppler-utils is installed (CI installs it in `.ci/run`). */
export function hasPoppler(): boolean {
  try {
    execFileSync('pdftotext', ['-v'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/**
 * Rasterises each page in grey at `dpi` with pdftoppm and returns the ink of each page: the sum over
 * pixels of (255 − grey), so a page with more or darker marks has more ink.
 */
export function pageInk(bytes: Uint8Array, dpi = 72): number[] {
  const dir = mkdtempSync(join(tmpdir(), 'unforced-ink-'));
  try {
    const file = join(dir, 'in.pdf');
    writeFileSync(file, bytes);
    execFileSync('pdftoppm', ['-gray', '-r', String(dpi), file, join(dir, 'p')]);
    const pages = execFileSync('sh', ['-c', `ls ${dir}/p-*.pgm | sort`], { encoding: 'utf8' })
      .trim()
      .split('\n');
    return pages.map((path) => {
      const pgm = execFileSync('cat', [path]);
      // P5 header: magic, width height, maxval, each followed by whitespace.
      let offset = 0;
      for (let fields = 0; fields < 4; ) {
        while (pgm[offset] === 0x20 || pgm[offset] === 0x0a) offset += 1;
        while (pgm[offset] !== 0x20 && pgm[offset] !== 0x0a) offset += 1;
        fields += 1;
      }
      offset += 1;
      let ink = 0;
      for (let i = offset; i < pgm.length; i += 1) ink += 255 - (pgm[i] ?? 255);
      return ink;
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
