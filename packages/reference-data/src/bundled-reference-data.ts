import type { ReferenceData } from './reference-data.js';
import { createReferenceData } from './reference-data.js';

let bundled: ReferenceData | undefined;

/**
 * The reference data shipped in the package, built on first use. Use {@link createReferenceData} to
 * substitute datasets or to add the Global Slavery Index workbook.
 *
 * @example
 * ```ts
 * bundledReferenceData().tipTier('CN')?.tier; // 'tier-3'
 * ```
 */
export function bundledReferenceData(): ReferenceData {
  if (bundled === undefined) {
    const created = createReferenceData();
    if (created.isErr()) throw created.error; // the bundled data is validated at build time; this cannot fail
    bundled = created.value;
  }
  return bundled;
}
