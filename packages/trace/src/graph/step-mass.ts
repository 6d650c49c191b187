import { EMPTY_LIST } from '../model/empty.js';
import {
  addR,
  compareR,
  divR,
  isZeroR,
  mulR,
  ONE,
  parseDecimal,
  type Rational,
  rational,
  subR,
  ZERO,
} from '../units/rational.js';
import type { MassProblem } from '../units/to-mass.js';
import { toKilograms } from '../units/to-mass.js';
import type { LotGraph, LotLine, Step } from './lot-graph.js';
import { transformationTypeFor } from './transformation-type.js';

/** A line whose quantity could not be expressed in kilograms, and why. */
export interface MassGap {
  readonly side: 'input' | 'output';
  readonly line: LotLine;
  readonly problem: MassProblem;
}

/** The mass figures of one step: kilograms per line and in total, and what the inputs allow. */
export interface StepTotals {
  readonly type: string;
  readonly inputKg: readonly (Rational | undefined)[];
  readonly outputKg: readonly (Rational | undefined)[];
  /** Total input and output mass, when every line converts. */
  readonly totalIn: Rational | undefined;
  readonly totalOut: Rational | undefined;
  /** The most output the inputs allow: inputs × yield × (1 + tolerance). */
  readonly allowedOut: Rational | undefined;
  readonly yieldFactor: Rational;
  readonly gaps: readonly MassGap[];
}

/** What exposure needs of a step: input weights and the share of output the inputs cannot explain. */
export interface StepMass {
  readonly type: string;
  /** Each input's share of the step's input (by mass; equal shares when a mass is unknown). */
  readonly weights: readonly Rational[];
  /** True when the weights are equal shares because some input mass is unknown. */
  readonly countWeighted: boolean;
  /** The share of output mass the inputs cannot explain (0 when within yield and tolerance). */
  readonly excess: Rational;
  readonly gaps: readonly MassGap[];
}

/** Mass-balance settings: yields by transformation type and the relative tolerance. */
export interface MassSettings {
  readonly yields: ReadonlyMap<string, Rational>;
  readonly tolerance: Rational;
  /** yield × (1 + tolerance) by transformation type, filled on first use. */
  readonly allowances?: Map<string, Rational>;
}

const SINGLE: readonly Rational[] = [ONE];

function sum(values: readonly (Rational | undefined)[]): Rational | undefined {
  let total = ZERO;
  for (const value of values) {
    if (value === undefined) return undefined;
    total = addR(total, value);
  }
  return total;
}

/**
 * Works out a step's masses exactly: each line converted to kilograms (Rec 20 factors, or the
 * product's mass per unit), the totals, and the most output inputs × yield × (1 + tolerance) allow.
 *
 * @example
 * ```ts
 * stepTotals(graph, step, settings).allowedOut; // 2040 for the synthetic weaving step
 * ```
 */
export function stepTotals(graph: LotGraph, step: Step, settings: MassSettings): StepTotals {
  let gaps: MassGap[] = EMPTY_LIST;
  const kg = (line: LotLine, side: 'input' | 'output'): Rational | undefined => {
    const product = graph.products[line.lot];
    const result = toKilograms(line.quantity, line.uom, graph.master.massPerUnit(product));
    if ('kg' in result) return result.kg;
    if (step.kind === 'transformation' || side === 'input') {
      if (gaps === EMPTY_LIST) gaps = [];
      gaps.push({ side, line, problem: result.problem });
    }
    return undefined;
  };
  const inputKg = step.inputs.map((line) => kg(line, 'input'));
  const outputKg =
    step.kind === 'transformation' ? step.outputs.map((line) => kg(line, 'output')) : EMPTY_LIST;
  const totalIn = sum(inputKg);
  const totalOut = step.kind === 'transformation' ? sum(outputKg) : undefined;
  const type = transformationTypeFor(graph, step);
  const yieldFactor = settings.yields.get(type) ?? ONE;
  let allowance = settings.allowances?.get(type);
  if (allowance === undefined) {
    allowance = mulR(yieldFactor, addR(ONE, settings.tolerance));
    settings.allowances?.set(type, allowance);
  }
  const allowedOut =
    totalIn !== undefined && step.kind === 'transformation' ? mulR(totalIn, allowance) : undefined;
  return { type, inputKg, outputKg, totalIn, totalOut, allowedOut, yieldFactor, gaps };
}

/**
 * The exposure view of a step: input weights (by mass, or equal when a mass is unknown) and the share
 * of output that inputs × yield × (1 + tolerance) cannot explain, which exposure counts as unknown.
 * Kept lean (shared constants for the common one-input, no-excess case) for graphs of a million steps.
 *
 * @example
 * ```ts
 * stepMass(graph, step, settings).excess; // 47/319 for the synthetic weaving step
 * ```
 */
export function stepMass(graph: LotGraph, step: Step, settings: MassSettings): StepMass {
  const totals = stepTotals(graph, step, settings);
  const { totalIn, totalOut, allowedOut } = totals;
  const n = step.inputs.length;
  const countWeighted = totalIn === undefined || isZeroR(totalIn);
  let weights: readonly Rational[];
  if (n === 1 && !countWeighted) weights = SINGLE;
  else if (countWeighted) weights = step.inputs.map(() => rational(1n, BigInt(Math.max(n, 1))));
  else weights = totals.inputKg.map((value) => divR(value ?? ZERO, totalIn));
  let excess = ZERO;
  if (allowedOut !== undefined && totalOut !== undefined && compareR(totalOut, allowedOut) > 0)
    excess = divR(subR(totalOut, allowedOut), totalOut);
  return { type: totals.type, weights, countWeighted: countWeighted && n > 0, excess, gaps: totals.gaps };
}

/**
 * Reads yields and tolerance from decimal strings.
 *
 * @example
 * ```ts
 * massSettings({ spinning: '0.95' }, '0.02');
 * ```
 */
export function massSettings(yields: Readonly<Record<string, string>>, tolerance: string): MassSettings {
  const map = new Map<string, Rational>();
  for (const [type, value] of Object.entries(yields)) {
    const parsed = parseDecimal(value);
    if (parsed !== undefined) map.set(type, parsed);
  }
  return { yields: map, tolerance: parseDecimal(tolerance) ?? ZERO, allowances: new Map() };
}
