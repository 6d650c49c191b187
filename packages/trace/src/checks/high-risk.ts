import type { Finding } from '@unforced/core';
import type { AnalysisContext, HighRiskReason } from '../analysis/context.js';
import { facilityLabel, lotLabel } from '../analysis/describe.js';
import { dolListedGood } from '../analysis/lot-flags.js';
import { DOL_LIST_OF_GOODS, EU_FLR_SHARE, UFLPA_PRESUMPTION } from '../findings/citations.js';
import { makeFinding } from '../findings/make-finding.js';
import { dolGoodOf } from '../model/commodity.js';

function reasonText(context: AnalysisContext, reason: HighRiskReason): string {
  const where = facilityLabel(reason.facility);
  if (reason.kind === 'subdivision') {
    const name = context.referenceData.getSubdivision(reason.facility.subdivision ?? '')?.name;
    return `it was made at ${where}, in ${name === undefined ? reason.facility.subdivision : `${name} (${reason.facility.subdivision})`}`;
  }
  return `it is ${reason.good} from ${reason.facility.country} (made at ${where}), a good and country the DOL List of Goods lists as made with forced labour`;
}

/**
 * `trace.origin.high-risk`: a lot made or created at a facility in a high-risk subdivision (default
 * `CN-XJ`: the UFLPA presumption covers goods made wholly or in part in Xinjiang), or a raw material
 * whose good and country are on the DOL List of Goods for forced labour. Every lot downstream carries
 * its share in its exposure. `trace.processing.listed-good`: a production step whose good and country
 * are DOL-listed, when `dolGoodsAt` is `origin` (advisory, not counted in exposure).
 *
 * @example
 * ```ts
 * checkHighRisk(context).filter((f) => f.code === 'trace.origin.high-risk');
 * ```
 */
export function checkHighRisk(context: AnalysisContext): Finding[] {
  const { graph } = context;
  const findings: Finding[] = [];
  for (const [lot, reasons] of context.highRisk) {
    const subdivision = reasons.some((r) => r.kind === 'subdivision');
    const text = reasons.map((r) => reasonText(context, r)).sort();
    findings.push(
      makeFinding(context.findingContext, {
        code: 'trace.origin.high-risk',
        severity: subdivision ? 'critical' : 'high',
        subject: { kind: 'lot', id: graph.lotIds[lot] ?? '' },
        message: `${lotLabel(context, lot)}: ${text.join('; ')}. Every product it went into is exposed in proportion to the share it carries.`,
        metrics: {
          highRiskSubdivision: subdivision,
          dolListedGood: reasons.find((r) => r.kind === 'listed-good')?.good ?? '',
          facility: reasons[0]?.facility.id ?? '',
        },
        standards: subdivision ? [UFLPA_PRESUMPTION, EU_FLR_SHARE] : [DOL_LIST_OF_GOODS, EU_FLR_SHARE],
        basis: subdivision ? 'observed' : 'inferred',
        remediation: {
          action: subdivision
            ? 'Do not ship goods containing this lot to the United States unless an exception can be proven; engage the supplier to exclude the input and trace all production to its origin.'
            : 'Ask the supplier for the origin of this raw material below country level and for evidence of how forced-labour risk at its source is prevented.',
          step: 'prevent',
          days: 14,
        },
      }),
    );
  }
  if (context.options.dolGoodsAt === 'every-step') return findings;
  const cache = new Map<string, string | null>();
  const goods = new Map<string, Map<string, string | null>>();
  const seen = new Map<
    string,
    { facility: NonNullable<ReturnType<AnalysisContext['facilityOf']>>; good: string; lots: Set<string> }
  >();
  for (const step of graph.steps) {
    if (step.kind !== 'transformation' || step.inputs.length === 0) continue;
    for (const line of step.outputs) {
      const facility = context.facilityOf(line.event);
      const product = graph.products[line.lot];
      if (facility === undefined || product === undefined) continue;
      let byProduct = goods.get(facility.id);
      if (byProduct === undefined) {
        byProduct = new Map();
        goods.set(facility.id, byProduct);
      }
      let good = byProduct.get(product.id);
      if (good === undefined) {
        const name = product.dolGood ?? dolGoodOf(product.commodity);
        good = dolListedGood(context.referenceData, cache, facility.country, name) ?? null;
        byProduct.set(product.id, good);
      }
      if (good === null) continue;
      const key = `${facility.id}\u0000${good}`;
      const entry = seen.get(key) ?? { facility, good, lots: new Set<string>() };
      entry.lots.add(graph.lotIds[line.lot] ?? '');
      seen.set(key, entry);
    }
  }
  for (const { facility, good, lots } of seen.values())
    findings.push(
      makeFinding(context.findingContext, {
        code: 'trace.processing.listed-good',
        severity: 'medium',
        subject: { kind: 'facility', id: facility.id },
        message: `${facilityLabel(facility)} makes ${good} in ${facility.country}, a good and country on the DOL List of Goods for forced labour (${lots.size} lot(s)). This is a country-level risk indicator, not evidence about this facility.`,
        metrics: { good, country: facility.country, lots: lots.size },
        standards: [DOL_LIST_OF_GOODS],
        basis: 'inferred',
        remediation: {
          action:
            'Include this facility in risk-based due diligence: worker interviews, recruitment-fee and wage checks.',
          step: 'identify',
          days: 90,
        },
      }),
    );
  return findings;
}
