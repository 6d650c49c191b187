import type { Finding } from '@unforced/core';
import type { AnalysisContext } from '../analysis/context.js';
import { SECTION_307_TRACING, UFLPA_TRACING } from '../findings/citations.js';
import { makeFinding } from '../findings/make-finding.js';

const SHOWN = 10;

/**
 * `trace.graph.cycle`: lots that are, through a chain of steps, inputs of themselves. Physical goods
 * cannot do that, so some record is wrong; inside the cycle the inputs count as unknown origin.
 * Found by Tarjan's algorithm without recursion; one finding per cycle, named by its smallest lot id.
 *
 * @example
 * ```ts
 * checkCycles(context)[0]?.metrics.lots; // 3
 * ```
 */
export function checkCycles(context: AnalysisContext): Finding[] {
  const { graph, components } = context;
  return components.cycles.map((members) => {
    const ids = members.map((lot) => graph.lotIds[lot] ?? '').sort();
    const shown = ids.slice(0, SHOWN).join(', ');
    const more = ids.length > SHOWN ? ` and ${ids.length - SHOWN} more` : '';
    return makeFinding(context.findingContext, {
      code: 'trace.graph.cycle',
      severity: 'medium',
      subject: { kind: 'lot', id: ids[0] ?? '' },
      message:
        ids.length === 1
          ? `Lot ${shown} is recorded as an input of its own production. The records are wrong somewhere; its origin through this step is treated as unknown.`
          : `The lots ${shown}${more} form a cycle: each is, through the recorded steps, an input of the others. The records are wrong somewhere; inputs inside the cycle are treated as of unknown origin.`,
      metrics: { lots: ids.length },
      standards: [UFLPA_TRACING, SECTION_307_TRACING],
      remediation: {
        action:
          'Find the event that links these lots wrongly (a reused lot number, a swapped input and output) and correct it.',
        step: 'identify',
        days: 30,
      },
    });
  });
}
