import { UnforcedError } from '@unforced/core';
import { err, ok, type Result } from 'neverthrow';
import type { LotExposure } from '../exposure/lot-exposure.js';
import type { LotShares } from '../exposure/lot-shares.js';
import { toShare } from '../exposure/share.js';
import { addR, formatDecimal, ONE, type Rational, subR, ZERO } from '../units/rational.js';
import { toKilograms } from '../units/to-mass.js';
import type { AnalysisContext } from './context.js';

/**
 * The finished lots of an analysis, sorted by id: those the caller names (all must exist), or by
 * default every lot made by a transformation or assembly and not used by another.
 *
 * @example
 * ```ts
 * finishedLotsOf(context, undefined)._unsafeUnwrap();
 * ```
 */
export function finishedLotsOf(
  context: AnalysisContext,
  requested: readonly string[] | undefined,
): Result<number[], UnforcedError> {
  const { graph } = context;
  if (requested !== undefined) {
    const missing = requested.filter((id) => !graph.lotIndex.has(id));
    if (missing.length > 0)
      return err(
        new UnforcedError('UNKNOWN_REFERENCE', `no event names the finished lot(s) ${missing.join(', ')}`, {
          path: ['finishedLots'],
        }),
      );
    return ok([...new Set(requested)].sort().map((id) => graph.lotIndex.get(id) as number));
  }
  const making = (s: number) => graph.steps[s]?.kind !== 'aggregation';
  const out: number[] = [];
  graph.forEachLot((node, lot) => {
    if (node.producedBy.some(making) && !node.consumedBy.some(making)) out.push(lot);
  });
  return ok(out.sort((a, b) => ((graph.lotIds[a] ?? '') < (graph.lotIds[b] ?? '') ? -1 : 1)));
}

function producedKg(context: AnalysisContext, lot: number): Rational | undefined {
  const { graph } = context;
  const node = graph.lot(lot);
  if (node === undefined) return undefined;
  const product = graph.master.productOf(node.id);
  let total = ZERO;
  let any = false;
  for (const s of node.producedBy) {
    const step = graph.steps[s];
    if (step?.kind !== 'transformation') return undefined;
    for (const line of step.outputs) {
      if (line.lot !== lot) continue;
      const kg = toKilograms(line.quantity, line.uom, graph.master.massPerUnit(product));
      if (!('kg' in kg)) return undefined;
      total = addR(total, kg.kg);
      any = true;
    }
  }
  return any ? total : undefined;
}

/**
 * The exposure of each finished lot, as plain data with exact shares.
 *
 * @example
 * ```ts
 * exposuresOf(context, shares, finished)[0]?.highRisk.value;
 * ```
 */
export function exposuresOf(
  context: AnalysisContext,
  shares: LotShares,
  finished: readonly number[],
): LotExposure[] {
  return finished.map((lot) => {
    const id = context.graph.lotIds[lot] ?? '';
    const product = context.graph.master.productOf(id);
    const unknown = shares.unknown[lot] ?? ONE;
    const exposure: LotExposure = {
      lot: id,
      highRisk: toShare(shares.highRisk[lot] ?? ZERO),
      listed: toShare(shares.listed[lot] ?? ZERO),
      unknown: toShare(unknown),
      traced: toShare(subR(ONE, unknown)),
      basis: shares.countWeighted[lot] === 1 ? 'inferred' : 'observed',
    };
    if (product !== undefined) {
      exposure.product = product.name;
      exposure.commodity = product.commodity;
    }
    const kg = producedKg(context, lot);
    if (kg !== undefined) exposure.quantityKg = formatDecimal(kg, 6);
    return exposure;
  });
}
