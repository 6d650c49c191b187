import type { DataEditionRef, EvidenceRef, FindingSubject, Severity, StandardRef } from '@unforced/core';
import type { ScreeningListEntry } from '../lists/screening-list.js';
import type { TokenVia } from '../normalise/name-token.js';
import type { PairingKind } from '../score/align-tokens.js';
import type { NameRule } from '../score/name-score.js';
import type { Decision } from './thresholds.js';

/**
 * How one part of the screened name met one part of the listed name: the words on each side, how they
 * were paired (`exact`, `spelling` variant, `joined` or split word), the similarity (1 for exact), the
 * weight of the listed word(s), and how each side was read (`place-variant`, `pinyin`, `glossary`,
 * `abbreviation`, `as-written`).
 */
export interface TokenMatchExplanation {
  readonly query: string;
  readonly candidate: string;
  readonly kind: PairingKind;
  readonly similarity: number;
  readonly weight: number;
  readonly queryVia: readonly TokenVia[];
  readonly candidateVia: readonly TokenVia[];
}

/**
 * Why a listed entry scored what it did.
 *
 * - `rule`: `coverage` (both names covered), `containment` (the listed name inside a longer name) or
 *   `identifier` (a shared identifier, whatever the names).
 * - `queryCoverage` / `candidateCoverage`: IDF-weighted shares of each name found in the other.
 * - `legalForm`, `country`, `address`: supporting evidence and the adjustment each made.
 */
export interface MatchExplanation {
  readonly queryName: string;
  readonly matchedName: string;
  readonly matchedNameKind: 'name' | 'alias';
  readonly rule: NameRule | 'identifier';
  readonly nameScore: number;
  readonly queryCoverage: number;
  readonly candidateCoverage: number;
  readonly tokens: readonly TokenMatchExplanation[];
  readonly unmatchedQuery: readonly string[];
  readonly unmatchedCandidate: readonly string[];
  readonly legalForm: {
    readonly verdict: 'same' | 'different' | 'not-compared';
    readonly adjustment: number;
  };
  readonly country: { readonly verdict: 'same' | 'different' | 'not-compared'; readonly adjustment: number };
  readonly address: {
    readonly verdict: 'overlap' | 'no-overlap' | 'not-compared';
    readonly adjustment: number;
  };
  readonly identifier?: { readonly scheme: string; readonly value: string };
}

/** The list a match was found on, with what its findings cite. */
export interface MatchedList {
  readonly id: string;
  readonly title: string;
  readonly edition: DataEditionRef;
  readonly regime: 'uflpa' | 'other';
  readonly severity: Severity;
  readonly standards: readonly StandardRef[];
  readonly evidence: readonly EvidenceRef[];
}

/** One listed entry the entity matched, with its score (0–1, four decimals), decision and explanation. */
export interface ScreeningMatch {
  readonly list: MatchedList;
  readonly entry: ScreeningListEntry;
  readonly score: number;
  readonly decision: Exclude<Decision, 'no-match'>;
  readonly explanation: MatchExplanation;
}

/**
 * The screening of one entity: its overall decision (the best match's, or `no-match`), its matches
 * (best first; ties by list id and entry id) and notes (an alias that could not be screened, words of
 * an unread script).
 *
 * @example
 * ```ts
 * const result: ScreeningResult = { entityId: 'S-1', subject: { kind: 'supplier', id: 'S-1' }, name: 'Acme', decision: 'no-match', matches: [], notes: [] };
 * ```
 */
export interface ScreeningResult {
  readonly entityId: string;
  readonly subject: FindingSubject;
  readonly name: string;
  readonly decision: Decision;
  readonly matches: readonly ScreeningMatch[];
  readonly notes: readonly string[];
}
