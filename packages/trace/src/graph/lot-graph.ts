import { instantOf } from '../model/instant.js';
import type { TraceProduct } from '../model/master-data.js';
import type { TraceEvent, TraceQuantity } from '../model/trace-event.js';
import { CompactLists, type PackedLists } from './compact-lists.js';
import type { MasterIndex } from './master-index.js';

/** One line of a step's inputs or outputs: a lot and its quantity (an EPC instance counts as one item). */
export interface LotLine {
  readonly lot: number;
  /** The quantity as an exact decimal string, as the event gave it. */
  readonly quantity: string | undefined;
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
  /** The events of the step (one, or several sharing a `transformationID`), in time order. */
  readonly events: number[];
  readonly kind: StepKind;
  readonly inputs: LotLine[];
  readonly outputs: LotLine[];
}

/** A view of one lot: its id, the steps that made and used it, its events and its creation events. */
export interface LotView {
  readonly id: string;
  readonly producedBy: Int32Array;
  readonly consumedBy: Int32Array;
  /** Every event that names the lot, in time order (then id). */
  readonly events: Int32Array;
  /** ObjectEvents with action `ADD` that record its creation, in time order. */
  readonly created: Int32Array;
}

/** The lot graph of a set of events, with the master data it was built against. */
export interface LotGraph {
  readonly events: readonly TraceEvent[];
  /** Event times in milliseconds since the epoch (offsets applied). */
  readonly times: Float64Array;
  readonly lotIds: readonly string[];
  readonly lotCount: number;
  readonly lotIndex: ReadonlyMap<string, number>;
  readonly steps: readonly Step[];
  readonly master: MasterIndex;
  /** The product of each lot, from master data. */
  readonly products: readonly (TraceProduct | undefined)[];
  /** A view of a lot (made on demand; the graph stores lots in compact typed arrays). */
  lot(lot: number): LotView;
  /** The steps that made a lot. */
  producedBy(lot: number): Int32Array;
  /** The steps that used a lot as an input. */
  consumedBy(lot: number): Int32Array;
  /** The events that name a lot, in time order. */
  eventsOf(lot: number): Int32Array;
  /** The ObjectEvents `ADD` that record a lot's creation, in time order. */
  createdBy(lot: number): Int32Array;
  /** Calls `callback` with a view of every lot, in index order. */
  forEachLot(callback: (node: LotView, lot: number) => void): void;
}

const IN = 0;
const OUT = 1;
const EVENT = 2;
const CREATED = 3;

/**
 * Builds the lot graph: every lot named by an event, the steps between lots (transformations, and the
 * `ADD` of aggregations and associations), and the events of each lot. Iterative and linear in the
 * input; the per-lot lists are stored as compact typed arrays so that a million lots fit in memory.
 *
 * @example
 * ```ts
 * const graph = buildLotGraph(batch.events, indexMasterData(master));
 * graph.lot(0).events.length;
 * ```
 */
export function buildLotGraph(events: readonly TraceEvent[], master: MasterIndex): LotGraph {
  const lotIds: string[] = [];
  const lotIndex = new Map<string, number>();
  const steps: Step[] = [];
  const byTransformationId = new Map<string, Step>();
  const times = new Float64Array(events.length);
  const lists = new CompactLists(4);
  const lastTouch: number[] = [];
  // Consecutive events often name the same lot: a one-entry cache saves a hash look-up.
  let lastId = '';
  let lastIndex = -1;
  const lotOf = (id: string): number => {
    if (id === lastId) return lastIndex;
    let index = lotIndex.get(id);
    if (index === undefined) {
      index = lotIds.length;
      lotIndex.set(id, index);
      lotIds.push(id);
      lastTouch.push(-1);
    }
    lastId = id;
    lastIndex = index;
    return index;
  };
  const touch = (lot: number, event: number): void => {
    if (lastTouch[lot] === event) return;
    lastTouch[lot] = event;
    lists.add(EVENT, lot, event);
  };
  const lines = (epcs: readonly string[], quantities: readonly TraceQuantity[], event: number): LotLine[] => {
    const fromEpcs = epcs.map((epc): LotLine => {
      const lot = lotOf(epc);
      touch(lot, event);
      return { lot, quantity: '1', uom: undefined, event };
    });
    const fromQuantities = quantities.map((q): LotLine => {
      const lot = lotOf(q.epcClass);
      touch(lot, event);
      return { lot, quantity: q.quantity, uom: q.uom, event };
    });
    return fromEpcs.length === 0
      ? fromQuantities
      : fromQuantities.length === 0
        ? fromEpcs
        : fromEpcs.concat(fromQuantities);
  };
  events.forEach((event, e) => {
    times[e] = instantOf(event.eventTime);
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
          for (const line of named) lists.add(CREATED, line.lot, e);
        break;
      }
      case 'extension':
        break;
    }
  });
  for (const step of steps) {
    for (const line of step.inputs) lists.add(IN, line.lot, step.index);
    for (const line of step.outputs) lists.add(OUT, line.lot, step.index);
  }
  const n = lotIds.length;
  const packed = lists.pack(n);
  // Order-dependent lists get a canonical order (time, then id), so results do not depend on the order
  // of the input events; step lists are de-duplicated.
  const byTimeThenId = (a: number, b: number): number => {
    const dt = (times[a] as number) - (times[b] as number);
    if (dt !== 0) return dt;
    const ia = events[a]?.id ?? '';
    const ib = events[b]?.id ?? '';
    return ia < ib ? -1 : ia > ib ? 1 : a - b;
  };
  for (const step of steps) if (step.events.length > 1) step.events.sort(byTimeThenId);
  packed.sortEach(EVENT, byTimeThenId);
  packed.sortEach(CREATED, byTimeThenId);
  packed.dedupeEach(IN);
  packed.dedupeEach(OUT);
  packed.dedupeEach(CREATED);
  const products = lotIds.map((id) => master.productOf(id));
  const lot = (index: number): LotView => new View(lotIds[index] ?? '', index, packed);
  return {
    events,
    times,
    lotIds,
    lotCount: n,
    lotIndex,
    steps,
    master,
    products,
    lot,
    producedBy: (index) => packed.list(OUT, index),
    consumedBy: (index) => packed.list(IN, index),
    eventsOf: (index) => packed.list(EVENT, index),
    createdBy: (index) => packed.list(CREATED, index),
    forEachLot(callback) {
      for (let index = 0; index < n; index += 1) callback(lot(index), index);
    },
  };
}

class View implements LotView {
  constructor(
    readonly id: string,
    private readonly index: number,
    private readonly packed: PackedLists,
  ) {}
  get producedBy(): Int32Array {
    return this.packed.list(OUT, this.index);
  }
  get consumedBy(): Int32Array {
    return this.packed.list(IN, this.index);
  }
  get events(): Int32Array {
    return this.packed.list(EVENT, this.index);
  }
  get created(): Int32Array {
    return this.packed.list(CREATED, this.index);
  }
}

/**
 * Compares two events of a graph by time, then id: the canonical order of the package.
 *
 * @example
 * ```ts
 * events.sort((a, b) => compareEvents(graph, a, b));
 * ```
 */
export function compareEvents(graph: LotGraph, a: number, b: number): number {
  const dt = (graph.times[a] as number) - (graph.times[b] as number);
  if (dt !== 0) return dt;
  const ia = graph.events[a]?.id ?? '';
  const ib = graph.events[b]?.id ?? '';
  return ia < ib ? -1 : ia > ib ? 1 : 0;
}
