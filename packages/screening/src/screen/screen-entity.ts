import type { IndexData } from '../index/index-data.js';
import { identifierKey } from '../index/index-data.js';
import { buildQuery, candidates, type Scratch } from '../index/query.js';
import type { NormalisedName } from '../normalise/name-token.js';
import { type AlignmentScore, alignmentScore, alignTokens } from '../score/align-tokens.js';
import { nameScore } from '../score/name-score.js';
import { explainTokens } from './explain.js';
import { round4 } from './round4.js';
import type { ScreeningEntity } from './screening-entity.js';
import type { MatchExplanation, ScreeningMatch } from './screening-result.js';
import { compareAddresses, compareCountries, compareLegalForms, MAX_SUPPORT } from './supporting-evidence.js';
import { decide, type Thresholds } from './thresholds.js';

/** Settings of one screening call. */
export interface ScreenSettings {
  readonly thresholds: Thresholds;
  readonly maxCandidates: number;
  readonly maxResults: number;
}

interface Scored {
  readonly entry: number;
  readonly score: number;
  readonly explanation: MatchExplanation;
  /** Tie-breaker: which of the entity's names, then which of the entry's names. */
  readonly order: number;
}

function better(a: Scored, b: Scored | undefined): boolean {
  return b === undefined || a.score > b.score || (a.score === b.score && a.order < b.order);
}

/**
 * Screens one validated entity whose names are already normalised: candidates for each of its names,
 * every candidate aligned and scored, supporting evidence applied, identifiers checked, the best
 * score kept per entry; entries at or above the potential-match threshold are returned, best first.
 */
export function screenNormalised(
  data: IndexData,
  scratch: Scratch,
  entity: ScreeningEntity,
  names: ReadonlyArray<{ readonly text: string; readonly name: NormalisedName }>,
  settings: ScreenSettings,
): ScreeningMatch[] {
  const { thresholds } = settings;
  const floor = Math.max(0, thresholds.potentialMatch - MAX_SUPPORT);
  const minCoverage = floor / (2 - floor);
  const unseen = data.vocabulary.unseenWeight('\u0000', false);
  const best = new Map<number, Scored>();
  const figures: AlignmentScore = { matchedWeight: 0, queryWeight: 0, distinctiveMatched: false };
  names.forEach(({ text, name }, position) => {
    const query = buildQuery(name, data);
    for (const n of candidates(query, data, scratch, minCoverage, settings.maxCandidates)) {
      // Scored first without pairings or allocation; only a candidate that can still reach the
      // potential-match threshold is aligned again with its pairings and explained.
      alignmentScore(query, data, n, figures);
      const base = nameScore(
        {
          matchedWeight: figures.matchedWeight,
          queryWeight: figures.queryWeight,
          candidateWeight: data.nameWeights[n] as number,
        },
        {
          includesSubsidiaries: data.entrySubsidiaries[data.nameEntries[n] as number] === 1,
          unseenWeight: unseen,
          distinctiveMatched: figures.distinctiveMatched,
        },
      );
      if (base.score + MAX_SUPPORT < thresholds.potentialMatch) continue;
      const indexed = data.names[n];
      const target = indexed === undefined ? undefined : data.entries[indexed.entry];
      if (indexed === undefined || target === undefined) continue;
      const alignment = alignTokens(query, data, n);
      const words = explainTokens(query, indexed, alignment);
      const legalForm = compareLegalForms(name.legalForms, indexed.legalForms);
      const country = compareCountries(entity.country, target.entry.country);
      const address = compareAddresses(entity.address, target.entry.addresses);
      const score = round4(
        Math.min(1, Math.max(0, base.score + legalForm.adjustment + country.adjustment + address.adjustment)),
      );
      const scored: Scored = {
        entry: indexed.entry,
        score,
        order: position * 10_000 + indexed.ordinal,
        explanation: {
          queryName: text,
          matchedName: indexed.text,
          matchedNameKind: indexed.kind,
          rule: base.rule,
          nameScore: round4(base.score),
          queryCoverage: round4(base.queryCoverage),
          candidateCoverage: round4(base.candidateCoverage),
          tokens: words.tokens,
          unmatchedQuery: words.unmatchedQuery,
          unmatchedCandidate: words.unmatchedCandidate,
          legalForm,
          country,
          address,
        },
      };
      if (better(scored, best.get(indexed.entry))) best.set(indexed.entry, scored);
    }
  });
  for (const identifier of entity.identifiers) {
    for (const entryIndex of data.identifiers.get(identifierKey(identifier)) ?? []) {
      const target = data.entries[entryIndex];
      if (target === undefined) continue;
      const scored: Scored = {
        entry: entryIndex,
        score: 1,
        order: -1,
        explanation: {
          queryName: entity.name,
          matchedName: target.entry.names[0] ?? '',
          matchedNameKind: 'name',
          rule: 'identifier',
          nameScore: best.get(entryIndex)?.explanation.nameScore ?? 0,
          queryCoverage: 0,
          candidateCoverage: 0,
          tokens: [],
          unmatchedQuery: [],
          unmatchedCandidate: [],
          legalForm: { verdict: 'not-compared', adjustment: 0 },
          country: compareCountries(entity.country, target.entry.country),
          address: compareAddresses(entity.address, target.entry.addresses),
          identifier: { scheme: identifier.scheme, value: identifier.value },
        },
      };
      if (better(scored, best.get(entryIndex))) best.set(entryIndex, scored);
    }
  }
  const matches: ScreeningMatch[] = [];
  for (const scored of best.values()) {
    const decision = decide(scored.score, thresholds);
    const target = data.entries[scored.entry];
    if (decision === 'no-match' || target === undefined) continue;
    matches.push({
      list: {
        id: target.list.id,
        title: target.list.title,
        edition: target.list.edition,
        regime: target.list.regime,
        severity: target.list.severity,
        standards: target.list.standards,
        evidence: target.list.evidence,
      },
      entry: target.entry,
      score: scored.score,
      decision,
      explanation: scored.explanation,
    });
  }
  matches.sort(
    (a, b) =>
      b.score - a.score ||
      (a.list.id < b.list.id ? -1 : a.list.id > b.list.id ? 1 : 0) ||
      (a.entry.id < b.entry.id ? -1 : a.entry.id > b.entry.id ? 1 : 0),
  );
  return matches.slice(0, settings.maxResults);
}
