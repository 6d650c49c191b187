import type { Finding } from '@unforced/core';
import type { AnalysisContext } from '../analysis/context.js';
import { facilityLabel } from '../analysis/describe.js';
import { SECTION_307_TRACING, UFLPA_TRACING } from '../findings/citations.js';
import { makeFinding } from '../findings/make-finding.js';

/**
 * `trace.unit.mismatch` and `trace.quantity.missing`: a transformation whose input or output
 * quantities cannot all be put in kilograms, because a unit is not a UNECE Rec 20 unit the package
 * converts, a count or length has no mass per unit in the product master data, or the quantity is
 * missing. Mass balance cannot be checked and exposure weights that step's inputs equally.
 *
 * @example
 * ```ts
 * checkUnits(context).map((f) => f.code); // ['trace.unit.mismatch']
 * ```
 */
export function checkUnits(context: AnalysisContext): Finding[] {
  const { graph, masses } = context;
  const findings: Finding[] = [];
  graph.steps.forEach((step, s) => {
    const mass = masses[s];
    if (step.kind !== 'transformation' || mass === undefined || mass.gaps.length === 0) return;
    const first = step.events[0] as number;
    const event = graph.events[first];
    const facility = context.facilityOf(first);
    const where = facility === undefined ? '' : ` at ${facilityLabel(facility)}`;
    const describe = (kind: 'missing' | 'units') =>
      mass.gaps
        .filter((gap) => (kind === 'missing') === (gap.problem === 'no-quantity'))
        .map((gap) => {
          const id = graph.lotIds[gap.line.lot] ?? '';
          return `${gap.side} ${id}${kind === 'units' ? ` in ${gap.line.uom ?? 'items'} (${gap.problem === 'unknown-unit' ? 'unit unknown' : 'no mass per unit'})` : ''}`;
        })
        .sort();
    const units = describe('units');
    const missing = describe('missing');
    const subject = { kind: 'event' as const, id: event?.id ?? String(first) };
    if (units.length > 0)
      findings.push(
        makeFinding(context.findingContext, {
          code: 'trace.unit.mismatch',
          severity: 'medium',
          subject,
          message: `The ${mass.type} step${where} on ${event?.eventTime ?? '?'} mixes quantities that cannot be converted to kilograms (${units.join('; ')}), so its mass balance cannot be checked and its inputs are weighted equally.`,
          metrics: { transformationType: mass.type, lines: units.length },
          standards: [UFLPA_TRACING, SECTION_307_TRACING],
          remediation: {
            action:
              'Record quantities in UNECE Rec 20 units, and give the mass per unit (per metre, per piece) of products not counted by weight.',
            step: 'identify',
            days: 30,
          },
        }),
      );
    if (missing.length > 0)
      findings.push(
        makeFinding(context.findingContext, {
          code: 'trace.quantity.missing',
          severity: 'low',
          subject,
          message: `The ${mass.type} step${where} on ${event?.eventTime ?? '?'} has lines without a quantity (${missing.join('; ')}), so its mass balance cannot be checked.`,
          metrics: { transformationType: mass.type, lines: missing.length },
          standards: [UFLPA_TRACING, SECTION_307_TRACING],
          remediation: {
            action: 'Record the quantity of every input and output.',
            step: 'identify',
            days: 30,
          },
        }),
      );
  });
  return findings;
}
