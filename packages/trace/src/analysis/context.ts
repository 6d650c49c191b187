import type { ReferenceData } from '@unforced/reference-data';
import type { FindingContext } from '../findings/make-finding.js';
import type { Components } from '../graph/components.js';
import type { LotGraph } from '../graph/lot-graph.js';
import type { MassSettings, StepMass } from '../graph/step-mass.js';
import type { ListedEntityMatch } from '../listed/listed-entity.js';
import type { TraceFacility } from '../model/master-data.js';
import type { TraceEvent } from '../model/trace-event.js';
import type { ResolvedTraceOptions } from '../options.js';

/** Why a lot counts wholly as high-risk. */
export interface HighRiskReason {
  readonly kind: 'subdivision' | 'listed-good';
  readonly facility: TraceFacility;
  /** The event that produced or created the lot there. */
  readonly event: number;
  /** For `listed-good`: the good on the DOL list. */
  readonly good?: string;
}

/** Everything the checks, exposure and summaries share about one analysis. */
export interface AnalysisContext {
  readonly graph: LotGraph;
  readonly components: Components;
  readonly masses: readonly StepMass[];
  readonly options: ResolvedTraceOptions;
  readonly settings: MassSettings;
  readonly findingContext: FindingContext;
  readonly referenceData: ReferenceData;
  /** The facility an event took place at (`bizLocation`, else `readPoint`), from master data. */
  readonly facilityOf: (event: number) => TraceFacility | undefined;
  /** Parties found on a list, by party id. */
  readonly listedParties: ReadonlyMap<string, ListedEntityMatch>;
  /** Per lot: why it is wholly high-risk (empty when it is not). */
  readonly highRisk: ReadonlyMap<number, readonly HighRiskReason[]>;
  /** Per lot: the listed parties that handled it. */
  readonly listedLots: ReadonlyMap<number, readonly string[]>;
}

/**
 * The location id an event took place at: its `bizLocation`, else its `readPoint` (`undefined` for no
 * event).
 *
 * @example
 * ```ts
 * locationOf(event); // 'urn:epc:id:sgln:9521004.00001.0'
 * ```
 */
export function locationOf(event: TraceEvent | undefined): string | undefined {
  return event?.bizLocation ?? event?.readPoint;
}
