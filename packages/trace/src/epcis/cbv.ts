/**
 * CBV business steps that EPCIS 2.0 JSON writes as bare words.
 *
 * @example
 * ```ts
 * CBV_BIZ_STEPS.has('shipping'); // true
 * ```
 */
export const CBV_BIZ_STEPS: ReadonlySet<string> = new Set([
  'accepting',
  'arriving',
  'assembling',
  'collecting',
  'commissioning',
  'consigning',
  'creating_class_instance',
  'cycle_counting',
  'decommissioning',
  'departing',
  'destroying',
  'disassembling',
  'dispensing',
  'encoding',
  'entering_exiting',
  'holding',
  'inspecting',
  'installing',
  'killing',
  'loading',
  'other',
  'packing',
  'picking',
  'receiving',
  'removing',
  'repackaging',
  'repairing',
  'replacing',
  'reserving',
  'retail_selling',
  'shipping',
  'staging_outbound',
  'stock_taking',
  'stocking',
  'storing',
  'transporting',
  'unloading',
  'unpacking',
  'void_shipping',
  'sensor_reporting',
  'sampling',
]);

/**
 * CBV dispositions that EPCIS 2.0 JSON writes as bare words.
 *
 * @example
 * ```ts
 * CBV_DISPOSITIONS.has('in_transit'); // true
 * ```
 */
export const CBV_DISPOSITIONS: ReadonlySet<string> = new Set([
  'active',
  'container_closed',
  'damaged',
  'destroyed',
  'dispensed',
  'disposed',
  'encoded',
  'expired',
  'in_progress',
  'in_transit',
  'inactive',
  'no_pedigree_match',
  'non_sellable_other',
  'partially_dispensed',
  'recalled',
  'reserved',
  'retail_sold',
  'returned',
  'sellable_accessible',
  'sellable_not_accessible',
  'stolen',
  'unknown',
  'available',
  'completeness_verified',
  'completeness_inferred',
  'conformant',
  'container_open',
  'mismatch_instance',
  'mismatch_class',
  'mismatch_quantity',
  'needs_replacement',
  'non_conformant',
  'unavailable',
]);

/**
 * CBV business transaction types (`po` purchase order, `inv` invoice, `bol` bill of lading…).
 *
 * @example
 * ```ts
 * CBV_BIZ_TRANSACTION_TYPES.has('bol'); // true
 * ```
 */
export const CBV_BIZ_TRANSACTION_TYPES: ReadonlySet<string> = new Set([
  'bol',
  'cert',
  'desadv',
  'inv',
  'pedigree',
  'po',
  'poc',
  'prodorder',
  'recadv',
  'rma',
  'testprd',
  'testres',
  'upevt',
]);

/**
 * CBV source/destination types.
 *
 * @example
 * ```ts
 * CBV_SOURCE_DESTINATION_TYPES.has('owning_party'); // true
 * ```
 */
export const CBV_SOURCE_DESTINATION_TYPES: ReadonlySet<string> = new Set([
  'owning_party',
  'possessing_party',
  'location',
]);

const PREFIXES = {
  bizStep: [
    'https://ref.gs1.org/cbv/BizStep-',
    'http://ref.gs1.org/cbv/BizStep-',
    'urn:epcglobal:cbv:bizstep:',
  ],
  disposition: ['https://ref.gs1.org/cbv/Disp-', 'http://ref.gs1.org/cbv/Disp-', 'urn:epcglobal:cbv:disp:'],
  bizTransactionType: [
    'https://ref.gs1.org/cbv/BTT-',
    'http://ref.gs1.org/cbv/BTT-',
    'urn:epcglobal:cbv:btt:',
  ],
  sourceDestinationType: [
    'https://ref.gs1.org/cbv/SDT-',
    'http://ref.gs1.org/cbv/SDT-',
    'urn:epcglobal:cbv:sdt:',
  ],
} as const;

const VOCABULARIES = {
  bizStep: CBV_BIZ_STEPS,
  disposition: CBV_DISPOSITIONS,
  bizTransactionType: CBV_BIZ_TRANSACTION_TYPES,
  sourceDestinationType: CBV_SOURCE_DESTINATION_TYPES,
} as const;

/** A CBV vocabulary the package normalises. */
export type CbvVocabulary = keyof typeof PREFIXES;

/**
 * The bare CBV term of a value written as a bare word, a `https://ref.gs1.org/cbv/…` URI or a
 * `urn:epcglobal:cbv:…` URN (`https://ref.gs1.org/cbv/BizStep-shipping` → `shipping`). Values outside
 * the CBV (a company's own URI) are returned unchanged.
 *
 * @example
 * ```ts
 * cbvTerm('urn:epcglobal:cbv:btt:po', 'bizTransactionType'); // 'po'
 * ```
 */
export function cbvTerm(value: string, vocabulary: CbvVocabulary): string {
  if (!value.includes(':')) return value;
  for (const prefix of PREFIXES[vocabulary]) {
    if (value.startsWith(prefix)) {
      const term = value.slice(prefix.length);
      return VOCABULARIES[vocabulary].has(term) ? term : value;
    }
  }
  return value;
}
