export {
  MATCH_REVIEW_DAYS,
  POTENTIAL_MATCH_REVIEW_DAYS,
  screeningFindings,
} from './findings/screening-findings.js';
export {
  createScreeningIndex,
  ScreeningIndexOptions,
  type ScreeningIndexOptionsInput,
} from './index/create-screening-index.js';
export { type IndexedListInfo, type ScreeningIndex, ScreenOptions } from './index/screening-index.js';
export {
  ScreeningIdentifier,
  ScreeningList,
  ScreeningListEntry,
  type ScreeningListEntryInput,
  type ScreeningListInput,
} from './lists/screening-list.js';
export { UFLPA_LIST_ID, uflpaScreeningList } from './lists/uflpa-list.js';
export { SCREENING_METHODOLOGY } from './methodology.js';
export type { NameToken, NormalisedName, TokenVia } from './normalise/name-token.js';
export { MAX_NAME_LENGTH, normaliseName } from './normalise/normalise-name.js';
export { type ScreenBatchOptions, type ScreeningBatchItem, screenBatch } from './screen/screen-batch.js';
export { ScreeningEntity, type ScreeningEntityInput } from './screen/screening-entity.js';
export type {
  MatchExplanation,
  MatchedList,
  ScreeningMatch,
  ScreeningResult,
  TokenMatchExplanation,
} from './screen/screening-result.js';
export { DEFAULT_THRESHOLDS, type Decision, decide, Thresholds } from './screen/thresholds.js';
