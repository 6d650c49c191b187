import type { TraceEvent, TraceQuantity } from '../model/trace-event.js';
import { ONE, parseDecimal, type Rational } from '../units/rational.js';
import type { MasterIndex } from './master-index.js';

/** One line of a step's inputs or outputs: a lot and its quantity (an EPC instance counts as one item). */
export interface LotLine {
  readonly lot: number;
  readonly quantity: Rational | undefined;
  readonly uom: string | undefined;
  /** The event that names this line. */
  readonly event: number;
}

/** The kinds of step that make one lot out of others. */
export type StepKind = 'transformation' | 'aggregation' | 'association';

/**
 * A step of the lot graph: a transformation (inputs consumed, outputs made), or the `ADD` of an
 * aggregation or association (children packed or assembled into a parent). A transformation split
 * over several events that share a `transformationID` is one step.
 */
export interface Step {
  readonly index: number;
  /** The events of the step (one, or several sharing a `transformationID`). */
  readonly events: number[];
  readonly kind: StepKind;
  readonly inputs: LotLine[];
  readonly outputs: LotLine[];
}

/** A lot (or item, or container) in the graph, with the steps and events that concern it. */
export interface LotNode {
  readonly id: string;
  readonly producedBy: number[];
  readonly consumedBy: number[];
  /** Every event that names the lot. */
  readonly events: number[];
  /** ObjectEvents with action `ADD` that record its creation. */
  readonly created: number[];
}

/** The lot graph of a set of events, with the master data it was built against. */
export interface LotGraph {
  readonly events: readonly TraceEvent[];
  /** Event times in milliseconds since the epoch (offsets applied). */
  readonly times: Float64Array;
  readonly lots: readonly LotNode[];
  readonly lotIndex: ReadonlyMap<string, number>;
  readonly steps: readonly Step[];
  readonly master: MasterIndex;
}

/**
 * Builds the lot graph: every lot named by an event, the steps between lots (transformations, and the
 * `ADD` of aggregations and associations), and the events of each lot. Iterative, linear in the size
 * of the input.
 *
 * @example
 * ```ts
 * const graph = buildLotGraph(batch.events, indexMasterData(master));
 * graph.lots.length;
 * ```
 */
export function buildLotGraph(events: readonly TraceEvent[], master: MasterIndex): LotGraph {
  const lots: LotNode[] = [];
  const lotIndex = new Map<string, number>();
  const steps: Step[] = [];
  const byTransformationId = new Map<string, Step>();
  const times = new Float64Array(events.length);
  const lotOf = (id: string): number => {
    let index = lotIndex.get(id);
    if (index === undefined) {
      index = lots.length;
      lotIndex.set(id, index);
      lots.push({ id, producedBy: [], consumedBy: [], events: [], created: [] });
    }
    return index;
  };
  const touch = (lot: number, event: number): void => {
    const list = (lots[lot] as LotNode).events;
    if (list[list.length - 1] !== event) list.push(event);
  };
  const lines = (epcs: readonly string[], quantities: readonly TraceQuantity[], event: number): LotLine[] => {
    const out: LotLine[] = [];
    for (const epc of epcs) {
      const lot = lotOf(epc);
      touch(lot, event);
      out.push({ lot, quantity: ONE, uom: undefined, event });
    }
    for (const q of quantities) {
      const lot = lotOf(q.epcClass);
      touch(lot, event);
      out.push({
        lot,
        quantity: q.quantity === undefined ? undefined : parseDecimal(q.quantity),
        uom: q.uom,
        event,
      });
    }
    return out;
  };
  events.forEach((event, e) => {
    times[e] = Date.parse(event.eventTime);
    switch (event.kind) {
      case 'transformation': {
        const inputs = lines(event.inputEpcList, event.inputQuantityList, e);
        const outputs = lines(event.outputEpcList, event.outputQuantityList, e);
        const shared =
          event.transformationId === undefined ? undefined : byTransformationId.get(event.transformationId);
        if (shared !== undefined) {
          shared.events.push(e);
          shared.inputs.push(...inputs);
          shared.outputs.push(...outputs);
        } else {
          const step: Step = { index: steps.length, events: [e], kind: 'transformation', inputs, outputs };
          steps.push(step);
          if (event.transformationId !== undefined) byTransformationId.set(event.transformationId, step);
        }
        break;
      }
      case 'aggregation':
      case 'association': {
        const children = lines(event.childEpcs, event.childQuantityList, e);
        if (event.parentId === undefined) break;
        const parent = lotOf(event.parentId);
        touch(parent, e);
        if (event.action === 'ADD' && children.length > 0)
          steps.push({
            index: steps.length,
            events: [e],
            kind: event.kind,
            inputs: children,
            outputs: [{ lot: parent, quantity: undefined, uom: undefined, event: e }],
          });
        break;
      }
      case 'object':
      case 'transaction': {
        const named = lines(event.epcList, event.quantityList, e);
        if (event.parentId !== undefined) touch(lotOf(event.parentId), e);
        if (event.kind === 'object' && event.action === 'ADD')
          for (const line of named) {
            const created = (lots[line.lot] as LotNode).created;
            if (created[created.length - 1] !== e) created.push(e);
          }
        break;
      }
      case 'extension':
        break;
    }
  });
  for (const step of steps) {
    for (const line of step.inputs) {
      const list = (lots[line.lot] as LotNode).consumedBy;
      if (list[list.length - 1] !== step.index) list.push(step.index);
    }
    for (const line of step.outputs) {
      const list = (lots[line.lot] as LotNode).producedBy;
      if (list[list.length - 1] !== step.index) list.push(step.index);
    }
  }
  // Order-dependent lists are put in a canonical order (time, then id), so results do not depend on
  // the order of the input events.
  const byTimeThenId = (a: number, b: number): number => {
    const dt = (times[a] as number) - (times[b] as number);
    if (dt !== 0) return dt;
    const ia = events[a]?.id ?? '';
    const ib = events[b]?.id ?? '';
    return ia < ib ? -1 : ia > ib ? 1 : a - b;
  };
  for (const step of steps) if (step.events.length > 1) step.events.sort(byTimeThenId);
  for (const node of lots) {
    if (node.events.length > 1) node.events.sort(byTimeThenId);
    if (node.created.length > 1) node.created.sort(byTimeThenId);
  }
  return { events, times, lots, lotIndex, steps, master };
}

/**
 * Compares two events of a graph by time, then id: the canonical order of the package.
 *
 * @example
 * ```ts
 * node.events.slice().sort((a, b) => compareEvents(graph, a, b));
 * ```
 */
export function compareEvents(graph: LotGraph, a: number, b: number): number {
  const dt = (graph.times[a] as number) - (graph.times[b] as number);
  if (dt !== 0) return dt;
  const ia = graph.events[a]?.id ?? '';
  const ib = graph.events[b]?.id ?? '';
  return ia < ib ? -1 : ia > ib ? 1 : 0;
}
