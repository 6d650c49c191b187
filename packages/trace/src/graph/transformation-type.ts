import { transformationTypeOf } from '../model/commodity.js';
import type { LotGraph, Step } from './lot-graph.js';

/**
 * The transformation type of a step, for its yield and for party roles: the event's `processType`
 * (slugged: `Cut and Sew` → `cut-and-sew`), else the type that makes the output's commodity
 * (`yarn` → `spinning`), else `unknown`. Aggregations and associations are `packing` and `assembly`.
 *
 * @example
 * ```ts
 * transformationTypeFor(graph, step); // 'spinning'
 * ```
 */
export function transformationTypeFor(graph: LotGraph, step: Step): string {
  if (step.kind === 'aggregation') return 'packing';
  if (step.kind === 'association') return 'assembly';
  // The common case: one event without a processType and one output; its type follows the product.
  const only = step.outputs.length === 1 ? step.outputs[0] : undefined;
  if (
    step.events.length === 1 &&
    only !== undefined &&
    graph.events[step.events[0] as number]?.processType === undefined
  ) {
    const product = graph.products[only.lot];
    return (product === undefined ? undefined : transformationTypeOf(product.commodity)) ?? 'unknown';
  }
  const types: string[] = [];
  for (const e of step.events) {
    const processType = graph.events[e]?.processType;
    if (processType !== undefined)
      types.push(
        processType
          .toLowerCase()
          .replace(/[^a-z0-9]+/g, '-')
          .replace(/^-|-$/g, ''),
      );
  }
  if (types.length === 0)
    for (const line of step.outputs) {
      const product = graph.products[line.lot];
      const type = product === undefined ? undefined : transformationTypeOf(product.commodity);
      if (type !== undefined) types.push(type);
    }
  types.sort();
  return types.find((t) => t.length > 0) ?? 'unknown';
}
