import { IsoDateTime } from '@unforced/core';
import { z } from 'zod';

const Uri = z.string().min(1);
const Types = z.array(z.string());

/**
 * A UNTP `Item`: a serialised item or identified lot, with its product name.
 *
 * @example
 * ```ts
 * UntpItem.parse({ id: 'https://id.gs1.org/01/09520003000215/21/BALE-1', name: 'Lint bale 1' });
 * ```
 */
export const UntpItem = z.strictObject({ type: Types.optional(), id: Uri, name: z.string() });

/**
 * A UNTP `QuantityElement`: `productId` (EPCIS `epcClass`), `productName`, `quantity`, `uom`.
 *
 * @example
 * ```ts
 * UntpQuantityElement.parse({ productId: 'https://id.gs1.org/01/09520003000208/10/L-9', productName: 'Cotton lint', quantity: 1050, uom: 'KGM' });
 * ```
 */
export const UntpQuantityElement = z.strictObject({
  type: Types.optional(),
  productId: Uri,
  productName: z.string(),
  quantity: z.number().nonnegative().finite(),
  uom: z
    .string()
    .regex(/^[A-Z0-9]{2,3}$/, 'uom is a UNECE Rec 20 code')
    .optional(),
});

const Items = z.array(UntpItem);
const Quantities = z.array(UntpQuantityElement);

const common = {
  type: Types,
  id: Uri.optional(),
  processType: z.string().optional(),
  eventTime: IsoDateTime,
  action: z.enum(['observe', 'add', 'delete']).optional(),
  disposition: z.string().optional(),
  bizStep: z.string().optional(),
  bizLocation: Uri.optional(),
};

/**
 * A UNTP DTE v0.6.0 ObjectEvent (`epcList` of Items, `quantityList`).
 *
 * @example
 * ```ts
 * UntpObjectEvent.safeParse(json).success;
 * ```
 */
export const UntpObjectEvent = z.looseObject({
  ...common,
  epcList: Items.optional(),
  quantityList: Quantities.optional(),
});

/**
 * A UNTP AggregationEvent or AssociationEvent (`parentEPC`, `childEPCList`, `childQuantityList`).
 *
 * @example
 * ```ts
 * UntpParentChildEvent.safeParse(json).success;
 * ```
 */
export const UntpParentChildEvent = z.looseObject({
  ...common,
  parentEPC: UntpItem.optional(),
  childEPCList: Items.optional(),
  childQuantityList: Quantities.optional(),
});

/**
 * A UNTP TransformationEvent.
 *
 * @example
 * ```ts
 * UntpTransformationEvent.safeParse(json).success;
 * ```
 */
export const UntpTransformationEvent = z.looseObject({
  ...common,
  inputEPCList: Items.optional(),
  inputQuantityList: Quantities.optional(),
  outputEPCList: Items.optional(),
  outputQuantityList: Quantities.optional(),
});

/**
 * A UNTP TransactionEvent: `sourceParty` and `destinationParty` are required.
 *
 * @example
 * ```ts
 * UntpTransactionEvent.safeParse(json).success;
 * ```
 */
export const UntpTransactionEvent = z.looseObject({
  ...common,
  sourceParty: z.string().min(1),
  destinationParty: z.string().min(1),
  bizTransaction: z.string().min(1).optional(),
  epcList: Items.optional(),
  quantityList: Quantities.optional(),
});

/**
 * A UNTP event of no type the package knows: only the common fields are checked, the rest is kept.
 *
 * @example
 * ```ts
 * UntpExtensionEvent.safeParse(json).success;
 * ```
 */
export const UntpExtensionEvent = z.looseObject(common);

/**
 * The UNTP event types, in the order they are recognised in an event's `type` array.
 *
 * @example
 * ```ts
 * UNTP_EVENT_TYPES.includes('TransactionEvent'); // true
 * ```
 */
export const UNTP_EVENT_TYPES = [
  'TransformationEvent',
  'ObjectEvent',
  'AggregationEvent',
  'TransactionEvent',
  'AssociationEvent',
] as const;

/** A UNTP event type. */
export type UntpEventType = (typeof UNTP_EVENT_TYPES)[number];

/** A validated UNTP event. */
export type UntpEventInput = z.output<typeof UntpExtensionEvent> & Record<string, unknown>;

/**
 * The UNTP event type named in a `type` array, or `undefined` for an extension event.
 *
 * @example
 * ```ts
 * untpEventType(['TransactionEvent', 'Event']); // 'TransactionEvent'
 * ```
 */
export function untpEventType(type: unknown): UntpEventType | undefined {
  if (!Array.isArray(type)) return undefined;
  return UNTP_EVENT_TYPES.find((name) => type.includes(name));
}

/**
 * The schema that checks a UNTP event, chosen by its `type` array.
 *
 * @example
 * ```ts
 * untpSchemaFor(['ObjectEvent', 'Event']).safeParse(json);
 * ```
 */
export function untpSchemaFor(type: unknown): z.ZodType<UntpEventInput> {
  switch (untpEventType(type)) {
    case 'ObjectEvent':
      return UntpObjectEvent as z.ZodType<UntpEventInput>;
    case 'AggregationEvent':
    case 'AssociationEvent':
      return UntpParentChildEvent as z.ZodType<UntpEventInput>;
    case 'TransformationEvent':
      return UntpTransformationEvent as z.ZodType<UntpEventInput>;
    case 'TransactionEvent':
      return UntpTransactionEvent as z.ZodType<UntpEventInput>;
    default:
      return UntpExtensionEvent as z.ZodType<UntpEventInput>;
  }
}

function contains(value: readonly string[], wanted: string, ctx: z.RefinementCtx) {
  if (!value.includes(wanted)) ctx.addIssue({ code: 'custom', message: `type must include "${wanted}"` });
}

/**
 * The envelope of a UNTP Digital Traceability Event credential (v0.6.0): a W3C verifiable credential
 * whose `credentialSubject` is an array of events (validated one by one).
 *
 * @example
 * ```ts
 * UntpCredential.safeParse(json);
 * ```
 */
export const UntpCredential = z.looseObject({
  type: Types.superRefine((value, ctx) => {
    contains(value, 'DigitalTraceabilityEvent', ctx);
    contains(value, 'VerifiableCredential', ctx);
  }),
  '@context': z
    .array(z.string())
    .min(2)
    .superRefine((value, ctx) => {
      if (value[0] !== 'https://www.w3.org/ns/credentials/v2')
        ctx.addIssue({
          code: 'custom',
          message: 'the first context is https://www.w3.org/ns/credentials/v2',
          path: [0],
        });
      if (!/^https:\/\/test\.uncefact\.org\/vocabulary\/untp\/dte\/0\.6\.\d+\/$/.test(value[1] ?? ''))
        ctx.addIssue({
          code: 'custom',
          message: 'the second context is the UNTP DTE 0.6 vocabulary',
          path: [1],
        });
    }),
  id: Uri,
  issuer: z.strictObject({
    type: Types.optional(),
    id: Uri,
    name: z.string(),
    issuerAlsoKnownAs: z.array(z.looseObject({ id: Uri, name: z.string() })).optional(),
  }),
  validFrom: IsoDateTime.optional(),
  credentialSubject: z.array(z.unknown()).default([]),
});
