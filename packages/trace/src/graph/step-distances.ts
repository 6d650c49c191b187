import type { AnalysisContext } from '../analysis/context.js';
import { isCycleEdge } from './components.js';

/**
 * The lots reachable from a lot (itself included) upstream (through the steps that produced it) or
 * downstream (through the steps that consumed it), each with its distance in steps, by a 0-1
 * breadth-first search: packing (aggregation) keeps the distance, every other step adds one; edges
 * inside cycles are not followed. The start lot has distance `first`.
 *
 * @example
 * ```ts
 * stepDistances(context, lot, 'upstream', 1).get(lot); // 1
 * ```
 */
export function stepDistances(
  context: AnalysisContext,
  start: number,
  direction: 'upstream' | 'downstream',
  first: number,
): Map<number, number> {
  const { graph, components } = context;
  const up = direction === 'upstream';
  const distances = new Map<number, number>([[start, first]]);
  let front: number[] = [start];
  let next: number[] = [];
  while (front.length > 0) {
    for (let i = 0; i < front.length; i += 1) {
      const lot = front[i] as number;
      const distance = distances.get(lot) as number;
      const node = graph.lot(lot);
      for (const s of (up ? node?.producedBy : node?.consumedBy) ?? []) {
        const step = graph.steps[s];
        if (step === undefined) continue;
        const add = step.kind === 'aggregation' ? 0 : 1;
        for (const line of up ? step.inputs : step.outputs) {
          if (up ? isCycleEdge(components, line.lot, lot) : isCycleEdge(components, lot, line.lot)) continue;
          const known = distances.get(line.lot);
          if (known !== undefined && known <= distance + add) continue;
          distances.set(line.lot, distance + add);
          (add === 0 ? front : next).push(line.lot);
        }
      }
    }
    front = next;
    next = [];
  }
  return distances;
}
