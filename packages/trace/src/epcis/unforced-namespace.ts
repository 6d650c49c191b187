/**
 * The JSON-LD namespace of the few fields the trace package writes into EPCIS documents as extensions
 * (`unforced:processType`, `unforced:labels`, `unforced:bizTransactionTypes`, and fields that another
 * format carried without a namespace). Declared in the `@context` of every document it writes.
 *
 * @example
 * ```ts
 * ({ '@context': [EPCIS_CONTEXT, { unforced: UNFORCED_NAMESPACE }] });
 * ```
 */
export const UNFORCED_NAMESPACE = 'https://unforced.dev/ns/trace#';

/**
 * The standard EPCIS 2.0 JSON-LD context.
 *
 * @example
 * ```ts
 * ({ '@context': [EPCIS_CONTEXT], type: 'EPCISDocument' });
 * ```
 */
export const EPCIS_CONTEXT = 'https://ref.gs1.org/standards/epcis/epcis-context.jsonld';

/**
 * The prefix of the package's extension fields.
 *
 * @example
 * ```ts
 * `${UNFORCED_PREFIX}processType`; // 'unforced:processType'
 * ```
 */
export const UNFORCED_PREFIX = 'unforced:';
