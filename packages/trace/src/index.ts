export { analyseTrace, type TraceInput } from './analysis/analyse-trace.js';
export type { TraceAnalysis } from './analysis/trace-analysis.js';
export {
  CBV_BIZ_STEPS,
  CBV_BIZ_TRANSACTION_TYPES,
  CBV_DISPOSITIONS,
  CBV_SOURCE_DESTINATION_TYPES,
  type CbvVocabulary,
  cbvTerm,
} from './epcis/cbv.js';
export {
  EPCIS_EVENT_SCHEMAS,
  EpcisAggregationEvent,
  EpcisAssociationEvent,
  type EpcisEventInput,
  EpcisExtensionEvent,
  EpcisObjectEvent,
  EpcisQuantityElement,
  EpcisTransactionEvent,
  EpcisTransformationEvent,
  epcisSchemaFor,
} from './epcis/epcis-schema.js';
export { fromEpcisEvent } from './epcis/from-epcis.js';
export { type EpcisEventJson, toEpcisEvent } from './epcis/to-epcis.js';
export {
  type EpcisDocumentJson,
  ToEpcisDocumentOptions,
  toEpcisDocument,
} from './epcis/to-epcis-document.js';
export { EPCIS_CONTEXT, UNFORCED_NAMESPACE } from './epcis/unforced-namespace.js';
export { type SyntheticCottonChain, syntheticCottonChain } from './example/synthetic-cotton-chain.js';
export { LotExposure } from './exposure/lot-exposure.js';
export { Share } from './exposure/share.js';
export { TraceBack, TracedLot, traceBack, UnknownOrigin } from './graph/trace-back.js';
export { TraceForward, traceForward } from './graph/trace-forward.js';
export {
  exactNameMatcher,
  type ListedEntity,
  type ListedEntityMatch,
  type ListedEntityMatcher,
  normaliseEntityName,
} from './listed/listed-entity.js';
export { TRACE_METHODOLOGY } from './methodology.js';
export { COMMODITY_CLASSES, CommodityClass, dolGoodOf, transformationTypeOf } from './model/commodity.js';
export {
  LotRecord,
  MasterDataEnvelope,
  type MasterDataInput,
  TraceFacility,
  TraceParty,
  TraceProduct,
} from './model/master-data.js';
export { type ParsedMasterData, parseMasterData } from './model/parse-master-data.js';
export { productClassOf } from './model/product-key.js';
export {
  BizTransactionRef,
  EVENT_ACTIONS,
  EVENT_KINDS,
  type EventKind,
  SourceDestination,
  TraceEvent,
  TraceQuantity,
} from './model/trace-event.js';
export {
  DEFAULT_YIELDS,
  type ResolvedTraceOptions,
  TraceOptions,
  type TraceOptionsInput,
} from './options.js';
export {
  type EventBatch,
  type InvalidEvent,
  isTrustedBatch,
  mergeEventBatches,
} from './parse/event-batch.js';
export { EpcisDocumentEnvelope, parseEpcisDocument } from './parse/parse-epcis-document.js';
export {
  type EventLinesSource,
  type ParseEventLinesOptions,
  parseEventLines,
} from './parse/parse-event-lines.js';
export { parseUntpCredential } from './parse/parse-untp-credential.js';
export { EVENT_FORMATS, type EventFormat } from './parse/read-event-record.js';
export { buildTracingSummary, TracingSummaryOptions } from './summary/build-tracing-summary.js';
export {
  CBP_EVIDENCE_ITEMS,
  CbpEvidenceItem,
  EvidenceStatus,
  FlowEdge,
  FlowNode,
  MissingEvidence,
  SummaryParty,
  SummaryStep,
  TracingSummary,
} from './summary/tracing-summary-schema.js';
export { KNOWN_UNIT_CODES, type UnitDimension, type UnitInfo, unitInfo } from './units/uom.js';
export { fromUntpEvent } from './untp/from-untp.js';
export {
  UNTP_EVENT_TYPES,
  UntpCredential,
  type UntpEventInput,
  UntpExtensionEvent,
  UntpItem,
  UntpObjectEvent,
  UntpParentChildEvent,
  UntpQuantityElement,
  UntpTransactionEvent,
  UntpTransformationEvent,
  untpEventType,
  untpSchemaFor,
} from './untp/untp-schema.js';
