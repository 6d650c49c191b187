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

/** The mass view of one step: kilograms per line, input weights, and the unexplained share of output. */
export interface StepMass {
  readonly type: string;
  readonly inputKg: readonly (Rational | undefined)[];
  readonly outputKg: readonly (Rational | undefined)[];
  /** Total input and output mass, when every line converts. */
  readonly totalIn: Rational | undefined;
  readonly totalOut: Rational | undefined;
  /** The most output the inputs allow: inputs × yield × (1 + tolerance). */
  readonly allowedOut: Rational | undefined;
  readonly yieldFactor: Rational;
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
}

function sum(values: readonly (Rational | undefined)[]): Rational | undefined {
  let total = ZERO;
  for (const value of values) {
    if (value === undefined) return undefined;
    total = addR(total, value);
  }
  return total;
}

/**
 * Works out a step's masses exactly: each line converted to kilograms, the input weights used for
 * exposure, and for transformations the output share that inputs × yield × (1 + tolerance) cannot
 * explain, which exposure counts as unknown origin.
 *
 * @example
 * ```ts
 * const mass = stepMass(graph, step, settings);
 * mass.excess; // 47/319 for the synthetic weaving step
 * ```
 */
export function stepMass(graph: LotGraph, step: Step, settings: MassSettings): StepMass {
  const gaps: MassGap[] = [];
  const kg = (line: LotLine, side: 'input' | 'output'): Rational | undefined => {
    const product = graph.master.productOf(graph.lots[line.lot]?.id ?? '');
    const result = toKilograms(line.quantity, line.uom, graph.master.massPerUnit(product));
    if ('kg' in result) return result.kg;
    if (step.kind === 'transformation' || side === 'input')
      gaps.push({ side, line, problem: result.problem });
    return undefined;
  };
  const inputKg = step.inputs.map((line) => kg(line, 'input'));
  const outputKg = step.kind === 'transformation' ? step.outputs.map((line) => kg(line, 'output')) : [];
  const totalIn = sum(inputKg);
  const totalOut = step.kind === 'transformation' ? sum(outputKg) : undefined;
  const type = transformationTypeFor(graph, step);
  const yieldFactor = settings.yields.get(type) ?? ONE;
  const n = BigInt(step.inputs.length);
  const countWeighted = totalIn === undefined || isZeroR(totalIn);
  const weights = countWeighted
    ? step.inputs.map(() => rational(1n, n === 0n ? 1n : n))
    : inputKg.map((value) => divR(value ?? ZERO, totalIn));
  let allowedOut: Rational | undefined;
  let excess = ZERO;
  if (totalIn !== undefined && step.kind === 'transformation') {
    allowedOut = mulR(mulR(totalIn, yieldFactor), addR(ONE, settings.tolerance));
    if (totalOut !== undefined && compareR(totalOut, allowedOut) > 0)
      excess = divR(subR(totalOut, allowedOut), totalOut);
  }
  return {
    type,
    inputKg,
    outputKg,
    totalIn,
    totalOut,
    allowedOut,
    yieldFactor,
    weights,
    countWeighted,
    excess,
    gaps,
  };
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
  return { yields: map, tolerance: parseDecimal(tolerance) ?? ZERO };
}
