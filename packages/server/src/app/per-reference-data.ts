import type { ReferenceData } from '@unforced/reference-data';

/**
 * Wraps `build` so that it runs once per reference-data set and its value is kept for the next
 * requests (an index or a model an endpoint reuses), and dropped with the reference data.
 *
 * @example
 * ```ts
 * const modelFor = perReferenceData((referenceData) => createRiskModel({ referenceData }));
 * modelFor(bundledReferenceData()) === modelFor(bundledReferenceData()); // true
 * ```
 */
export function perReferenceData<T>(
  build: (referenceData: ReferenceData) => T,
): (referenceData: ReferenceData) => T {
  const kept = new WeakMap<ReferenceData, { readonly value: T }>();
  return (referenceData) => {
    let entry = kept.get(referenceData);
    if (entry === undefined) {
      entry = { value: build(referenceData) };
      kept.set(referenceData, entry);
    }
    return entry.value;
  };
}
