import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { toUnforcedError, type UnforcedError } from '@unforced/core';
import { ResultAsync } from 'neverthrow';

/**
 * A font a caller supplies for scripts the bundled fonts do not cover (Arabic, Hebrew, Devanagari, Thai,
 * Hangul, rare Han characters, …): the bytes of a TrueType/OpenType font or collection, and the face to use.
 * Fonts are tried in order after the bundled ones, character by character.
 *
 * @example
 * ```ts
 * const arabic: FontInput = { bytes: await readFile('/usr/share/fonts/truetype/noto/NotoSansArabic-Regular.ttf') };
 * ```
 */
export interface FontInput {
  readonly bytes: Uint8Array;
  /** The face of a collection (`.ttc`); 0 otherwise. */
  readonly faceIndex?: number;
}

/** The fonts that ship in the package (SIL Open Font Licence 1.1; see `fonts/OFL.txt`). */
export interface BundledFonts {
  readonly regular: Uint8Array;
  readonly bold: Uint8Array;
  readonly han: Uint8Array;
}

function fontsDirectory(): string | undefined {
  // `dist/index.js` sits one level below the package root; the sources sit three levels below it.
  for (const up of ['../', '../../', '../../../', '../../../../']) {
    const candidate = new URL(`${up}fonts/`, import.meta.url);
    if (existsSync(new URL('OFL.txt', candidate))) return fileURLToPath(candidate);
  }
  return undefined;
}

let bundled: ResultAsync<BundledFonts, UnforcedError> | undefined;

/**
 * Reads the bundled fonts from the package's `fonts/` folder once: Noto Sans Regular and Bold (Latin with
 * Vietnamese, Turkish and Polish diacritics, Greek, Cyrillic) and Noto Sans CJK SC (16,091 Han characters
 * of the Chinese standard tables, GB 2312 and Big5, with kana and CJK punctuation).
 *
 * @example
 * ```ts
 * const fonts = await loadBundledFonts(); // Result<BundledFonts, UnforcedError>
 * ```
 */
export function loadBundledFonts(): ResultAsync<BundledFonts, UnforcedError> {
  bundled ??= ResultAsync.fromPromise(
    (async () => {
      const directory = fontsDirectory();
      if (directory === undefined) throw new Error('the fonts folder of @unforced/report was not found');
      const [regular, bold, han] = await Promise.all(
        ['NotoSans-Regular.ttf', 'NotoSans-Bold.ttf', 'NotoSansSC-Regular.otf'].map(
          async (name) => new Uint8Array(await readFile(`${directory}${name}`)),
        ),
      );
      if (regular === undefined || bold === undefined || han === undefined) throw new Error('missing font');
      return { regular, bold, han };
    })(),
    (cause) => toUnforcedError(cause, 'FONT_UNSUPPORTED'),
  );
  return bundled;
}
