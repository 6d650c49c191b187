import { cbvTerm } from '../epcis/cbv.js';
import { decimalFromNumber } from '../model/decimal-from-number.js';
import { EMPTY_LIST, EMPTY_RECORD } from '../model/empty.js';
import { contentEventId } from '../model/event-id.js';
import type { BizTransactionRef, EventKind, TraceEvent, TraceQuantity } from '../model/trace-event.js';
import { type UntpEventInput, untpEventType } from './untp-schema.js';

type Item = { id: string; name: string };
type Quantity = { productId: string; productName: string; quantity: number; uom?: string | undefined };

const KIND = {
  ObjectEvent: 'object',
  AggregationEvent: 'aggregation',
  TransactionEvent: 'transaction',
  TransformationEvent: 'transformation',
  AssociationEvent: 'association',
} as const satisfies Record<string, EventKind>;

const COMMON = ['type', 'id', 'processType', 'eventTime', 'action', 'disposition', 'bizStep', 'bizLocation'];
const KNOWN: Readonly<Record<EventKind, ReadonlySet<string>>> = {
  object: new Set([...COMMON, 'epcList', 'quantityList']),
  aggregation: new Set([...COMMON, 'parentEPC', 'childEPCList', 'childQuantityList']),
  association: new Set([...COMMON, 'parentEPC', 'childEPCList', 'childQuantityList']),
  transformation: new Set([
    ...COMMON,
    'inputEPCList',
    'inputQuantityList',
    'outputEPCList',
    'outputQuantityList',
  ]),
  transaction: new Set([
    ...COMMON,
    'sourceParty',
    'destinationParty',
    'bizTransaction',
    'bizTransactionList',
    'epcList',
    'quantityList',
  ]),
  extension: new Set(COMMON.filter((key) => key !== 'action')),
};

const CREATING_STEPS: ReadonlySet<string> = new Set(['commissioning', 'creating_class_instance']);

function offsetOf(eventTime: string): string {
  const match = /(Z|[+-]\d{2}:\d{2})$/.exec(eventTime);
  const offset = match?.[1] ?? 'Z';
  return offset === 'Z' ? '+00:00' : offset;
}

function documents(raw: Record<string, unknown>): BizTransactionRef[] {
  const out: BizTransactionRef[] = [];
  if (typeof raw.bizTransaction === 'string') {
    const term = cbvTerm(raw.bizTransaction, 'bizTransactionType');
    const isType = !term.includes(':');
    out.push(isType ? { type: term } : { id: raw.bizTransaction });
  }
  if (Array.isArray(raw.bizTransactionList))
    for (const entry of raw.bizTransactionList as unknown[]) {
      if (typeof entry !== 'object' || entry === null) continue;
      const { type, bizTransaction } = entry as { type?: unknown; bizTransaction?: unknown };
      if (typeof bizTransaction !== 'string') continue;
      out.push(
        typeof type === 'string'
          ? { type: cbvTerm(type, 'bizTransactionType'), id: bizTransaction }
          : { id: bizTransaction },
      );
    }
  return out.length > 0 ? out : EMPTY_LIST;
}

/**
 * Converts one validated UNTP Digital Traceability Event (v0.6.0) into the normalised
 * {@link TraceEvent}, translating UNTP's field names to EPCIS's: `Item.id` lists → EPC lists,
 * `productId` → `epcClass`, `parentEPC`/`childEPCList` → `parentId`/`childEpcs`, lower-case `action` →
 * upper case, `sourceParty`/`destinationParty` → owning-party source and destination, and
 * `eventTimeZoneOffset` from the offset of `eventTime`. Item and product names go to `labels`; a
 * missing `action` is `ADD` for commissioning steps and `OBSERVE` otherwise. Other fields are kept in
 * `extensions`.
 *
 * @example
 * ```ts
 * const event = fromUntpEvent(UntpTransactionEvent.parse(json));
 * ```
 */
export function fromUntpEvent(input: UntpEventInput): TraceEvent {
  const raw = input as Record<string, unknown>;
  const untpType = untpEventType(input.type);
  const kind: EventKind = untpType === undefined ? 'extension' : KIND[untpType];
  const labels: Record<string, string> = {};
  const items = (list: unknown): string[] => {
    if (!Array.isArray(list) || list.length === 0) return EMPTY_LIST;
    return (list as Item[]).map((item) => {
      labels[item.id] = item.name;
      return item.id;
    });
  };
  const quantities = (list: unknown): TraceQuantity[] => {
    if (!Array.isArray(list) || list.length === 0) return EMPTY_LIST;
    return (list as Quantity[]).map((q) => {
      labels[q.productId] = q.productName;
      const out: { epcClass: string; quantity: string; uom?: string } = {
        epcClass: q.productId,
        quantity: decimalFromNumber(q.quantity),
      };
      if (q.uom !== undefined) out.uom = q.uom;
      return out;
    });
  };
  const known = KNOWN[kind];
  let extensions: Record<string, unknown> = EMPTY_RECORD;
  for (const key of Object.keys(raw)) {
    if (known.has(key)) continue;
    if (extensions === EMPTY_RECORD) extensions = {};
    extensions[key] = raw[key];
  }
  const isTransaction = kind === 'transaction';
  const event: TraceEvent = {
    id: input.id ?? contentEventId(input),
    kind,
    type: untpType ?? input.type.find((t) => t !== 'Event') ?? 'Event',
    eventTime: input.eventTime,
    eventTimeZoneOffset: offsetOf(input.eventTime),
    epcList: kind === 'object' || isTransaction ? items(raw.epcList) : EMPTY_LIST,
    quantityList: kind === 'object' || isTransaction ? quantities(raw.quantityList) : EMPTY_LIST,
    childEpcs: kind === 'aggregation' || kind === 'association' ? items(raw.childEPCList) : EMPTY_LIST,
    childQuantityList:
      kind === 'aggregation' || kind === 'association' ? quantities(raw.childQuantityList) : EMPTY_LIST,
    inputEpcList: kind === 'transformation' ? items(raw.inputEPCList) : EMPTY_LIST,
    inputQuantityList: kind === 'transformation' ? quantities(raw.inputQuantityList) : EMPTY_LIST,
    outputEpcList: kind === 'transformation' ? items(raw.outputEPCList) : EMPTY_LIST,
    outputQuantityList: kind === 'transformation' ? quantities(raw.outputQuantityList) : EMPTY_LIST,
    bizTransactionList: isTransaction ? documents(raw) : EMPTY_LIST,
    sourceList: isTransaction ? [{ type: 'owning_party', id: raw.sourceParty as string }] : EMPTY_LIST,
    destinationList: isTransaction
      ? [{ type: 'owning_party', id: raw.destinationParty as string }]
      : EMPTY_LIST,
    labels: Object.keys(labels).length > 0 ? labels : EMPTY_RECORD,
    extensions,
  };
  if (input.bizStep !== undefined) event.bizStep = cbvTerm(input.bizStep, 'bizStep');
  if (input.disposition !== undefined) event.disposition = cbvTerm(input.disposition, 'disposition');
  if (input.bizLocation !== undefined) event.bizLocation = input.bizLocation;
  if (input.processType !== undefined) event.processType = input.processType;
  const parent = raw.parentEPC as Item | undefined;
  if (parent !== undefined && (kind === 'aggregation' || kind === 'association')) {
    event.parentId = parent.id;
    labels[parent.id] = parent.name;
    event.labels = labels;
  }
  if (kind !== 'transformation' && kind !== 'extension') {
    if (input.action !== undefined) event.action = input.action.toUpperCase() as 'ADD' | 'OBSERVE' | 'DELETE';
    else event.action = event.bizStep !== undefined && CREATING_STEPS.has(event.bizStep) ? 'ADD' : 'OBSERVE';
  }
  return event;
}
