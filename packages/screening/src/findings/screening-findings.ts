import { type Finding, SEVERITIES, type Severity, severityRank, type UnforcedError } from '@unforced/core';
import type { Result } from 'neverthrow';
import { SCREENING_METHODOLOGY } from '../methodology.js';
import type { ScreeningMatch, ScreeningResult } from '../screen/screening-result.js';
import { type ReviewDueDates, reviewDueDates } from './review-due-dates.js';

export { MATCH_REVIEW_DAYS, POTENTIAL_MATCH_REVIEW_DAYS } from './review-due-dates.js';

function lower(severity: Severity): Severity {
  return SEVERITIES[Math.max(0, severityRank(severity) - 1)] ?? 'low';
}

function isExact(match: ScreeningMatch): boolean {
  const e = match.explanation;
  if (e.rule === 'identifier') return true;
  return (
    e.rule === 'coverage' &&
    e.unmatchedQuery.length === 0 &&
    e.unmatchedCandidate.length === 0 &&
    e.tokens.every((t) => t.kind === 'exact')
  );
}

function message(result: ScreeningResult, match: ScreeningMatch): string {
  const who = `${result.subject.kind} ${result.subject.id} ("${result.name}")`;
  const listed = `"${match.entry.names[0] ?? match.entry.id}" on the ${match.list.title} (${match.list.edition.edition})`;
  const score = match.score.toFixed(4);
  const presumption =
    match.list.regime === 'uflpa'
      ? ' Under the rebuttable presumption of the UFLPA (Sec. 3, Public Law 117-78), goods mined, produced or manufactured wholly or in part by a listed entity are presumed made with forced labour and barred from entry into the United States.'
      : '';
  if (match.decision === 'match') return `The ${who} matches ${listed}, score ${score}.${presumption}`;
  return `The ${who} may be ${listed}, score ${score}; a person must review the match.${presumption}`;
}

function findingOf(result: ScreeningResult, match: ScreeningMatch, dates: ReviewDueDates): Finding {
  const uflpa = match.list.regime === 'uflpa';
  const prefix = uflpa ? 'screening.uflpa' : 'screening.list';
  const isMatch = match.decision === 'match';
  return {
    code: `${prefix}.${isMatch ? 'listed-entity' : 'potential-match'}`,
    severity: isMatch ? match.list.severity : lower(match.list.severity),
    indicators: [],
    subject: result.subject,
    message: message(result, match),
    metrics: {
      score: match.score,
      listId: match.list.id,
      listEdition: match.list.edition.edition,
      entryId: match.entry.id,
      matchedName: match.explanation.matchedName,
      rule: match.explanation.rule,
      includesSubsidiaries: match.entry.includesSubsidiaries,
    },
    evidence: [...match.list.evidence],
    standards: [...match.list.standards],
    remediation: isMatch
      ? {
          action: uflpa
            ? 'Confirm the identity (registration number, address, ownership) with the supplier; until it is ruled out, hold orders and shipments bound for the United States of goods made wholly or in part by this entity, trace affected goods, and plan a responsible exit from the relationship if the match is confirmed.'
            : 'Confirm the identity (registration number, address, ownership) and apply the policy the list belongs to; record the decision.',
          dueDate: dates.match,
          step: 'prevent',
        }
      : {
          action:
            'Review the potential match: compare the registration number, address, ownership and products with the listed entity, and record whether it is the same entity or a subsidiary of it.',
          dueDate: dates.potentialMatch,
          step: 'identify',
        },
    basis: isMatch && isExact(match) ? 'observed' : 'inferred',
    confidence: match.score,
    asOf: dates.asOf,
    provenance: { methodology: { ...SCREENING_METHODOLOGY }, dataEditions: [match.list.edition] },
  };
}

/**
 * The findings of a screening result: one per matched entry, in the result's order. A match on the
 * UFLPA Entity List is `screening.uflpa.listed-entity`, critical, citing the rebuttable presumption
 * (UFLPA Sec. 3); a potential match is `screening.uflpa.potential-match`, one severity lower, asking for
 * review. Caller lists give `screening.list.*` with the list's own severity and standards. A match
 * whose every word is identical (or that shares an identifier) is `observed`; any other is `inferred`.
 * The confidence is the score; the list and its edition are in `metrics` and `provenance`.
 *
 * @example
 * ```ts
 * const findings = screeningFindings(result, { asOf: '2026-11-22' })._unsafeUnwrap();
 * findings[0]?.code; // 'screening.uflpa.listed-entity'
 * ```
 */
export function screeningFindings(
  result: ScreeningResult,
  options: { readonly asOf: string },
): Result<Finding[], UnforcedError> {
  return reviewDueDates(options.asOf).map((dates) =>
    result.matches.map((match) => findingOf(result, match, dates)),
  );
}
