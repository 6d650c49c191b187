import type { Finding } from '@unforced/core';
import type { AnalysisContext } from '../analysis/context.js';
import { facilityLabel, kgText, lotLabel, percentText } from '../analysis/describe.js';
import { SECTION_307_TRACING, UFLPA_TRACING } from '../findings/citations.js';
import { makeFinding } from '../findings/make-finding.js';
import { stepTotals } from '../graph/step-mass.js';
import { divR, formatDecimal, subR } from '../units/rational.js';

/**
 * `trace.mass-balance.exceeded`: a transformation whose outputs weigh more than its inputs × the
 * configured yield for its type × (1 + tolerance). The unexplained output came from somewhere the
 * records do not show; exposure counts it as unknown origin.
 *
 * @example
 * ```ts
 * checkMassBalance(context); // [{ code: 'trace.mass-balance.exceeded', subject: { kind: 'event', … } }]
 * ```
 */
export function checkMassBalance(context: AnalysisContext): Finding[] {
  const { graph, masses } = context;
  const findings: Finding[] = [];
  graph.steps.forEach((step, s) => {
    const lean = masses[s];
    if (step.kind !== 'transformation' || lean === undefined || lean.excess.n === 0n) return;
    const mass = stepTotals(graph, step, context.settings);
    const { totalIn, totalOut, allowedOut } = mass;
    if (totalIn === undefined || totalOut === undefined || allowedOut === undefined) return;
    const first = step.events[0] as number;
    const event = graph.events[first];
    const facility = context.facilityOf(first);
    const where = facility === undefined ? '' : ` at ${facilityLabel(facility)}`;
    const outputs = [...new Set(step.outputs.map((line) => lotLabel(context, line.lot)))].sort().join(', ');
    const unexplained = subR(totalOut, allowedOut);
    findings.push(
      makeFinding(context.findingContext, {
        code: 'trace.mass-balance.exceeded',
        severity: 'high',
        subject: { kind: 'event', id: event?.id ?? String(first) },
        message:
          `The ${mass.type} step${where} on ${event?.eventTime ?? '?'} produced ${kgText(totalOut)} of ${outputs} ` +
          `from ${kgText(totalIn)} of inputs; at a yield of ${formatDecimal(mass.yieldFactor)} and a tolerance of ` +
          `${percentText(context.settings.tolerance)} the inputs explain at most ${kgText(allowedOut)}. ` +
          `${kgText(unexplained)} (${percentText(lean.excess)} of the output) has no recorded input and counts as unknown origin.`,
        metrics: {
          transformationType: mass.type,
          inputKg: formatDecimal(totalIn, 6),
          outputKg: formatDecimal(totalOut, 6),
          allowedOutputKg: formatDecimal(allowedOut, 6),
          unexplainedKg: formatDecimal(unexplained, 6),
          outputToInputRatio: formatDecimal(divR(totalOut, totalIn), 6),
          yield: formatDecimal(mass.yieldFactor, 6),
          tolerance: formatDecimal(context.settings.tolerance, 6),
        },
        standards: [UFLPA_TRACING, SECTION_307_TRACING],
        remediation: {
          action:
            'Obtain the production, inventory and purchase records of this step and identify the source of the unexplained output; until then treat it as of unknown origin.',
          step: 'identify',
          days: 30,
        },
      }),
    );
  });
  return findings;
}
