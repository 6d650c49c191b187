import { AsOf } from '@unforced/core';
import { Assessment, assessPortfolio, createRiskModel, RiskPolicy, SupplierEvidence } from '@unforced/risk';
import { z } from 'zod';
import { defineEndpoint } from '../app/endpoint.js';
import { perReferenceData } from '../app/per-reference-data.js';

/** The risk model with the default policy over a reference-data set, built once and kept. */
const defaultModel = perReferenceData((referenceData) => createRiskModel({ referenceData }));

// A policy in a request is validated by the SDK (`INVALID_POLICY` with every issue), not by the envelope.
const PolicyField = z.unknown().optional();

/**
 * `POST /v1/risk/assess`: assesses one supplier with `@unforced/risk`. The body is the SDK's
 * `SupplierEvidence` (the supplier, findings of any check, audit findings, grievances, mitigations,
 * checks run, volume) with `asOf`, and optionally a `policy` to use instead of the default one; the
 * answer is the SDK's `Assessment` (score, tier, confidence, factor breakdown, indicators, actions with
 * deadlines, provenance).
 *
 * @example
 * ```ts
 * riskAssessEndpoint.path; // '/v1/risk/assess'
 * ```
 */
export const riskAssessEndpoint = defineEndpoint({
  scope: 'risk',
  method: 'POST',
  path: '/v1/risk/assess',
  operationId: 'assessSupplier',
  summary: 'Supplier risk: supplier and evidence → assessment',
  description:
    'Runs the risk model of @unforced/risk (`createRiskModel(...).assess`). `policy` replaces the default policy for this request (validated by the SDK: `INVALID_POLICY`).',
  input: SupplierEvidence.extend({ asOf: AsOf, policy: PolicyField }),
  documented: SupplierEvidence.extend({ asOf: AsOf, policy: RiskPolicy.optional() }),
  batchFields: [['findings'], ['auditFindings'], ['grievances'], ['mitigations']],
  response: Assessment,
  warm: ({ referenceData }) => void defaultModel(referenceData),
  run: ({ asOf, policy, ...evidence }, { referenceData }) => {
    const model =
      policy === undefined
        ? defaultModel(referenceData)
        : createRiskModel({ policy: policy as never, referenceData });
    return model
      .andThen((m) => m.assess(evidence, asOf))
      .map((assessment) => ({ kind: 'json' as const, body: assessment }));
  },
});

/**
 * `POST /v1/risk/portfolio`: assesses a portfolio of suppliers with `assessPortfolio` of
 * `@unforced/risk`: `{ asOf, suppliers: SupplierEvidence[], policy? }` → the assessments sorted by
 * supplier id and the suppliers that could not be assessed (each with its position, id and every issue).
 *
 * @example
 * ```ts
 * riskPortfolioEndpoint.path; // '/v1/risk/portfolio'
 * ```
 */
export const riskPortfolioEndpoint = defineEndpoint({
  scope: 'risk',
  method: 'POST',
  path: '/v1/risk/portfolio',
  operationId: 'assessPortfolio',
  summary: 'Portfolio risk: suppliers with evidence → assessments',
  description:
    'Runs `assessPortfolio` of @unforced/risk. Suppliers are validated one by one: a bad one is listed in `errors` with its position, id and every issue; the others are assessed.',
  input: z.strictObject({ asOf: AsOf, suppliers: z.array(z.unknown()), policy: PolicyField }),
  documented: z.strictObject({
    asOf: AsOf,
    suppliers: z.array(SupplierEvidence),
    policy: RiskPolicy.optional(),
  }),
  batchFields: [['suppliers']],
  run: ({ asOf, suppliers, policy }, { referenceData }) =>
    assessPortfolio(suppliers as never[], {
      asOf,
      referenceData,
      ...(policy === undefined ? {} : { policy: policy as never }),
    }).map((portfolio) => ({ kind: 'json' as const, body: portfolio })),
});
