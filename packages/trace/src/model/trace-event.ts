import { DecimalString, IsoDateTime } from '@unforced/core';
import { z } from 'zod';

/**
 * The kinds of traceability event: the five EPCIS 2.0 event types and `extension` for any other type.
 *
 * @example
 * ```ts
 * EVENT_KINDS.includes('transformation'); // true
 * ```
 */
export const EVENT_KINDS = [
  'object',
  'aggregation',
  'transformation',
  'transaction',
  'association',
  'extension',
] as const;

/** An event kind. */
export type EventKind = (typeof EVENT_KINDS)[number];

/**
 * EPCIS `action` values (UNTP writes them in lower case; the model keeps EPCIS upper case).
 *
 * @example
 * ```ts
 * EVENT_ACTIONS.includes('ADD'); // true
 * ```
 */
export const EVENT_ACTIONS = ['ADD', 'OBSERVE', 'DELETE'] as const;

const Text = z.string().min(1);

/**
 * A quantity of a product class or lot: the `epcClass` (EPCIS) or `productId` (UNTP) it counts, the
 * amount as an exact decimal string, and the UNECE Rec 20 unit (absent: a count of items).
 *
 * @example
 * ```ts
 * TraceQuantity.parse({ epcClass: 'urn:epc:class:lgtin:9521004.020001.Y-0001', quantity: '4500', uom: 'KGM' });
 * ```
 */
export const TraceQuantity = z.strictObject({
  epcClass: Text,
  quantity: DecimalString.optional(),
  uom: z
    .string()
    .regex(/^[A-Z0-9]{2,3}$/, 'a UNECE Rec 20 unit code is 2–3 upper-case letters or digits')
    .optional(),
});
/** A quantity of a class or lot. */
export type TraceQuantity = z.infer<typeof TraceQuantity>;

/**
 * A business document an event refers to (EPCIS `bizTransactionList`): its CBV type (`po`, `inv`,
 * `bol`, `desadv`, `prodorder`, `cert`…, or a URI) and its identifier. UNTP names only the type, so
 * `id` may be absent.
 *
 * @example
 * ```ts
 * BizTransactionRef.parse({ type: 'po', id: 'urn:epcglobal:cbv:bt:9521008000004:PO-2025-0117' });
 * ```
 */
export const BizTransactionRef = z.strictObject({ type: Text.optional(), id: Text.optional() });
/** A business document reference. */
export type BizTransactionRef = z.infer<typeof BizTransactionRef>;

/**
 * A source or destination of an event (EPCIS `sourceList` / `destinationList`, UNTP `sourceParty` /
 * `destinationParty`): its CBV type (`owning_party`, `possessing_party`, `location`) and identifier.
 *
 * @example
 * ```ts
 * SourceDestination.parse({ type: 'owning_party', id: 'urn:epc:id:pgln:9521004.00000' });
 * ```
 */
export const SourceDestination = z.strictObject({ type: Text, id: Text });
/** A source or destination. */
export type SourceDestination = z.infer<typeof SourceDestination>;

const Ids = z.array(Text);
const Quantities = z.array(TraceQuantity);

/**
 * The one normalised traceability event of the trace package. EPCIS 2.0 and UNTP events are converted
 * into it (and EPCIS written back from it). Vocabulary terms are short CBV names (`shipping`, not
 * `https://ref.gs1.org/cbv/BizStep-shipping`). Fields the model does not interpret (sensor data,
 * certification info, extension fields, an event's own `@context`) are kept verbatim in `extensions`.
 *
 * @example
 * ```ts
 * TraceEvent.parse({
 *   id: 'urn:uuid:0f5d8a6e-5b7e-4d39-9a6b-2f0d8c1e0001', kind: 'object', type: 'ObjectEvent', action: 'ADD',
 *   eventTime: '2024-10-02T09:00:00-05:00', eventTimeZoneOffset: '-05:00', bizStep: 'commissioning',
 *   bizLocation: 'urn:epc:id:sgln:9521001.00001.0',
 *   epcList: [], quantityList: [{ epcClass: 'urn:epc:class:lgtin:9521001.010001.TX24-0001', quantity: '4000', uom: 'LBR' }],
 *   childEpcs: [], childQuantityList: [], inputEpcList: [], inputQuantityList: [], outputEpcList: [],
 *   outputQuantityList: [], bizTransactionList: [], sourceList: [], destinationList: [], labels: {}, extensions: {},
 * });
 * ```
 */
export const TraceEvent = z.strictObject({
  /** EPCIS `eventID` / UNTP `id`; when the input has none, a content hash (`urn:unforced:event:…`). */
  id: Text,
  kind: z.enum(EVENT_KINDS),
  /** The type as written (`ObjectEvent`, or an extension event type). */
  type: Text,
  action: z.enum(EVENT_ACTIONS).optional(),
  eventTime: IsoDateTime,
  eventTimeZoneOffset: z.string().regex(/^[+-](?:(?:0\d|1[0-3]):[0-5]\d|14:00)$/, 'an offset like +08:00'),
  recordTime: IsoDateTime.optional(),
  bizStep: Text.optional(),
  disposition: Text.optional(),
  readPoint: Text.optional(),
  bizLocation: Text.optional(),
  /** UNTP `processType` (e.g. `Spinning`); in EPCIS the extension `unforced:processType`. */
  processType: Text.optional(),
  transformationId: Text.optional(),
  /** EPCIS `parentID` / UNTP `parentEPC.id` of an aggregation, association or transaction. */
  parentId: Text.optional(),
  epcList: Ids,
  quantityList: Quantities,
  /** EPCIS `childEPCs` / UNTP `childEPCList`. */
  childEpcs: Ids,
  childQuantityList: Quantities,
  inputEpcList: Ids,
  inputQuantityList: Quantities,
  outputEpcList: Ids,
  outputQuantityList: Quantities,
  bizTransactionList: z.array(BizTransactionRef),
  sourceList: z.array(SourceDestination),
  destinationList: z.array(SourceDestination),
  /** EPCIS instance/lot master data (`ilmd`), verbatim. */
  ilmd: z.record(z.string(), z.unknown()).optional(),
  /** Names UNTP gives items and product classes (`Item.name`, `productName`), by identifier. */
  labels: z.record(z.string(), z.string()),
  /** Everything else the input carried, verbatim, so nothing is dropped. */
  extensions: z.record(z.string(), z.unknown()),
});
/** A normalised traceability event. */
export type TraceEvent = z.infer<typeof TraceEvent>;
