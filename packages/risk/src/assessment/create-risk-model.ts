import { errorFromIssues, isIsoDate, UnforcedError } from '@unforced/core';
import { bundledReferenceData, type ReferenceData } from '@unforced/reference-data';
import { err, ok, type Result } from 'neverthrow';
import { parseSupplierEvidence } from '../input/parse-supplier-evidence.js';
import type { SupplierEvidence, SupplierEvidenceInput } from '../input/supplier-evidence.js';
import { dayNumber } from '../internal/civil-days.js';
import { RISK_METHODOLOGY } from '../methodology.js';
import { type InherentContext, inherentContext } from '../model/inherent-context.js';
import { createModelContext } from '../model/model-context.js';
import { scoreAssessment } from '../model/score-assessment.js';
import { DEFAULT_RISK_POLICY } from '../policy/default-policy.js';
import { parseRiskPolicy } from '../policy/parse-risk-policy.js';
import type { RiskPolicy, RiskPolicyInput } from '../policy/policy-schema.js';
import type { Assessment } from './assessment-schema.js';
import { checkReferences } from './check-references.js';

/** Options for {@link createRiskModel}. */
export interface RiskModelOptions {
  /** The policy (default {@link DEFAULT_RISK_POLICY}); validated, an invalid one is `INVALID_POLICY`. */
  readonly policy?: RiskPolicyInput;
  /** The reference data (default `bundledReferenceData()`); pass one with the GSI workbook loaded to use it. */
  readonly referenceData?: ReferenceData;
}

/** A risk model: one validated policy and one set of reference data, ready to assess suppliers. */
export interface RiskModel {
  readonly policy: RiskPolicy;
  readonly methodology: typeof RISK_METHODOLOGY;
  /**
   * Assesses one supplier with its evidence as of `asOf`. Bad input (schema, unknown country, sector or
   * subdivision, evidence about another supplier or dated after `asOf`) is an error with every issue
   * and its path; a supplier with no data at all gets a low-confidence assessment, not an error.
   */
  assess(input: SupplierEvidenceInput, asOf: string): Result<Assessment, UnforcedError>;
  /**
   * Assesses evidence that is already parsed (the output of the {@link SupplierEvidence} schema or of
   * {@link groupEvidence}, e.g. records validated once at the boundary with core's `parseRows`): the
   * schema validation is skipped, everything else (unknown country, sector or subdivision, evidence
   * about another supplier or after `asOf`) is still checked. About twice as fast as `assess` for a
   * portfolio already validated upstream; passing unvalidated data here is a programming error.
   */
  assessParsed(evidence: SupplierEvidence, asOf: string): Result<Assessment, UnforcedError>;
}

const CACHE_LIMIT = 50_000;

/**
 * Creates a risk model from a policy and reference data. Build one per batch: the inherent risk of each
 * distinct country, subdivision, sector and goods combination is worked out once and reused.
 *
 * @example
 * ```ts
 * const model = createRiskModel()._unsafeUnwrap();
 * const assessment = model.assess({ supplier: { id: 'SUP-3', name: 'Midlands Freight Ltd', country: 'GB', sector: 'logistics' } }, '2026-11-22');
 * ```
 */
export function createRiskModel(options: RiskModelOptions = {}): Result<RiskModel, UnforcedError> {
  const parsed = options.policy === undefined ? ok(DEFAULT_RISK_POLICY) : parseRiskPolicy(options.policy);
  if (parsed.isErr()) return err(parsed.error);
  const policy = parsed.value;
  const context = createModelContext(policy, options.referenceData ?? bundledReferenceData());
  const cache = new Map<string, InherentContext>();
  let lastAsOf: string | undefined;
  let lastAsOfDay = 0;
  const contextFor = (s: SupplierEvidence['supplier']): InherentContext => {
    const key = `${s.country}|${s.subdivision ?? ''}|${s.sector ?? ''}|${s.goods.join('\u0001')}`;
    let found = cache.get(key);
    if (found === undefined) {
      if (cache.size >= CACHE_LIMIT) cache.clear();
      found = inherentContext(context, s);
      cache.set(key, found);
    }
    return found;
  };
  // A batch uses one asOf: validate it once (cheap now, but still per call otherwise).
  const checkAsOf = (asOf: string): boolean => {
    if (asOf === lastAsOf) return true;
    if (!isIsoDate(asOf)) return false;
    lastAsOf = asOf;
    lastAsOfDay = dayNumber(asOf);
    return true;
  };
  const score = (evidence: SupplierEvidence, asOf: string): Result<Assessment, UnforcedError> => {
    const inherent = contextFor(evidence.supplier);
    const references = checkReferences(evidence, asOf);
    if (inherent.issues.length > 0 || references.length > 0)
      return err(errorFromIssues([...inherent.issues, ...references]));
    return ok(scoreAssessment(context, inherent, evidence, asOf, lastAsOfDay));
  };
  return ok({
    policy,
    methodology: RISK_METHODOLOGY,
    assess(input, asOf) {
      if (!checkAsOf(asOf)) return err(invalidAsOf(asOf));
      const parsedInput = parseSupplierEvidence(input);
      if (parsedInput.isErr()) return err(errorFromIssues(parsedInput.error));
      return score(parsedInput.value, asOf);
    },
    assessParsed(evidence, asOf) {
      if (!checkAsOf(asOf)) return err(invalidAsOf(asOf));
      return score(evidence, asOf);
    },
  });
}

function invalidAsOf(asOf: string): UnforcedError {
  return new UnforcedError('INVALID_DATE', `asOf "${asOf}" is not a calendar date in the form YYYY-MM-DD`, {
    path: ['asOf'],
  });
}

/** Options for {@link assessSupplier}. */
export interface AssessOptions extends RiskModelOptions {
  /** The date the assessment is made as of; evidence ages and deadlines count from it. */
  readonly asOf: string;
}

/**
 * Assesses one supplier: a shorthand for `createRiskModel(options).andThen((m) => m.assess(input, asOf))`.
 *
 * @example
 * ```ts
 * const result = assessSupplier({ supplier: { id: 'SUP-3', name: 'Midlands Freight Ltd', country: 'GB', sector: 'logistics' } }, { asOf: '2026-11-22' });
 * if (result.isOk()) console.log(result.value.headline);
 * ```
 */
export function assessSupplier(
  input: SupplierEvidenceInput,
  options: AssessOptions,
): Result<Assessment, UnforcedError> {
  return createRiskModel(options).andThen((model) => model.assess(input, options.asOf));
}
