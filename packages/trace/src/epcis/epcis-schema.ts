import { IsoDateTime } from '@unforced/core';
import { z } from 'zod';

const Uri = z.string().min(1);
const Offset = z
  .string()
  .regex(/^[+-](?:(?:0\d|1[0-3]):[0-5]\d|14:00)$/, 'eventTimeZoneOffset is an offset like +08:00');
const Action = z.enum(['ADD', 'OBSERVE', 'DELETE']);

/**
 * An EPCIS 2.0 `quantityElement`: `epcClass`, `quantity` (a JSON number) and a Rec 20 `uom`.
 *
 * @example
 * ```ts
 * EpcisQuantityElement.parse({ epcClass: 'urn:epc:class:lgtin:9521004.020001.Y-1', quantity: 4500, uom: 'KGM' });
 * ```
 */
export const EpcisQuantityElement = z.strictObject({
  epcClass: Uri,
  quantity: z.number().nonnegative().finite().optional(),
  uom: z
    .string()
    .regex(/^[A-Z0-9]{2,3}$/, 'uom is a UNECE Rec 20 code')
    .optional(),
});

const Quantities = z.array(EpcisQuantityElement);
const Epcs = z.array(Uri);
const Place = z.looseObject({ id: Uri });
const BizTransaction = z.strictObject({ type: Uri.optional(), bizTransaction: Uri });

const common = {
  type: z.string().min(1),
  eventTime: IsoDateTime,
  eventTimeZoneOffset: Offset,
  recordTime: IsoDateTime.optional(),
  eventID: Uri.optional(),
  bizStep: Uri.optional(),
  disposition: Uri.optional(),
  readPoint: Place.optional(),
  bizLocation: Place.optional(),
  bizTransactionList: z.array(BizTransaction).optional(),
  sourceList: z.array(z.strictObject({ type: Uri, source: Uri })).optional(),
  destinationList: z.array(z.strictObject({ type: Uri, destination: Uri })).optional(),
};

const Ilmd = z.record(z.string(), z.unknown());

function needsOne(fields: readonly string[], message: string) {
  return (value: Record<string, unknown>, ctx: z.RefinementCtx) => {
    const present = fields.some((field) => {
      const list = value[field];
      return Array.isArray(list) && list.length > 0;
    });
    if (!present && value.action !== 'DELETE')
      ctx.addIssue({ code: 'custom', message, path: [fields[0] ?? ''] });
  };
}

/**
 * The fields of an EPCIS 2.0 ObjectEvent the package reads; extension fields pass through.
 *
 * @example
 * ```ts
 * EpcisObjectEvent.safeParse(json).success;
 * ```
 */
export const EpcisObjectEvent = z
  .looseObject({
    ...common,
    type: z.literal('ObjectEvent'),
    action: Action,
    epcList: Epcs.optional(),
    quantityList: Quantities.optional(),
    ilmd: Ilmd.optional(),
  })
  .superRefine((value, ctx) => {
    if (
      value.epcList === undefined &&
      (value.quantityList ?? []).length === 0 &&
      value.sensorElementList === undefined
    )
      ctx.addIssue({
        code: 'custom',
        message: 'an ObjectEvent needs epcList or quantityList',
        path: ['epcList'],
      });
  });

/**
 * An EPCIS 2.0 AggregationEvent.
 *
 * @example
 * ```ts
 * EpcisAggregationEvent.safeParse(json).success;
 * ```
 */
export const EpcisAggregationEvent = z
  .looseObject({
    ...common,
    type: z.literal('AggregationEvent'),
    action: Action,
    parentID: Uri.optional(),
    childEPCs: Epcs.optional(),
    childQuantityList: Quantities.optional(),
  })
  .superRefine(
    needsOne(['childEPCs', 'childQuantityList'], 'an AggregationEvent needs childEPCs or childQuantityList'),
  );

/**
 * An EPCIS 2.0 TransactionEvent (at least one business transaction).
 *
 * @example
 * ```ts
 * EpcisTransactionEvent.safeParse(json).success;
 * ```
 */
export const EpcisTransactionEvent = z.looseObject({
  ...common,
  type: z.literal('TransactionEvent'),
  action: Action,
  bizTransactionList: z.array(BizTransaction).min(1),
  parentID: Uri.optional(),
  epcList: Epcs.optional(),
  quantityList: Quantities.optional(),
});

/**
 * An EPCIS 2.0 TransformationEvent.
 *
 * @example
 * ```ts
 * EpcisTransformationEvent.safeParse(json).success;
 * ```
 */
export const EpcisTransformationEvent = z
  .looseObject({
    ...common,
    type: z.literal('TransformationEvent'),
    inputEPCList: Epcs.optional(),
    inputQuantityList: Quantities.optional(),
    outputEPCList: Epcs.optional(),
    outputQuantityList: Quantities.optional(),
    transformationID: Uri.optional(),
    ilmd: Ilmd.optional(),
  })
  .superRefine((value, ctx) => {
    const has = (list: readonly unknown[] | undefined) => list !== undefined && list.length > 0;
    const inputs = has(value.inputEPCList) || has(value.inputQuantityList);
    const outputs = has(value.outputEPCList) || has(value.outputQuantityList);
    if (!(inputs && outputs) && !((inputs || outputs) && value.transformationID !== undefined))
      ctx.addIssue({
        code: 'custom',
        message: 'a TransformationEvent needs inputs and outputs (or a transformationID)',
        path: ['inputQuantityList'],
      });
  });

/**
 * An EPCIS 2.0 AssociationEvent.
 *
 * @example
 * ```ts
 * EpcisAssociationEvent.safeParse(json).success;
 * ```
 */
export const EpcisAssociationEvent = z
  .looseObject({
    ...common,
    type: z.literal('AssociationEvent'),
    action: Action,
    parentID: Uri,
    childEPCs: Epcs.optional(),
    childQuantityList: Quantities.optional(),
  })
  .superRefine(
    needsOne(['childEPCs', 'childQuantityList'], 'an AssociationEvent needs childEPCs or childQuantityList'),
  );

/**
 * An event of a type EPCIS does not define (an extension event): only the common fields are checked.
 *
 * @example
 * ```ts
 * EpcisExtensionEvent.safeParse({ type: 'ext:GradingEvent', eventTime: '2025-01-01T00:00:00Z', eventTimeZoneOffset: '+00:00' }).success; // true
 * ```
 */
export const EpcisExtensionEvent = z.looseObject(common);

/**
 * The zod schema for each EPCIS 2.0 event type; any other `type` is an extension event and is kept.
 *
 * @example
 * ```ts
 * EPCIS_EVENT_SCHEMAS.ObjectEvent.safeParse(json).success;
 * ```
 */
export const EPCIS_EVENT_SCHEMAS = {
  ObjectEvent: EpcisObjectEvent,
  AggregationEvent: EpcisAggregationEvent,
  TransactionEvent: EpcisTransactionEvent,
  TransformationEvent: EpcisTransformationEvent,
  AssociationEvent: EpcisAssociationEvent,
} as const;

/** An EPCIS 2.0 event after validation. */
export type EpcisEventInput =
  | z.output<typeof EpcisObjectEvent>
  | z.output<typeof EpcisAggregationEvent>
  | z.output<typeof EpcisTransactionEvent>
  | z.output<typeof EpcisTransformationEvent>
  | z.output<typeof EpcisAssociationEvent>
  | z.output<typeof EpcisExtensionEvent>;

/**
 * The schema that checks an EPCIS event of the given `type`.
 *
 * @example
 * ```ts
 * epcisSchemaFor('TransformationEvent').safeParse(json);
 * ```
 */
export function epcisSchemaFor(type: unknown): z.ZodType<EpcisEventInput> {
  if (typeof type === 'string' && Object.hasOwn(EPCIS_EVENT_SCHEMAS, type))
    return EPCIS_EVENT_SCHEMAS[type as keyof typeof EPCIS_EVENT_SCHEMAS] as z.ZodType<EpcisEventInput>;
  return EpcisExtensionEvent;
}
