import type { AnalysisContext } from '../analysis/context.js';
import { isCycleEdge } from '../graph/components.js';
import { stepTotals } from '../graph/step-mass.js';
import { addR, divR, isZeroR, mulR, ONE, type Rational, rational, subR, ZERO } from '../units/rational.js';
import { toKilograms } from '../units/to-mass.js';

/** The exact exposure of every lot: shares of its mass that are high-risk, listed-handled or of unknown origin. */
export interface LotShares {
  readonly highRisk: readonly Rational[];
  readonly listed: readonly Rational[];
  readonly unknown: readonly Rational[];
  /** 1 when some step upstream weighted its inputs by count because a mass was unknown. */
  readonly countWeighted: Uint8Array;
}

/**
 * The weights of the steps that produced a lot: by the lot's output mass in each step, else by the
 * step's input mass (aggregations), else equal.
 *
 * @example
 * ```ts
 * derivationWeights(context, lot); // [1] for a lot made by one step
 * ```
 */
export function derivationWeights(context: AnalysisContext, lot: number): readonly Rational[] {
  const { graph } = context;
  const steps = graph.lot(lot).producedBy;
  if (steps.length === 1) return SINGLE;
  const equal = (): Rational[] => Array.from(steps, () => rational(1n, BigInt(steps.length)));
  const basis: (Rational | undefined)[] = Array.from(steps, (s) => {
    const step = graph.steps[s];
    if (step === undefined) return undefined;
    if (step.kind !== 'transformation') return stepTotals(graph, step, context.settings).totalIn;
    let total = ZERO;
    for (const line of step.outputs) {
      if (line.lot !== lot) continue;
      const kg = toKilograms(line.quantity, line.uom, graph.master.massPerUnit(graph.products[lot]));
      if (!('kg' in kg)) return undefined;
      total = addR(total, kg.kg);
    }
    return total;
  });
  let sum = ZERO;
  for (const b of basis) {
    if (b === undefined) return equal();
    sum = addR(sum, b);
  }
  if (isZeroR(sum)) return equal();
  return basis.map((b) => divR(b ?? ZERO, sum));
}

const SINGLE: readonly Rational[] = [ONE];

/**
 * Computes every lot's exposure in one pass over the lots in topological order (no recursion):
 * a lot's share of each kind is the mass-weighted mix of its inputs' shares through every
 * transformation, aggregation and assembly; output that inputs × yield cannot explain counts as
 * unknown; an input inside a cycle counts as unknown; a lot made at a high-risk place, or handled by a
 * listed party, counts wholly (share 1). Raw materials created at a known facility are traced
 * (unknown 0); lots with no record of where they came from are unknown (1). All arithmetic is exact.
 *
 * @example
 * ```ts
 * const shares = computeLotShares(context);
 * shares.highRisk[lot]; // e.g. 136/1595
 * ```
 */
export function computeLotShares(context: AnalysisContext): LotShares {
  const { graph, components, masses } = context;
  const n = graph.lotCount;
  const highRisk: Rational[] = new Array(n).fill(ZERO);
  const listed: Rational[] = new Array(n).fill(ZERO);
  const unknown: Rational[] = new Array(n).fill(ZERO);
  const countWeighted = new Uint8Array(n);
  for (let position = 0; position < n; position += 1) {
    const lot = components.order[position] as number;
    const node = graph.lot(lot);
    if (node === undefined) continue;
    let h = ZERO;
    let l = ZERO;
    let u = ZERO;
    if (node.producedBy.length === 0) {
      const located = node.created.some((e) => context.facilityOf(e) !== undefined);
      u = located ? ZERO : ONE;
    } else {
      const weights = derivationWeights(context, lot);
      node.producedBy.forEach((s, d) => {
        const step = graph.steps[s];
        const mass = masses[s];
        const v = weights[d] ?? ZERO;
        if (step === undefined || mass === undefined || isZeroR(v)) return;
        if (mass.countWeighted && step.inputs.length > 0) countWeighted[lot] = 1;
        if (step.inputs.length === 0) {
          const located = step.events.some((e) => context.facilityOf(e) !== undefined);
          if (!located) u = addR(u, v);
          return;
        }
        const kept = mulR(v, subR(ONE, mass.excess));
        u = addR(u, mulR(v, mass.excess));
        step.inputs.forEach((line, i) => {
          const w = mulR(kept, mass.weights[i] ?? ZERO);
          if (isZeroR(w)) return;
          if (isCycleEdge(components, line.lot, lot)) {
            u = addR(u, w);
            return;
          }
          const hi = highRisk[line.lot] as Rational;
          const li = listed[line.lot] as Rational;
          const ui = unknown[line.lot] as Rational;
          if (!isZeroR(hi)) h = addR(h, mulR(w, hi));
          if (!isZeroR(li)) l = addR(l, mulR(w, li));
          if (!isZeroR(ui)) u = addR(u, mulR(w, ui));
          if (countWeighted[line.lot] === 1) countWeighted[lot] = 1;
        });
      });
    }
    highRisk[lot] = context.highRisk.has(lot) ? ONE : h;
    listed[lot] = context.listedLots.has(lot) ? ONE : l;
    unknown[lot] = u;
  }
  return { highRisk, listed, unknown, countWeighted };
}
