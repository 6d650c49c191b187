import type { Finding } from '@unforced/core';
import type { AnalysisContext } from '../analysis/context.js';
import { lotLabel, percentText } from '../analysis/describe.js';
import {
  EU_FLR_SHARE,
  SECTION_307_TRACING,
  UFLPA_PRESUMPTION,
  UFLPA_TRACING,
} from '../findings/citations.js';
import { makeFinding } from '../findings/make-finding.js';
import { formatFraction, isZeroR } from '../units/rational.js';
import type { LotShares } from './lot-shares.js';

/**
 * The exposure findings of the finished lots: `trace.exposure.high-risk`, `trace.exposure.listed` and
 * `trace.exposure.unknown`, one for each non-zero share ("wholly or in part"), with the exact share.
 *
 * @example
 * ```ts
 * exposureFindings(context, shares, finished).map((f) => f.metrics.share);
 * ```
 */
export function exposureFindings(
  context: AnalysisContext,
  shares: LotShares,
  finished: readonly number[],
): Finding[] {
  const findings: Finding[] = [];
  for (const lot of finished) {
    const id = context.graph.lotIds[lot] ?? '';
    const high = shares.highRisk[lot];
    const listed = shares.listed[lot];
    const unknown = shares.unknown[lot];
    if (
      (high === undefined || isZeroR(high)) &&
      (listed === undefined || isZeroR(listed)) &&
      (unknown === undefined || isZeroR(unknown))
    )
      continue;
    const label = lotLabel(context, lot);
    const basis = shares.countWeighted[lot] === 1 ? ('inferred' as const) : ('observed' as const);
    const weighting = basis === 'inferred' ? ' (some inputs weighted by count for want of a mass)' : '';
    if (high !== undefined && !isZeroR(high))
      findings.push(
        makeFinding(context.findingContext, {
          code: 'trace.exposure.high-risk',
          severity: 'critical',
          subject: { kind: 'lot', id },
          message: `${label}: ${percentText(high)} of its mass${weighting} traces to high-risk origins (made in a high-risk region such as Xinjiang, or a DOL-listed raw material). Goods made "wholly or in part" there are presumed to be made with forced labour.`,
          metrics: { share: formatFraction(high), percent: percentText(high) },
          standards: [UFLPA_PRESUMPTION, EU_FLR_SHARE],
          basis,
          remediation: {
            action:
              'Hold this lot from US-bound shipment; prepare the tracing evidence or exclude the high-risk input from future production.',
            step: 'prevent',
            days: 14,
          },
        }),
      );
    if (listed !== undefined && !isZeroR(listed))
      findings.push(
        makeFinding(context.findingContext, {
          code: 'trace.exposure.listed',
          severity: 'critical',
          subject: { kind: 'lot', id },
          message: `${label}: ${percentText(listed)} of its mass${weighting} passed through a listed entity.`,
          metrics: { share: formatFraction(listed), percent: percentText(listed) },
          standards: [UFLPA_PRESUMPTION, EU_FLR_SHARE],
          basis,
          remediation: {
            action: 'Hold this lot from US-bound shipment and confirm the listed-entity match.',
            step: 'prevent',
            days: 14,
          },
        }),
      );
    if (unknown !== undefined && !isZeroR(unknown))
      findings.push(
        makeFinding(context.findingContext, {
          code: 'trace.exposure.unknown',
          severity: 'high',
          subject: { kind: 'lot', id },
          message: `${label}: ${percentText(unknown)} of its mass${weighting} has no established origin (untraced inputs, unexplained output, unlocated raw material or cycles). That part cannot be shown not to come from a high-risk origin.`,
          metrics: { share: formatFraction(unknown), percent: percentText(unknown) },
          standards: [UFLPA_TRACING, SECTION_307_TRACING, EU_FLR_SHARE],
          basis,
          remediation: {
            action:
              'Complete the tracing of this lot back to its raw materials (see the untraced-input and mass-balance findings).',
            step: 'identify',
            days: 30,
          },
        }),
      );
  }
  return findings;
}
