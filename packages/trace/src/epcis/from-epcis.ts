import { decimalFromNumber } from '../model/decimal-from-number.js';
import { EMPTY_LIST, EMPTY_RECORD } from '../model/empty.js';
import { contentEventId } from '../model/event-id.js';
import type {
  BizTransactionRef,
  EventKind,
  SourceDestination,
  TraceEvent,
  TraceQuantity,
} from '../model/trace-event.js';
import { cbvTerm } from './cbv.js';
import type { EpcisEventInput } from './epcis-schema.js';
import { UNFORCED_PREFIX } from './unforced-namespace.js';

const KINDS: Readonly<Record<string, EventKind>> = {
  ObjectEvent: 'object',
  AggregationEvent: 'aggregation',
  TransactionEvent: 'transaction',
  TransformationEvent: 'transformation',
  AssociationEvent: 'association',
};

const COMMON = [
  'type',
  'eventTime',
  'eventTimeZoneOffset',
  'recordTime',
  'eventID',
  'bizStep',
  'disposition',
  'readPoint',
  'bizLocation',
  'bizTransactionList',
  'sourceList',
  'destinationList',
];
const KNOWN: Readonly<Record<EventKind, ReadonlySet<string>>> = {
  object: new Set([...COMMON, 'action', 'epcList', 'quantityList', 'ilmd']),
  aggregation: new Set([...COMMON, 'action', 'parentID', 'childEPCs', 'childQuantityList']),
  transaction: new Set([...COMMON, 'action', 'parentID', 'epcList', 'quantityList']),
  transformation: new Set([
    ...COMMON,
    'inputEPCList',
    'inputQuantityList',
    'outputEPCList',
    'outputQuantityList',
    'transformationID',
    'ilmd',
  ]),
  association: new Set([...COMMON, 'action', 'parentID', 'childEPCs', 'childQuantityList']),
  extension: new Set(COMMON),
};

type Raw = Record<string, unknown>;

function quantities(list: unknown): TraceQuantity[] {
  if (!Array.isArray(list) || list.length === 0) return EMPTY_LIST;
  return list.map((element: { epcClass: string; quantity?: number; uom?: string }) => {
    const out: { epcClass: string; quantity?: string; uom?: string } = { epcClass: element.epcClass };
    if (element.quantity !== undefined) out.quantity = decimalFromNumber(element.quantity);
    if (element.uom !== undefined) out.uom = element.uom;
    return out;
  });
}

function ids(list: unknown): string[] {
  return Array.isArray(list) && list.length > 0 ? (list as string[]) : EMPTY_LIST;
}

function places(list: unknown, key: 'source' | 'destination'): SourceDestination[] {
  if (!Array.isArray(list) || list.length === 0) return EMPTY_LIST;
  return list.map((entry: Raw) => ({
    type: cbvTerm(entry.type as string, 'sourceDestinationType'),
    id: entry[key] as string,
  }));
}

function documents(list: unknown, typesOnly: unknown): BizTransactionRef[] {
  const out: BizTransactionRef[] = [];
  if (Array.isArray(list))
    for (const entry of list as Array<{ type?: string; bizTransaction: string }>)
      out.push(
        entry.type === undefined
          ? { id: entry.bizTransaction }
          : { type: cbvTerm(entry.type, 'bizTransactionType'), id: entry.bizTransaction },
      );
  if (Array.isArray(typesOnly))
    for (const type of typesOnly)
      if (typeof type === 'string') out.push({ type: cbvTerm(type, 'bizTransactionType') });
  return out.length > 0 ? out : EMPTY_LIST;
}

/**
 * Converts one validated EPCIS 2.0 event into the normalised {@link TraceEvent}. Fields the model does
 * not interpret (sensor data, certification info, an event `@context`, extension fields) are kept in
 * `extensions`; a `readPoint` or `bizLocation` carrying more than its `id` is kept whole there too.
 *
 * @example
 * ```ts
 * const event = fromEpcisEvent(EpcisObjectEvent.parse(json));
 * ```
 */
export function fromEpcisEvent(input: EpcisEventInput): TraceEvent {
  const raw = input as Raw;
  const kind: EventKind = KINDS[input.type] ?? 'extension';
  const known = KNOWN[kind];
  let extensions: Record<string, unknown> = EMPTY_RECORD;
  let labels: Record<string, string> = EMPTY_RECORD;
  let processType: string | undefined;
  let typesOnly: unknown;
  for (const key of Object.keys(raw)) {
    if (known.has(key)) continue;
    if (extensions === EMPTY_RECORD) extensions = {};
    if (key === `${UNFORCED_PREFIX}processType` && typeof raw[key] === 'string') processType = raw[key];
    else if (key === `${UNFORCED_PREFIX}labels` && typeof raw[key] === 'object' && raw[key] !== null)
      labels = raw[key] as Record<string, string>;
    else if (key === `${UNFORCED_PREFIX}bizTransactionTypes`) typesOnly = raw[key];
    else if (key.startsWith(UNFORCED_PREFIX)) extensions[key.slice(UNFORCED_PREFIX.length)] = raw[key];
    else extensions[key] = raw[key];
  }
  for (const key of ['readPoint', 'bizLocation'] as const) {
    const place = raw[key] as Raw | undefined;
    if (place !== undefined && Object.keys(place).length > 1) {
      if (extensions === EMPTY_RECORD) extensions = {};
      extensions[key] = place;
    }
  }
  if (extensions !== EMPTY_RECORD && Object.keys(extensions).length === 0) extensions = EMPTY_RECORD;
  const event: TraceEvent = {
    id: input.eventID ?? contentEventId(input),
    kind,
    type: input.type,
    eventTime: input.eventTime,
    eventTimeZoneOffset: input.eventTimeZoneOffset,
    epcList: kind === 'extension' ? EMPTY_LIST : ids(raw.epcList),
    quantityList: kind === 'extension' ? EMPTY_LIST : quantities(raw.quantityList),
    childEpcs: kind === 'extension' ? EMPTY_LIST : ids(raw.childEPCs),
    childQuantityList: kind === 'extension' ? EMPTY_LIST : quantities(raw.childQuantityList),
    inputEpcList: ids(kind === 'transformation' ? raw.inputEPCList : undefined),
    inputQuantityList: quantities(kind === 'transformation' ? raw.inputQuantityList : undefined),
    outputEpcList: ids(kind === 'transformation' ? raw.outputEPCList : undefined),
    outputQuantityList: quantities(kind === 'transformation' ? raw.outputQuantityList : undefined),
    bizTransactionList: documents(input.bizTransactionList, typesOnly),
    sourceList: places(input.sourceList, 'source'),
    destinationList: places(input.destinationList, 'destination'),
    labels,
    extensions,
  };
  if (typeof raw.action === 'string' && kind !== 'extension' && kind !== 'transformation')
    event.action = raw.action as 'ADD' | 'OBSERVE' | 'DELETE';
  if (input.recordTime !== undefined) event.recordTime = input.recordTime;
  if (input.bizStep !== undefined) event.bizStep = cbvTerm(input.bizStep, 'bizStep');
  if (input.disposition !== undefined) event.disposition = cbvTerm(input.disposition, 'disposition');
  if (input.readPoint !== undefined) event.readPoint = input.readPoint.id;
  if (input.bizLocation !== undefined) event.bizLocation = input.bizLocation.id;
  if (processType !== undefined) event.processType = processType;
  if (typeof raw.transformationID === 'string' && kind === 'transformation')
    event.transformationId = raw.transformationID;
  if (typeof raw.parentID === 'string' && kind !== 'extension') event.parentId = raw.parentID;
  if (raw.ilmd !== undefined && known.has('ilmd')) event.ilmd = raw.ilmd as Record<string, unknown>;
  return event;
}
