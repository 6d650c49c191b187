import { WorkerRecord } from '@unforced/core';
import { checkRecruitment, RecruitmentOptions } from '@unforced/recruitment';
import { z } from 'zod';
import { defineEndpoint } from '../app/endpoint.js';

const Options = RecruitmentOptions.omit({ referenceData: true });

/**
 * `POST /v1/recruitment/check`: the recruitment-fee and debt-bondage checks of
 * `@unforced/recruitment` (`checkRecruitment`) on a batch of worker records. The body is the options
 * of the checks (`asOf`, `fxRates`, `employerCurrency`, `sampleSizes`, `corridorCosts`,
 * `deductionShareLimit`, `fxMaxAgeDays`) with the records in `workers`; the answer is the SDK's
 * `RecruitmentReport` (findings, per-worker fee burden and remediation, facility ratings, and the
 * records it could not check, each with its row and every issue path). The legal fee caps come from the
 * server's reference data.
 *
 * @example
 * ```ts
 * recruitmentEndpoint.path; // '/v1/recruitment/check'
 * ```
 */
export const recruitmentEndpoint = defineEndpoint({
  scope: 'recruitment',
  method: 'POST',
  path: '/v1/recruitment/check',
  operationId: 'checkRecruitment',
  summary: 'Recruitment fees and debt bondage: workers → findings and remediation',
  description:
    'Runs `checkRecruitment` of @unforced/recruitment. Records are validated one by one, as the SDK does: a bad record is listed in `errors` with its row and every issue path while the others are checked; only a bad envelope (options, or `workers` not an array) refuses the request.',
  input: Options.extend({ workers: z.array(z.unknown()) }),
  documented: Options.extend({ workers: z.array(WorkerRecord) }),
  batchFields: [['workers']],
  run: ({ workers, ...options }, { referenceData }) =>
    checkRecruitment(workers, { ...options, referenceData }).map((report) => ({
      kind: 'json' as const,
      body: report,
    })),
});
