import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';

// The project compiles without the DOM library, where the WebAssembly global is declared; Node has it.
declare const WebAssembly: {
  instantiate(bytes: Uint8Array): Promise<{ instance: { exports: unknown } }>;
};

interface HarfBuzzExports {
  memory: { buffer: ArrayBuffer };
  _initialize?: () => void;
  malloc(size: number): number;
  free(pointer: number): void;
  hb_blob_create(data: number, length: number, mode: number, user: number, destroy: number): number;
  hb_blob_destroy(blob: number): void;
  hb_blob_get_data(blob: number, length: number): number;
  hb_blob_get_length(blob: number): number;
  hb_face_create(blob: number, index: number): number;
  hb_face_destroy(face: number): void;
  hb_face_reference_blob(face: number): number;
  hb_set_add(set: number, value: number): void;
  hb_subset_input_create_or_fail(): number;
  hb_subset_input_destroy(input: number): void;
  hb_subset_input_unicode_set(input: number): number;
  hb_subset_input_set(input: number, which: number): number;
  hb_subset_input_get_flags(input: number): number;
  hb_subset_input_set_flags(input: number, flags: number): void;
  hb_subset_or_fail(face: number, input: number): number;
}

const HB_MEMORY_MODE_READONLY = 1;
const HB_SUBSET_SETS_DROP_TABLE_TAG = 3;
const HB_SUBSET_FLAGS_NO_HINTING = 0x1;
const DROPPED_TABLES = [
  'GSUB',
  'GPOS',
  'GDEF',
  'BASE',
  'JSTF',
  'MATH',
  'DSIG',
  'VORG',
  'vhea',
  'vmtx',
  'kern',
];

let instance: Promise<HarfBuzzExports> | undefined;

/** Loads HarfBuzz's subsetter (the WebAssembly build that ships in the `harfbuzzjs` npm package) once. */
function harfBuzz(): Promise<HarfBuzzExports> {
  instance ??= (async () => {
    const path = createRequire(import.meta.url).resolve('harfbuzzjs/dist/harfbuzz-subset.wasm');
    const module = await WebAssembly.instantiate(await readFile(path));
    const exports = module.instance.exports as unknown as HarfBuzzExports;
    exports._initialize?.();
    return exports;
  })();
  return instance;
}

function tag(name: string): number {
  return (
    ((name.charCodeAt(0) << 24) |
      (name.charCodeAt(1) << 16) |
      (name.charCodeAt(2) << 8) |
      name.charCodeAt(3)) >>>
    0
  );
}

const faces = new WeakMap<Uint8Array, Map<number, number>>();

/**
 * Subsets a TrueType/OpenType font (or one face of a collection) to the given code points with HarfBuzz's
 * `hb-subset`, dropping hinting and layout tables. The result is a standalone font whose cmap maps exactly
 * the retained code points; glyph ids are renumbered, so callers read them back from the result. Throws on
 * failure; `embedFonts` wraps it.
 */
export async function subsetFont(
  font: Uint8Array,
  faceIndex: number,
  codePoints: Iterable<number>,
): Promise<Uint8Array> {
  const hb = await harfBuzz();
  const byIndex = faces.get(font) ?? new Map<number, number>();
  faces.set(font, byIndex);
  let face = byIndex.get(faceIndex);
  if (face === undefined) {
    // The font is copied into the WebAssembly heap once per (buffer, face) and kept for later documents.
    const pointer = hb.malloc(font.byteLength);
    new Uint8Array(hb.memory.buffer).set(font, pointer);
    const blob = hb.hb_blob_create(pointer, font.byteLength, HB_MEMORY_MODE_READONLY, 0, 0);
    face = hb.hb_face_create(blob, faceIndex);
    hb.hb_blob_destroy(blob);
    byIndex.set(faceIndex, face);
  }
  const input = hb.hb_subset_input_create_or_fail();
  if (input === 0) throw new Error('hb_subset_input_create_or_fail failed');
  try {
    const unicodes = hb.hb_subset_input_unicode_set(input);
    for (const codePoint of codePoints) hb.hb_set_add(unicodes, codePoint);
    const drop = hb.hb_subset_input_set(input, HB_SUBSET_SETS_DROP_TABLE_TAG);
    for (const name of DROPPED_TABLES) hb.hb_set_add(drop, tag(name));
    hb.hb_subset_input_set_flags(input, hb.hb_subset_input_get_flags(input) | HB_SUBSET_FLAGS_NO_HINTING);
    const subset = hb.hb_subset_or_fail(face, input);
    if (subset === 0) throw new Error('hb_subset_or_fail failed: the font may be damaged');
    const blob = hb.hb_face_reference_blob(subset);
    const data = hb.hb_blob_get_data(blob, 0);
    const length = hb.hb_blob_get_length(blob);
    const out = new Uint8Array(hb.memory.buffer, data, length).slice();
    hb.hb_blob_destroy(blob);
    hb.hb_face_destroy(subset);
    if (length === 0) throw new Error('HarfBuzz returned an empty font');
    return out;
  } finally {
    hb.hb_subset_input_destroy(input);
  }
}
