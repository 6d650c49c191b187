import type { Finding } from '@unforced/core';
import { type AnalysisContext, locationOf } from '../analysis/context.js';
import { facilityLabel, kgText, lotLabel, percentText } from '../analysis/describe.js';
import { SECTION_307_TRACING, UFLPA_TRACING } from '../findings/citations.js';
import { makeFinding } from '../findings/make-finding.js';
import { isCycleEdge } from '../graph/components.js';
import { stepTotals } from '../graph/step-mass.js';
import { addR, compareR, formatDecimal, type Rational, ZERO } from '../units/rational.js';

/**
 * `trace.input.untraced`: a lot used as an input (of a transformation, aggregation or assembly) that
 * has no upstream record at all: no step made it and no event records its creation. Its origin is
 * unknown; the finding gives the mass used and the largest share of a step's input it carries.
 * `trace.origin.unknown-location`: a raw material whose creation is recorded without a location the
 * master data knows, so its origin is not established either.
 *
 * @example
 * ```ts
 * checkUntraced(context)[0]?.metrics.shareOfStepInput; // '0.24'
 * ```
 */
export function checkUntraced(context: AnalysisContext): Finding[] {
  const { graph, masses, components } = context;
  const findings: Finding[] = [];
  graph.forEachLot((node, lot) => {
    if (node.producedBy.length > 0 || node.consumedBy.length === 0) return;
    if (node.created.length > 0) {
      if (node.created.some((e) => context.facilityOf(e) !== undefined)) return;
      const event = graph.events[node.created[0] as number];
      findings.push(
        makeFinding(context.findingContext, {
          code: 'trace.origin.unknown-location',
          severity: 'high',
          subject: { kind: 'lot', id: node.id },
          message: `The creation of ${lotLabel(context, lot)} is recorded (${event?.id ?? '?'}) but not where: its location ${locationOf(event) ?? '(none)'} is not in the master data, so its origin is unknown.`,
          metrics: { creationEvents: node.created.length },
          standards: [UFLPA_TRACING, SECTION_307_TRACING],
          remediation: {
            action:
              'Record the facility where the raw material was produced (name, country, ISO 3166-2 subdivision).',
            step: 'identify',
            days: 30,
          },
        }),
      );
      return;
    }
    let usedKg: Rational | undefined = ZERO;
    let largest: Rational = ZERO;
    let largestStep = -1;
    for (const s of node.consumedBy) {
      const step = graph.steps[s];
      const mass = masses[s];
      if (step === undefined || mass === undefined) continue;
      step.inputs.forEach((line, i) => {
        if (line.lot !== lot) return;
        const outputLot = step.outputs[0]?.lot ?? -1;
        if (outputLot >= 0 && isCycleEdge(components, lot, outputLot)) return;
        const kg = stepTotals(graph, step, context.settings).inputKg[i];
        usedKg = kg === undefined || usedKg === undefined ? undefined : addR(usedKg, kg);
        const weight = mass.weights[i] ?? ZERO;
        const order = compareR(weight, largest);
        const tie =
          order === 0 && largestStep !== -1 && stepEventId(context, s) < stepEventId(context, largestStep);
        if (largestStep === -1 || order > 0 || tie) {
          largest = weight;
          largestStep = s;
        }
      });
    }
    if (largestStep === -1) return;
    const step = graph.steps[largestStep];
    const first = step?.events[0] ?? 0;
    const event = graph.events[first];
    const facility = context.facilityOf(first);
    const where = facility === undefined ? '' : ` at ${facilityLabel(facility)}`;
    const used: Rational | undefined = usedKg;
    findings.push(
      makeFinding(context.findingContext, {
        code: 'trace.input.untraced',
        severity: 'high',
        subject: { kind: 'lot', id: node.id },
        message:
          `${lotLabel(context, lot)} was used as an input${where} (${event?.id ?? '?'}, ${event?.eventTime ?? '?'}) ` +
          `but has no upstream record: no supplier, production or creation event. Its origin is unknown. ` +
          `It carries ${percentText(largest)} of that step's input${used === undefined ? '' : ` (${kgText(used)} used in all)`}.`,
        metrics: {
          consumingSteps: node.consumedBy.length,
          shareOfStepInput: formatDecimal(largest, 6),
          ...(used === undefined ? {} : { usedKg: formatDecimal(used, 6) }),
        },
        standards: [UFLPA_TRACING, SECTION_307_TRACING],
        remediation: {
          action:
            'Obtain the upstream records of this lot (supplier, gin or farm, purchase and transport documents) back to the raw material; until then treat it as of unknown origin.',
          step: 'identify',
          days: 30,
        },
      }),
    );
  });
  return findings;
}

function stepEventId(context: AnalysisContext, s: number): string {
  const first = context.graph.steps[s]?.events[0];
  return first === undefined ? '' : (context.graph.events[first]?.id ?? '');
}
