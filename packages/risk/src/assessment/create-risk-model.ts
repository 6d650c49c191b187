import { errorFromIssues, isIsoDate, issuesFromZod, UnforcedError } from '@unforced/core';
import { bundledReferenceData, type ReferenceData } from '@unforced/reference-data';
import { err, ok, type Result } from 'neverthrow';
import { SupplierEvidence, type SupplierEvidenceInput } from '../input/supplier-evidence.js';
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
  return ok({
    policy,
    methodology: RISK_METHODOLOGY,
    assess(input, asOf) {
      // A batch uses one asOf: validate it once (date-fns parsing costs more than scoring a supplier).
      if (asOf !== lastAsOf && !isIsoDate(asOf))
        return err(
          new UnforcedError('INVALID_DATE', `asOf "${asOf}" is not a calendar date in the form YYYY-MM-DD`, {
            path: ['asOf'],
          }),
        );
      lastAsOf = asOf;
      const parsedInput = SupplierEvidence.safeParse(input, { reportInput: true });
      if (!parsedInput.success) return err(errorFromIssues(issuesFromZod(parsedInput.error.issues)));
      const evidence = parsedInput.data;
      const inherent = contextFor(evidence.supplier);
      const issues = [...inherent.issues, ...checkReferences(evidence, asOf)];
      if (issues.length > 0) return err(errorFromIssues(issues));
      return ok(scoreAssessment(context, inherent, evidence, asOf, dayNumber(asOf)));
    },
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
