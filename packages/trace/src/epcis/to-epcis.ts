import type { TraceEvent, TraceQuantity } from '../model/trace-event.js';
import { UNFORCED_PREFIX } from './unforced-namespace.js';

const TYPE_OF = {
  object: 'ObjectEvent',
  aggregation: 'AggregationEvent',
  transaction: 'TransactionEvent',
  transformation: 'TransformationEvent',
  association: 'AssociationEvent',
} as const;

// Every property name EPCIS 2.0 defines on events: written back as they are.
const EPCIS_FIELDS: ReadonlySet<string> = new Set([
  '@context',
  'type',
  'eventTime',
  'recordTime',
  'eventTimeZoneOffset',
  'eventID',
  'certificationInfo',
  'errorDeclaration',
  'action',
  'epcList',
  'quantityList',
  'bizStep',
  'disposition',
  'persistentDisposition',
  'readPoint',
  'bizLocation',
  'bizTransactionList',
  'sourceList',
  'destinationList',
  'sensorElementList',
  'ilmd',
  'parentID',
  'childEPCs',
  'childQuantityList',
  'inputEPCList',
  'inputQuantityList',
  'outputEPCList',
  'outputQuantityList',
  'transformationID',
]);

/** An EPCIS 2.0 event as JSON. */
export type EpcisEventJson = Record<string, unknown>;

function quantityJson(list: readonly TraceQuantity[]): Array<Record<string, unknown>> {
  return list.map((q) => {
    const out: Record<string, unknown> = { epcClass: q.epcClass };
    if (q.quantity !== undefined) out.quantity = Number(q.quantity);
    if (q.uom !== undefined) out.uom = q.uom;
    return out;
  });
}

/**
 * Writes a normalised event back as EPCIS 2.0 JSON. Extension fields keep their names (fields that
 * came without a namespace, e.g. from UNTP, are written as `unforced:<name>`); UNTP's `processType`,
 * item names and documents known only by type become `unforced:processType`, `unforced:labels` and
 * `unforced:bizTransactionTypes`. Quantities become JSON numbers, as EPCIS requires.
 *
 * @example
 * ```ts
 * const json = toEpcisEvent(event); // { type: 'ObjectEvent', eventTime: …, action: 'ADD', … }
 * ```
 */
export function toEpcisEvent(event: TraceEvent): EpcisEventJson {
  const out: EpcisEventJson = {
    type: event.kind === 'extension' ? event.type : TYPE_OF[event.kind],
    eventTime: event.eventTime,
    eventTimeZoneOffset: event.eventTimeZoneOffset,
    eventID: event.id,
  };
  if (event.recordTime !== undefined) out.recordTime = event.recordTime;
  const ext = event.extensions;
  switch (event.kind) {
    case 'object':
    case 'transaction':
      if (event.kind === 'transaction' && event.parentId !== undefined) out.parentID = event.parentId;
      if (event.epcList.length > 0 || event.quantityList.length === 0) out.epcList = [...event.epcList];
      if (event.quantityList.length > 0) out.quantityList = quantityJson(event.quantityList);
      break;
    case 'aggregation':
    case 'association':
      if (event.parentId !== undefined) out.parentID = event.parentId;
      if (event.childEpcs.length > 0) out.childEPCs = [...event.childEpcs];
      if (event.childQuantityList.length > 0) out.childQuantityList = quantityJson(event.childQuantityList);
      break;
    case 'transformation':
      if (event.inputEpcList.length > 0) out.inputEPCList = [...event.inputEpcList];
      if (event.inputQuantityList.length > 0) out.inputQuantityList = quantityJson(event.inputQuantityList);
      if (event.outputEpcList.length > 0) out.outputEPCList = [...event.outputEpcList];
      if (event.outputQuantityList.length > 0)
        out.outputQuantityList = quantityJson(event.outputQuantityList);
      if (event.transformationId !== undefined) out.transformationID = event.transformationId;
      break;
    case 'extension':
      break;
  }
  if (event.action !== undefined) out.action = event.action;
  if (event.bizStep !== undefined) out.bizStep = event.bizStep;
  if (event.disposition !== undefined) out.disposition = event.disposition;
  if (event.readPoint !== undefined) out.readPoint = ext.readPoint ?? { id: event.readPoint };
  if (event.bizLocation !== undefined) out.bizLocation = ext.bizLocation ?? { id: event.bizLocation };
  const identified = event.bizTransactionList.filter((d) => d.id !== undefined);
  if (identified.length > 0)
    out.bizTransactionList = identified.map((d) =>
      d.type === undefined ? { bizTransaction: d.id } : { type: d.type, bizTransaction: d.id },
    );
  if (event.sourceList.length > 0)
    out.sourceList = event.sourceList.map((s) => ({ type: s.type, source: s.id }));
  if (event.destinationList.length > 0)
    out.destinationList = event.destinationList.map((s) => ({ type: s.type, destination: s.id }));
  if (event.ilmd !== undefined) out.ilmd = event.ilmd;
  if (event.processType !== undefined) out[`${UNFORCED_PREFIX}processType`] = event.processType;
  if (Object.keys(event.labels).length > 0) out[`${UNFORCED_PREFIX}labels`] = event.labels;
  const typesOnly = event.bizTransactionList.filter((d) => d.id === undefined && d.type !== undefined);
  if (typesOnly.length > 0) out[`${UNFORCED_PREFIX}bizTransactionTypes`] = typesOnly.map((d) => d.type);
  for (const [key, value] of Object.entries(ext)) {
    if (key === 'readPoint' || key === 'bizLocation') continue;
    out[EPCIS_FIELDS.has(key) || key.includes(':') ? key : `${UNFORCED_PREFIX}${key}`] = value;
  }
  return out;
}
